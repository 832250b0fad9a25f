package io.arangoconsole.core.arango;

import com.arangodb.ArangoDB;
import com.arangodb.ArangoDatabase;
import com.arangodb.Request;
import com.arangodb.entity.AqlQueryExplainEntity;
import com.arangodb.entity.CollectionEntity;
import com.arangodb.model.CollectionsReadOptions;
import com.arangodb.model.ExplainAqlQueryOptions;
import com.fasterxml.jackson.databind.JsonNode;
import io.arangoconsole.core.connection.ConnectionTarget;
import io.arangoconsole.core.cluster.ClusterJson;
import io.arangoconsole.core.cluster.ShardState;
import io.arangoconsole.core.stats.IndexInfo;
import io.arangoconsole.core.stats.Placement;
import io.arangoconsole.core.stats.ShardSync;
import io.arangoconsole.core.stats.PlanSummary;
import io.arangoconsole.core.stats.StatsSource;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * {@link StatsSource} over the driver, for one database of one target. Every failure becomes a
 * {@link ConnectionFailure} with one sentence (unreachable, wrong password, unknown database).
 */
public final class ArangoStatsSource implements StatsSource {
    private final ArangoDB arango;
    private final ArangoDatabase db;
    private final ConnectionTarget connection;
    private final String target;
    /** Queries carry {@code x-arango-allow-dirty-read: true}: a replica made of a cluster's followers. */
    private final boolean dirtyRead;

    /** A source on {@code database} of the client's endpoint, for callers that have no {@link ConnectionTarget}. */
    public ArangoStatsSource(ArangoDB arango, String database, String target) {
        this(arango, new ConnectionTarget("(driver client)", null, null, database, ConnectionTarget.Label.PRIMARY),
                target);
    }

    /**
     * @param arango the shared client of {@code connection}'s endpoint
     * @param target the label of the data this source serves: "primary", "replica" or the fallback label
     */
    public ArangoStatsSource(ArangoDB arango, ConnectionTarget connection, String target) {
        this(arango, connection, target, false);
    }

    /**
     * @param dirtyRead true for follower reads: every AQL query (the watermark's latest and earliest, the
     *                  breakdown, the sample) carries {@code x-arango-allow-dirty-read: true}, so a follower may
     *                  answer and the lag measured against the leader is the follower's. Counts and figures have
     *                  no dirty-read form in 3.12 and are the leader's.
     */
    public ArangoStatsSource(ArangoDB arango, ConnectionTarget connection, String target, boolean dirtyRead) {
        this.arango = arango;
        this.db = arango.db(connection.database());
        this.connection = connection;
        this.target = target;
        this.dirtyRead = dirtyRead;
    }

    @Override
    public String target() {
        return target;
    }

    @Override
    public List<String> collections() {
        return names(true);
    }

    @Override
    public List<String> allCollections() {
        return names(false);
    }

    private List<String> names(boolean excludeSystem) {
        return call(() -> {
            List<String> names = new ArrayList<>();
            for (CollectionEntity c : db.getCollections(new CollectionsReadOptions().excludeSystem(excludeSystem))) {
                names.add(c.getName());
            }
            names.sort(String::compareTo);
            return names;
        });
    }

    @Override
    public boolean followerReads() {
        return dirtyRead;
    }

    @Override
    public long count(String collection) {
        return call(() -> db.collection(collection).count().getCount());
    }

    @Override
    public Figures figures(String collection) {
        Request<Void> request = Request.<Void>builder().db(db.name()).method(Request.Method.GET)
                .path("/_api/collection/" + encode(collection) + "/figures").build();
        JsonNode body = call(() -> arango.execute(request, JsonNode.class).getBody());
        JsonNode figures = body.path("figures");
        return new Figures(figures.path("documentsSize").asLong(), figures.path("indexes").path("count").asInt(),
                figures.path("indexes").path("size").asLong(), placement(body));
    }

    /** A cluster's properties carry {@code numberOfShards}; a satellite's replicationFactor is a word: shown as 0. */
    private static Placement placement(JsonNode properties) {
        if (!properties.path("numberOfShards").isNumber()) {
            return null;
        }
        return new Placement(properties.path("numberOfShards").asInt(), properties.path("replicationFactor").asInt(),
                properties.path("writeConcern").asInt(properties.path("minReplicationFactor").asInt()));
    }

    @Override
    public Map<String, ShardSync> shardSync() {
        Request<Void> request = Request.<Void>builder().db(db.name()).method(Request.Method.GET)
                .path("/_admin/cluster/shardDistribution").build();
        JsonNode body = call(() -> arango.execute(request, JsonNode.class).getBody());
        Map<String, int[]> counts = new java.util.TreeMap<>();
        for (ShardState s : ClusterJson.shards(db.name(), body)) {
            int[] c = counts.computeIfAbsent(s.collection(), k -> new int[2]);
            c[1] += 1 + s.followers().size();
            if (s.leader().equals(s.currentLeader())) {
                c[0] += 1 + (int) s.followers().stream().filter(s.inSyncFollowers()::contains).count();
            }
        }
        Map<String, ShardSync> out = new java.util.TreeMap<>();
        counts.forEach((name, c) -> out.put(name, new ShardSync(c[0], c[1])));
        return out;
    }

    @Override
    public List<IndexInfo> indexes(String collection) {
        Request<Void> request = Request.<Void>builder().db(db.name()).method(Request.Method.GET).path("/_api/index")
                .queryParam("collection", collection).build();
        JsonNode indexes = call(() -> arango.execute(request, JsonNode.class).getBody().path("indexes"));
        List<IndexInfo> out = new ArrayList<>();
        for (JsonNode index : indexes) {
            List<String> fields = new ArrayList<>();
            index.path("fields").forEach(f -> fields.add(f.asText()));
            JsonNode selectivity = index.get("selectivityEstimate");
            out.add(new IndexInfo(index.path("name").asText(null), index.path("type").asText(""), fields,
                    index.path("unique").asBoolean(), index.path("sparse").asBoolean(),
                    selectivity != null && selectivity.isNumber() ? selectivity.asDouble() : null));
        }
        return out;
    }

    @Override
    public PlanSummary explain(String query, Map<String, Object> bindVars) {
        return call(() -> {
            AqlQueryExplainEntity explained = db.explainAqlQuery(query, bindVars, new ExplainAqlQueryOptions());
            return Plans.summarize(explained.getPlan());
        });
    }

    @Override
    public List<JsonNode> query(String query, Map<String, Object> bindVars) {
        if (!dirtyRead) {
            return call(() -> db.query(query, JsonNode.class, bindVars).asListRemaining());
        }
        return call(() -> db.query(query, JsonNode.class, bindVars,
                new com.arangodb.model.AqlQueryOptions().allowDirtyRead(true)).asListRemaining());
    }

    private <T> T call(Supplier<T> work) {
        try {
            return work.get();
        } catch (RuntimeException e) {
            throw ArangoErrors.translate(connection, e);
        }
    }

    static String encode(String segment) {
        return URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
