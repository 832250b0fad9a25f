package io.arangoconsole.core.arango;

import com.arangodb.ArangoDatabase;
import com.arangodb.Request;
import com.arangodb.entity.QueryEntity;
import com.fasterxml.jackson.databind.JsonNode;
import io.arangoconsole.core.connection.ConnectionTarget;
import io.arangoconsole.core.monitoring.LatencyRecorder;
import io.arangoconsole.core.monitoring.QueryCacheSettings;
import io.arangoconsole.core.monitoring.RunningQuery;
import io.arangoconsole.core.monitoring.ServerQueries;
import io.arangoconsole.core.monitoring.TrackingProperties;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * {@link ServerQueries} over the driver, in the connected target's database; every call timed in the
 * {@link LatencyRecorder} under its operation name. Tracking and cache properties go through generic requests
 * because the driver's entities drop fields (the cache's byte limits) or round the slow-query threshold to whole
 * seconds.
 */
public final class MonitoringQueries implements ServerQueries {
    public static final String OP_CURRENT = "queries.current";
    public static final String OP_SLOW = "queries.slow";
    public static final String OP_CLEAR_SLOW = "queries.slow.clear";
    public static final String OP_KILL = "queries.kill";
    public static final String OP_TRACKING = "queries.properties";
    public static final String OP_TRACKING_SET = "queries.properties.set";
    public static final String OP_CACHE = "query-cache.properties";
    public static final String OP_CACHE_SET = "query-cache.properties.set";

    private final MonitoringTargets targets;
    private final LatencyRecorder recorder;

    /** @param current the target the console is connected to now; null until the first connection */
    public MonitoringQueries(ArangoClients clients, Supplier<ConnectionTarget> current, LatencyRecorder recorder) {
        this.targets = new MonitoringTargets(clients, current);
        this.recorder = recorder;
    }

    @Override
    public List<RunningQuery> running() {
        return call(OP_CURRENT, db -> convert(db.getCurrentlyRunningQueries(), Comparator.comparing(
                RunningQuery::runtimeSeconds).reversed()));
    }

    @Override
    public List<RunningQuery> slow() {
        return call(OP_SLOW, db -> convert(db.getSlowQueries(), Comparator.comparing(
                RunningQuery::runtimeSeconds).reversed()));
    }

    @Override
    public void clearSlow() {
        call(OP_CLEAR_SLOW, db -> {
            db.clearSlowQueries();
            return null;
        });
    }

    @Override
    public void kill(String queryId) {
        call(OP_KILL, db -> {
            db.killQuery(queryId);
            return null;
        });
    }

    @Override
    public TrackingProperties tracking() {
        return call(OP_TRACKING, db -> tracking(json(db, Request.Method.GET, "/_api/query/properties", null)));
    }

    @Override
    public TrackingProperties setTracking(TrackingProperties p) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("enabled", p.enabled());
        body.put("trackSlowQueries", p.trackSlowQueries());
        body.put("slowQueryThreshold", p.slowQueryThresholdSeconds());
        body.put("maxSlowQueries", p.maxSlowQueries());
        body.put("maxQueryStringLength", p.maxQueryStringLength());
        return call(OP_TRACKING_SET, db -> tracking(json(db, Request.Method.PUT, "/_api/query/properties", body)));
    }

    @Override
    public QueryCacheSettings cacheSettings() {
        return call(OP_CACHE, db -> cache(json(db, Request.Method.GET, "/_api/query-cache/properties", null)));
    }

    @Override
    public QueryCacheSettings setCacheSettings(QueryCacheSettings s) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("mode", s.mode());
        body.put("maxResults", s.maxResults());
        body.put("maxResultsSize", s.maxResultsSize());
        body.put("maxEntrySize", s.maxEntrySize());
        body.put("includeSystem", s.includeSystem());
        return call(OP_CACHE_SET, db -> cache(json(db, Request.Method.PUT, "/_api/query-cache/properties", body)));
    }

    private <T> T call(String operation, Function<ArangoDatabase, T> work) {
        ConnectionTarget target = targets.target();
        try {
            return recorder.timed(operation, MonitoringTargets.label(target),
                    () -> work.apply(targets.client(target).db(target.database())));
        } catch (RuntimeException e) {
            throw ArangoErrors.translate(target, e);
        }
    }

    private JsonNode json(ArangoDatabase db, Request.Method method, String path, Map<String, Object> body) {
        Request<Map<String, Object>> request = Request.<Map<String, Object>>builder().db(db.name()).method(method)
                .path(path).body(body).build();
        return db.arango().execute(request, JsonNode.class).getBody();
    }

    private static TrackingProperties tracking(JsonNode n) {
        return new TrackingProperties(n.path("enabled").asBoolean(true), n.path("trackSlowQueries").asBoolean(true),
                n.path("slowQueryThreshold").asDouble(10), Math.max(1, n.path("maxSlowQueries").asLong(64)),
                n.path("maxQueryStringLength").asLong(4096));
    }

    private static QueryCacheSettings cache(JsonNode n) {
        return new QueryCacheSettings(n.path("mode").asText("off"), n.path("maxResults").asLong(128),
                n.path("maxResultsSize").asLong(268_435_456L), n.path("maxEntrySize").asLong(16_777_216L),
                n.path("includeSystem").asBoolean(false));
    }

    private static List<RunningQuery> convert(Collection<QueryEntity> entities, Comparator<RunningQuery> order) {
        List<RunningQuery> out = new ArrayList<>(entities.size());
        for (QueryEntity e : entities) {
            out.add(new RunningQuery(e.getId(), e.getDatabase(), e.getUser(), e.getQuery(), e.getBindVars(),
                    e.getStarted() == null ? null : Instant.ofEpochMilli(e.getStarted().getTime()),
                    e.getRunTime() == null ? 0 : e.getRunTime(),
                    e.getState() == null ? "" : e.getState().name().toLowerCase(java.util.Locale.ROOT)
                            .replace('_', ' ')));
        }
        out.sort(order);
        return out;
    }
}
