package io.arangoconsole.core.monitoring;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * What the monitoring panes show from the server's metrics, picked from a scrape (and the scrape before it, for
 * rates and per-interval percentiles). A metric the server does not export is an empty optional, never a zero, so
 * the pane can say "not exported by this server". Latencies are in milliseconds.
 *
 * @param aqlQueryTimeMs         AQL query time percentiles of the queries finished since the previous scrape (or
 *                               since the server started, on the first scrape)
 * @param aqlQueryTimeLifetimeMs the same since the server started
 * @param planCacheHits          cumulative hits of the 3.12.4+ query plan cache
 */
public record ServerMetrics(Instant at,
                            Optional<Percentiles> aqlQueryTimeMs,
                            Optional<Percentiles> aqlQueryTimeLifetimeMs,
                            OptionalDouble queriesPerSecond,
                            OptionalDouble slowQueriesPerMinute,
                            OptionalDouble httpRequestsPerSecond,
                            OptionalDouble clientConnections,
                            OptionalDouble residentMemoryBytes,
                            OptionalDouble runningQueries,
                            OptionalDouble cacheHitRateRecent,
                            OptionalDouble cacheHitRateLifetime,
                            OptionalDouble planCacheHits,
                            OptionalDouble planCacheMisses) {

    // Metric names as ArangoDB 3.11/3.12 export them (allMetrics.yaml).
    public static final String AQL_QUERY_TIME = "arangodb_aql_query_time";
    public static final String AQL_SLOW_QUERY_TIME = "arangodb_aql_slow_query_time";
    public static final String AQL_ALL_QUERIES = "arangodb_aql_all_query_total";
    public static final String HTTP_REQUESTS = "arangodb_http_request_statistics_total_requests_total";
    public static final String CLIENT_CONNECTIONS = "arangodb_client_connection_statistics_client_connections";
    public static final String RESIDENT_SET_SIZE = "arangodb_process_statistics_resident_set_size";
    public static final String CURRENT_QUERIES = "arangodb_aql_current_query";
    public static final String CACHE_HIT_RATE_RECENT = "rocksdb_cache_hit_rate_recent";
    public static final String CACHE_HIT_RATE_LIFETIME = "rocksdb_cache_hit_rate_lifetime";
    public static final String PLAN_CACHE_HITS = "arangodb_aql_query_plan_cache_hits_total";
    public static final String PLAN_CACHE_MISSES = "arangodb_aql_query_plan_cache_misses_total";

    /**
     * Picks the panes' figures from {@code current}; rates and per-interval percentiles need {@code previous}
     * (null on the first scrape: rates are then empty).
     */
    public static ServerMetrics from(MetricsSnapshot previous, MetricsSnapshot current) {
        Optional<Percentiles> lifetime = current.histogram(AQL_QUERY_TIME)
                .flatMap(HistogramQuantiles::percentiles).map(p -> p.scaled(1000));
        Optional<Percentiles> window = HistogramQuantiles.between(previous, current, AQL_QUERY_TIME, Labels.EMPTY)
                .map(p -> p.scaled(1000));
        OptionalDouble slowPerSecond = Rates.perSecond(previous, current, AQL_SLOW_QUERY_TIME + "_count");
        return new ServerMetrics(current.takenAt(), window, lifetime,
                Rates.perSecond(previous, current, AQL_ALL_QUERIES),
                slowPerSecond.isPresent() ? OptionalDouble.of(slowPerSecond.getAsDouble() * 60) : slowPerSecond,
                Rates.perSecond(previous, current, HTTP_REQUESTS),
                current.sum(CLIENT_CONNECTIONS),
                current.value(RESIDENT_SET_SIZE),
                current.sum(CURRENT_QUERIES),
                current.value(CACHE_HIT_RATE_RECENT),
                current.value(CACHE_HIT_RATE_LIFETIME),
                current.sum(PLAN_CACHE_HITS),
                current.sum(PLAN_CACHE_MISSES));
    }

    /** Hits / (hits + misses) of the plan cache since the server started; empty when not exported or unused. */
    public OptionalDouble planCacheHitRate() {
        if (planCacheHits.isEmpty() || planCacheMisses.isEmpty()) {
            return OptionalDouble.empty();
        }
        double total = planCacheHits.getAsDouble() + planCacheMisses.getAsDouble();
        return total > 0 ? OptionalDouble.of(planCacheHits.getAsDouble() / total) : OptionalDouble.empty();
    }

    /**
     * The present figures as named series ({@link SeriesNames}), for history and alert rules; absent figures are
     * left out rather than written as zero.
     */
    public Map<String, Double> series() {
        Map<String, Double> out = new LinkedHashMap<>();
        aqlQueryTimeMs.ifPresent(p -> {
            out.put(SeriesNames.AQL_P50_MS, p.p50());
            out.put(SeriesNames.AQL_P95_MS, p.p95());
            out.put(SeriesNames.AQL_P99_MS, p.p99());
        });
        put(out, SeriesNames.QUERIES_PER_S, queriesPerSecond);
        put(out, SeriesNames.SLOW_QUERIES_PER_MIN, slowQueriesPerMinute);
        put(out, SeriesNames.HTTP_REQUESTS_PER_S, httpRequestsPerSecond);
        put(out, SeriesNames.CLIENT_CONNECTIONS, clientConnections);
        put(out, SeriesNames.RESIDENT_MEMORY_BYTES, residentMemoryBytes);
        put(out, SeriesNames.RUNNING_QUERIES, runningQueries);
        put(out, SeriesNames.CACHE_HIT_RATE_RECENT, cacheHitRateRecent);
        put(out, SeriesNames.CACHE_HIT_RATE_LIFETIME, cacheHitRateLifetime);
        put(out, SeriesNames.PLAN_CACHE_HITS, planCacheHits);
        put(out, SeriesNames.PLAN_CACHE_MISSES, planCacheMisses);
        return out;
    }

    private static void put(Map<String, Double> out, String name, OptionalDouble value) {
        if (value.isPresent()) {
            out.put(name, value.getAsDouble());
        }
    }
}
