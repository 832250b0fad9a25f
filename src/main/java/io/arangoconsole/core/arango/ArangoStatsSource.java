package io.arangoconsole.core.arango;

import com.arangodb.ArangoDB;
import com.arangodb.ArangoDatabase;
import com.arangodb.Request;
import com.arangodb.entity.AqlQueryExplainEntity;
import com.arangodb.entity.CollectionEntity;
import com.arangodb.model.CollectionsReadOptions;
import com.arangodb.model.ExplainAqlQueryOptions;
import com.fasterxml.jackson.databind.JsonNode;
import io.arangoconsole.core.stats.PlanSummary;
import io.arangoconsole.core.stats.StatsSource;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** {@link StatsSource} over the driver, for one database of one target. */
public final class ArangoStatsSource implements StatsSource {
    private final ArangoDB arango;
    private final ArangoDatabase db;
    private final String target;

    public ArangoStatsSource(ArangoDB arango, String database, String target) {
        this.arango = arango;
        this.db = arango.db(database);
        this.target = target;
    }

    @Override
    public String target() {
        return target;
    }

    @Override
    public List<String> collections() {
        List<String> names = new ArrayList<>();
        for (CollectionEntity c : db.getCollections(new CollectionsReadOptions().excludeSystem(true))) {
            names.add(c.getName());
        }
        names.sort(String::compareTo);
        return names;
    }

    @Override
    public long count(String collection) {
        return db.collection(collection).count().getCount();
    }

    @Override
    public Figures figures(String collection) {
        Request<Void> request = Request.<Void>builder().db(db.name()).method(Request.Method.GET)
                .path("/_api/collection/" + encode(collection) + "/figures").build();
        JsonNode figures = arango.execute(request, JsonNode.class).getBody().path("figures");
        return new Figures(figures.path("documentsSize").asLong(), figures.path("indexes").path("count").asInt(),
                figures.path("indexes").path("size").asLong());
    }

    @Override
    public PlanSummary explain(String query, Map<String, Object> bindVars) {
        AqlQueryExplainEntity explained = db.explainAqlQuery(query, bindVars, new ExplainAqlQueryOptions());
        return Plans.summarize(explained.getPlan());
    }

    @Override
    public List<JsonNode> query(String query, Map<String, Object> bindVars) {
        return db.query(query, JsonNode.class, bindVars).asListRemaining();
    }

    static String encode(String segment) {
        return URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
