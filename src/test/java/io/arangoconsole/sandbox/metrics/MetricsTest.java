package io.arangoconsole.sandbox.metrics;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MetricsTest {

    @Test
    void queryTimesFillCumulativeBucketsCountAndSum() {
        Metrics m = new Metrics();
        m.queryFinished(0.00005);
        m.queryFinished(0.5);
        m.queryFinished(100);
        String text = m.render();
        assertTrue(text.contains("# TYPE arangodb_aql_query_time histogram\n"), text);
        assertTrue(text.contains("arangodb_aql_query_time_bucket{role=\"SINGLE\",le=\"0.000095\"} 1\n"), text);
        assertTrue(text.contains("arangodb_aql_query_time_bucket{role=\"SINGLE\",le=\"+Inf\"} 3\n"), text);
        assertTrue(text.contains("arangodb_aql_query_time_count{role=\"SINGLE\"} 3\n"), text);
        assertTrue(text.contains("arangodb_aql_all_query_total{role=\"SINGLE\"} 3\n"), text);
        assertTrue(text.contains("arangodb_aql_slow_query_time_count{role=\"SINGLE\"} 1\n"), "100 s is slow");
    }

    @Test
    void requestsCountPerMethodAndConnectionHistogramPutsLeFirst() {
        Metrics m = new Metrics();
        m.requestServed("GET", 0.001, 0, 10);
        m.requestServed("PATCH", 0.001, 5, 10);
        m.requestServed("PROPFIND", 0.001, 0, 0);
        String text = m.render();
        assertTrue(text.contains("arangodb_http_request_statistics_total_requests_total{role=\"SINGLE\"} 3\n"));
        assertTrue(text.contains("arangodb_http_request_statistics_http_patch_requests_total{role=\"SINGLE\"} 1\n"));
        assertTrue(text.contains("arangodb_http_request_statistics_http_other_requests_total{role=\"SINGLE\"} 1\n"));
        assertTrue(text.contains("arangodb_client_connection_statistics_request_time_bucket{le=\"+Inf\","
                + "role=\"SINGLE\"} 3\n"), text);
    }

    @Test
    void documentCacheHitsNeedTheSameRevisionAndRecentForgetsOldLookups() {
        DocumentCache cache = new DocumentCache(10);
        assertEquals(false, cache.lookup("c/a", "r1"));
        assertEquals(true, cache.lookup("c/a", "r1"));
        assertEquals(false, cache.lookup("c/a", "r2"), "a new revision is not in the cache");
        assertEquals(1.0 / 3, cache.lifetimeHitRate(), 1e-9);
        for (int i = 0; i < DocumentCache.WINDOW; i++) {
            cache.lookup("c/a", "r2");
        }
        assertEquals(1.0, cache.recentHitRate(), 1e-9);
        assertTrue(cache.lifetimeHitRate() < 1.0);
    }
}
