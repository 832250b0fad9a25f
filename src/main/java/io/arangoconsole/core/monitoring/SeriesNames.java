package io.arangoconsole.core.monitoring;

/**
 * Names of the sampled series that history, charts and alert rules share. Server series come from
 * {@link ServerMetrics#series()}, the console's own from {@link LatencyStats#series()}, endpoint health from
 * {@link #endpointUp(String)}.
 */
public final class SeriesNames {
    public static final String AQL_P50_MS = "server.aql.query_time.p50_ms";
    public static final String AQL_P95_MS = "server.aql.query_time.p95_ms";
    public static final String AQL_P99_MS = "server.aql.query_time.p99_ms";
    public static final String QUERIES_PER_S = "server.aql.queries_per_s";
    public static final String SLOW_QUERIES_PER_MIN = "server.aql.slow_queries_per_min";
    public static final String RUNNING_QUERIES = "server.aql.running";
    public static final String HTTP_REQUESTS_PER_S = "server.http.requests_per_s";
    public static final String CLIENT_CONNECTIONS = "server.connections.client";
    public static final String RESIDENT_MEMORY_BYTES = "server.memory.resident_bytes";
    public static final String CACHE_HIT_RATE_RECENT = "server.cache.hit_rate_recent";
    public static final String CACHE_HIT_RATE_LIFETIME = "server.cache.hit_rate_lifetime";
    public static final String PLAN_CACHE_HITS = "server.plan_cache.hits";
    public static final String PLAN_CACHE_MISSES = "server.plan_cache.misses";
    /** A DB-Server's own figures (on its node's page only): shards held, led, led out of sync; documents held. */
    public static final String SHARDS = "server.shards.held";
    public static final String LEADER_SHARDS = "server.shards.led";
    public static final String SHARDS_OUT_OF_SYNC = "server.shards.out_of_sync";
    public static final String DOCUMENTS = "server.documents";

    private SeriesNames() {
    }

    /** 1 while the endpoint ("primary", "replica") answers, 0 while it is down; what endpoint-down rules watch. */
    public static String endpointUp(String endpoint) {
        return "endpoint." + endpoint + ".up";
    }

    /** 1 while the alert rule with this id is firing, else 0; the chart marks alerts from it. */
    public static String alertFiring(String ruleId) {
        return "alert." + ruleId + ".firing";
    }

    /** Prefix of the replica-lag series: {@code replica.lag.seconds.orders}, {@code replica.lag.documents.orders}. */
    public static final String LAG_SECONDS_PREFIX = "replica.lag.seconds.";
    public static final String LAG_DOCUMENTS_PREFIX = "replica.lag.documents.";

    /** How far the replica's latest freshness value is behind the primary's, in seconds, for one collection. */
    public static String lagSeconds(String collection) {
        return LAG_SECONDS_PREFIX + collection;
    }

    /** How many documents the replica lacks (primary count minus replica count) for one collection. */
    public static String lagDocuments(String collection) {
        return LAG_DOCUMENTS_PREFIX + collection;
    }

    /** Separates a server series from the node it was scraped from: {@code server.aql.queries_per_s@DBServer0001}. */
    public static final String NODE_SEPARATOR = "@";

    /** A server series ({@link ServerMetrics#series()}) of one node of a cluster, by its short name. */
    public static String onNode(String series, String node) {
        return series + NODE_SEPARATOR + node;
    }

    /** The node a series was scraped from, or null for the connected server's own series. */
    public static String nodeOf(String series) {
        int at = series.startsWith("server.") ? series.lastIndexOf(NODE_SEPARATOR) : -1;
        return at < 0 ? null : series.substring(at + 1);
    }

    /** A statistic ("p95_ms", "count", "errors"...) of the console's own requests of one operation and target. */
    public static String console(String operation, String target, String statistic) {
        return "console." + operation + "." + target + "." + statistic;
    }
}
