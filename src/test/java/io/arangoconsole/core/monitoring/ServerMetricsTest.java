package io.arangoconsole.core.monitoring;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ServerMetricsTest {
    private static final Instant T0 = Instant.parse("2026-11-27T04:00:00Z");
    private final PrometheusParser parser = new PrometheusParser();

    private static long[] buckets(long fast, long slow) {
        long[] b = new long[MetricsPages.QUERY_TIME_BOUNDS.length + 1];
        for (int k = 0; k < b.length; k++) {
            b[k] = fast + (k >= 10 ? slow : 0);
        }
        return b;
    }

    @Test
    void picksWhatThePanesShowFromTwoScrapes() {
        MetricsSnapshot first = parser.parse(MetricsPages.server(1_000, 10_000, buckets(900, 100), 3), T0);
        MetricsSnapshot second = parser.parse(MetricsPages.server(1_500, 12_000, buckets(1_300, 200), 9),
                T0.plusSeconds(10));

        ServerMetrics m = ServerMetrics.from(first, second);

        assertEquals(T0.plusSeconds(10), m.at());
        assertEquals(50, m.queriesPerSecond().orElseThrow(), 1e-9);
        assertEquals(200, m.httpRequestsPerSecond().orElseThrow(), 1e-9);
        assertEquals(7, m.clientConnections().orElseThrow());
        assertEquals(346_030_080, m.residentMemoryBytes().orElseThrow());
        assertEquals(2, m.runningQueries().orElseThrow());
        assertEquals(0.93, m.cacheHitRateRecent().orElseThrow());
        assertEquals(0.875, m.cacheHitRateLifetime().orElseThrow());
        // Between the scrapes: 400 fast and 100 slow queries, so p95 lies in the slow bucket (48.64, 97.28] ms.
        Percentiles window = m.aqlQueryTimeMs().orElseThrow();
        assertEquals(0.095 * 250 / 400, window.p50(), 1e-9);
        assertEquals(48.64 + 48.64 * 75 / 100, window.p95(), 1e-9);
        Percentiles lifetime = m.aqlQueryTimeLifetimeMs().orElseThrow();
        assertTrue(lifetime.p95() > 48.64 && lifetime.p95() < 97.28, "lifetime p95 " + lifetime.p95());
    }

    @Test
    void metricsTheServerDoesNotExportAreEmptyNotZero() {
        MetricsSnapshot only = parser.parse("# TYPE arangodb_aql_current_query gauge\n"
                + "arangodb_aql_current_query{role=\"SINGLE\"} 0\n", T0);

        ServerMetrics m = ServerMetrics.from(null, only);

        assertEquals(0, m.runningQueries().orElseThrow());
        assertTrue(m.queriesPerSecond().isEmpty());
        assertTrue(m.aqlQueryTimeMs().isEmpty());
        assertTrue(m.cacheHitRateRecent().isEmpty());
        assertTrue(m.planCacheHits().isEmpty());
        assertTrue(m.planCacheHitRate().isEmpty());
        assertEquals(Map.of(SeriesNames.RUNNING_QUERIES, 0.0), m.series());
    }

    @Test
    void planCacheAndSlowQueriesWhenPresent() {
        String page1 = "arangodb_aql_query_plan_cache_hits_total{role=\"SINGLE\"} 30\n"
                + "arangodb_aql_query_plan_cache_misses_total{role=\"SINGLE\"} 10\n"
                + "# TYPE arangodb_aql_slow_query_time histogram\n"
                + "arangodb_aql_slow_query_time_bucket{role=\"SINGLE\",le=\"+Inf\"} 4\n"
                + "arangodb_aql_slow_query_time_count{role=\"SINGLE\"} 4\n"
                + "arangodb_aql_slow_query_time_sum{role=\"SINGLE\"} 80\n";
        String page2 = page1.replace("} 4\n", "} 7\n");

        ServerMetrics m = ServerMetrics.from(parser.parse(page1, T0), parser.parse(page2, T0.plusSeconds(30)));

        assertEquals(30, m.planCacheHits().orElseThrow());
        assertEquals(10, m.planCacheMisses().orElseThrow());
        assertEquals(0.75, m.planCacheHitRate().orElseThrow(), 1e-12);
        assertEquals(6, m.slowQueriesPerMinute().orElseThrow(), 1e-9);
        assertEquals(6, m.series().get(SeriesNames.SLOW_QUERIES_PER_MIN), 1e-9);
        assertFalse(m.series().containsKey(SeriesNames.AQL_P95_MS));
    }
}
