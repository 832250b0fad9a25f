package io.arangoconsole.core.arango;

import com.arangodb.ArangoDatabase;
import com.arangodb.Request;
import com.fasterxml.jackson.databind.JsonNode;
import io.arangoconsole.core.connection.ConnectionTarget;
import io.arangoconsole.core.insight.InsightException;
import io.arangoconsole.core.insight.QueryOutcome;
import io.arangoconsole.core.insight.QueryPlan;
import io.arangoconsole.core.insight.QueryPlanParser;
import io.arangoconsole.core.insight.QueryWorkbench;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link QueryWorkbench} over the driver: cursors through generic requests (the driver's cursor entity drops the
 * profile's plan and per-node stats), batches read until the row limit, the cursor deleted when rows are left.
 */
public final class InsightRuns implements QueryWorkbench {
    private static final int LISTING_ATTEMPTS = 10;
    private static final long LISTING_PAUSE_MILLIS = 100;
    private static final Logger LOG = LoggerFactory.getLogger(InsightRuns.class);
    private static final int MAX_BATCH = 1000;

    private final ArangoClients clients;
    private final ConnectionTarget target;
    private final InsightArango insight;

    public InsightRuns(ArangoClients clients, ConnectionTarget target) {
        this.clients = clients;
        this.target = target;
        this.insight = new InsightArango(clients, target);
    }

    /** The server this workbench runs on, as a person reads it ("http://host:8529, database shop"). */
    public String where() {
        return target.endpoint() + ", database " + target.database();
    }

    @Override
    public String database() {
        return target.database();
    }

    @Override
    public QueryPlan explain(String query, Map<String, Object> bindVars) {
        return insight.explain(query, bindVars);
    }

    @Override
    public QueryOutcome run(String query, Map<String, Object> bindVars, int rowLimit, boolean profile, String tag) {
        long start = System.nanoTime();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("query", "/* " + tag + " */ " + query);
        body.put("bindVars", bindVars);
        body.put("batchSize", Math.max(1, Math.min(rowLimit, MAX_BATCH)));
        if (profile) {
            body.put("options", Map.of("profile", 2));
        }
        ArangoDatabase db = db();
        JsonNode answer;
        try {
            answer = request(db, Request.Method.POST, "/_api/cursor", body);
        } catch (RuntimeException e) {
            throw failure(e);
        }
        List<JsonNode> rows = new ArrayList<>();
        String error = null;
        JsonNode extra = answer.path("extra");
        String cursor = answer.path("id").asText(null);
        boolean more = answer.path("hasMore").asBoolean(false);
        add(rows, answer.path("result"), rowLimit);
        try {
            while (more && rows.size() < rowLimit) {
                answer = request(db, Request.Method.POST, "/_api/cursor/" + cursor, null);
                add(rows, answer.path("result"), rowLimit);
                more = answer.path("hasMore").asBoolean(false);
                if (answer.has("extra")) {
                    extra = answer.path("extra");
                }
            }
        } catch (RuntimeException e) {
            LOG.warn("A batch of query results failed on {} after {} rows", where(), rows.size(), e);
            error = failure(e).getMessage();
            more = false;
        }
        boolean truncated = more || rows.size() > rowLimit;
        if (more && cursor != null) {
            close(db, cursor);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        QueryPlan plan = profile && extra.has("plan") ? QueryPlanParser.profile(extra) : null;
        long peak = extra.path("stats").has("peakMemoryUsage") ? extra.path("stats").path("peakMemoryUsage").asLong()
                : -1;
        return new QueryOutcome(rows.size() > rowLimit ? rows.subList(0, rowLimit) : rows, truncated, seconds, plan,
                error, peak);
    }

    @Override
    public boolean cancel(String tag) {
        // A cancel right after Run can reach the server before the query is listed there: look again for a moment
        // rather than report a query still running as finished.
        for (int attempt = 0; attempt < LISTING_ATTEMPTS; attempt++) {
            if (killListed(tag)) {
                return true;
            }
            try {
                Thread.sleep(LISTING_PAUSE_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return false;
    }

    private boolean killListed(String tag) {
        String mark = "/* " + tag + " */";
        boolean killed = false;
        for (var q : insight.running()) {
            if (q.query().startsWith(mark) && q.id() != null) {
                try {
                    db().killQuery(q.id());
                    killed = true;
                } catch (RuntimeException e) {
                    // it may have finished between the list and the kill
                    LOG.warn("Could not kill query {} on {}", q.id(), where(), e);
                }
            }
        }
        return killed;
    }

    private void close(ArangoDatabase db, String cursor) {
        try {
            request(db, Request.Method.DELETE, "/_api/cursor/" + cursor, null);
        } catch (RuntimeException e) {
            // the server drops an idle cursor after its TTL anyway
            LOG.warn("Could not delete cursor {} on {}", cursor, where(), e);
        }
    }

    private static void add(List<JsonNode> rows, JsonNode batch, int limit) {
        for (JsonNode row : batch) {
            if (rows.size() > limit) {
                return;
            }
            rows.add(row);
        }
    }

    private ArangoDatabase db() {
        return clients.client(target).db(target.database());
    }

    private static JsonNode request(ArangoDatabase db, Request.Method method, String path, Object body) {
        Request<Object> request = Request.builder().db(db.name()).method(method).path(path).body(body).build();
        return db.arango().execute(request, JsonNode.class).getBody();
    }

    private InsightException failure(RuntimeException e) {
        return new InsightException(ArangoErrors.translate(target, e).getMessage(), e);
    }
}
