package io.arangoconsole.core.insight;

import com.arangodb.ArangoDB;
import com.arangodb.ArangoDatabase;
import com.arangodb.Request;
import java.util.List;
import java.util.Map;

/**
 * A demo dataset's slow queries, to replay against a sandbox, and the indexes its plan asks for. The survey
 * demo's is here; the shop dataset's ({@code sandbox --dataset shop}) is added as another constant with its own
 * queries and expected indexes, and every test over {@link #ALL} picks it up.
 *
 * @param database the sandbox database holding the dataset
 * @param runs     the queries with their bind variables, in replay order
 * @param expected collection to the index fields the plan wants, which the advice must propose
 */
public record ReplayedWorkload(String name, String database, List<Run> runs, Map<String, List<List<String>>> expected) {

    /** One query run. */
    public record Run(String query, Map<String, Object> bindVars) {
    }

    /** The optimization plan's slow queries on the survey demo. */
    public static final ReplayedWorkload SURVEY = new ReplayedWorkload("survey", "demo", List.of(
            new Run("LET totalCount = LENGTH(FOR doc IN va_table RETURN 1) RETURN totalCount", Map.of()),
            new Run("LET totalCount = LENGTH(FOR doc IN va_table RETURN 1) RETURN totalCount", Map.of()),
            new Run("FOR doc IN va_table SORT doc.submissiondate DESC LIMIT 1 RETURN doc", Map.of()),
            new Run("FOR doc IN va_table SORT doc.submissiondate DESC LIMIT 1 RETURN doc", Map.of()),
            new Run("FOR doc IN va_table FILTER doc.status == 'pending' RETURN doc._key", Map.of()),
            new Run("FOR doc IN va_table FILTER doc.status == 'done' RETURN doc._key", Map.of()),
            new Run("FOR doc IN va_table FILTER doc.status == @status RETURN doc._key", Map.of("status", "done")),
            new Run("FOR r IN ccva_results FILTER r.task_id == @task RETURN r", Map.of("task", "task-1")),
            new Run("FOR r IN ccva_results FILTER r.task_id == @task RETURN r", Map.of("task", "task-2")),
            new Run("FOR r IN ccva_results FILTER r.task_id == @task RETURN r", Map.of("task", "task-3"))),
            Map.of("va_table", List.of(List.of("submissiondate"), List.of("status")),
                    "ccva_results", List.of(List.of("task_id"))));

    /**
     * The second demo schema ({@code sandbox --dataset shop}), which already has the indexes a shop's DBA made: the
     * queries on them get no advice, the others get theirs.
     */
    public static final ReplayedWorkload SHOP = new ReplayedWorkload("shop", "shop", List.of(
            new Run("FOR c IN customers FILTER c.country == @country RETURN c._key", Map.of("country", "DE")),
            new Run("FOR c IN customers FILTER c.country == @country RETURN c._key", Map.of("country", "FR")),
            new Run("FOR o IN orders FILTER o.channel == @ch SORT o.total DESC LIMIT 10 RETURN o",
                    Map.of("ch", "web")),
            new Run("FOR e IN events FILTER e.session == @s RETURN e", Map.of("s", "abc")),
            new Run("FOR p IN products FILTER p.category == @cat SORT p.price LIMIT 20 RETURN p",
                    Map.of("cat", "books")),
            // served by the indexes the dataset has: no advice
            new Run("FOR o IN orders FILTER o.state == 'paid' RETURN o._key", Map.of()),
            new Run("FOR e IN events FILTER e.type == @t SORT e.ts DESC LIMIT 5 RETURN e", Map.of("t", "search")),
            new Run("FOR o IN orders SORT o.placed_at DESC LIMIT 1 RETURN o", Map.of())),
            Map.of("customers", List.of(List.of("country")), "orders", List.of(List.of("channel", "total")),
                    "events", List.of(List.of("session")), "products", List.of(List.of("category", "price"))));

    /** Every replayed workload the sandbox tests run. */
    public static final List<ReplayedWorkload> ALL = List.of(SURVEY, SHOP);

    /** Replays the runs with every query logged as slow, as a busy server's slow log would hold them. */
    public void replay(ArangoDB client) {
        ArangoDatabase db = client.db(database);
        db.arango().execute(Request.<Map<String, Object>>builder().db(db.name()).method(Request.Method.PUT)
                .path("/_api/query/properties").body(Map.of("slowQueryThreshold", 0, "maxSlowQueries", 1000))
                .build(), Void.class);
        db.clearSlowQueries();
        for (Run run : runs) {
            db.query(run.query(), Object.class, run.bindVars()).asListRemaining();
        }
    }

    @Override
    public String toString() {
        return name;
    }
}
