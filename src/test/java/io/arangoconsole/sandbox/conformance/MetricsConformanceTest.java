package io.arangoconsole.sandbox.conformance;

import com.arangodb.Protocol;
import com.arangodb.Request;
import com.arangodb.Response;
import com.arangodb.entity.QueryCachePropertiesEntity;
import com.arangodb.entity.BaseDocument;
import com.arangodb.util.RawBytes;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code /_admin/metrics} as Prometheus text, and the query results cache properties. */
class MetricsConformanceTest extends ConformanceBase {

    /** Samples of a Prometheus text by series (name plus labels as written); fails on a malformed line. */
    static Map<String, Double> parse(String text) {
        Map<String, Double> samples = new LinkedHashMap<>();
        for (String line : text.split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            int space = line.lastIndexOf(' ');
            assertTrue(space > 0, "malformed sample line: " + line);
            samples.put(line.substring(0, space), Double.parseDouble(line.substring(space + 1)));
        }
        return samples;
    }

    private static String metricsText(Protocol p, String path) {
        Response<RawBytes> r = arango(p).execute(Request.builder().method(Request.Method.GET).path(path).build(),
                RawBytes.class);
        assertEquals(200, r.getResponseCode());
        String contentType = r.getHeaders().entrySet().stream()
                .filter(e -> e.getKey().equalsIgnoreCase("content-type")).map(Map.Entry::getValue)
                .findFirst().orElse("");
        assertTrue(contentType.startsWith("text/plain"), contentType);
        return new String(r.getBody().get(), StandardCharsets.UTF_8);
    }

    @BothProtocols
    void metricsAreParsablePrometheusTextWithRealCounts(Protocol p) {
        Map<String, Double> before = parse(metricsText(p, "/_admin/metrics/v2"));
        Double requestsBefore = before.get("arangodb_http_request_statistics_total_requests_total{role=\"SINGLE\"}");
        assertNotNull(requestsBefore);
        arango(p).getVersion();
        arango(p).getVersion();
        Map<String, Double> after = parse(metricsText(p, "/_admin/metrics"));
        assertTrue(after.get("arangodb_http_request_statistics_total_requests_total{role=\"SINGLE\"}")
                >= requestsBefore + 2);
        assertTrue(after.get("arangodb_http_request_statistics_http_get_requests_total{role=\"SINGLE\"}") >= 2);
        assertTrue(after.keySet().stream().allMatch(k -> k.contains("role=\"SINGLE\"")));
        assertTrue(after.containsKey("arangodb_aql_query_time_bucket{role=\"SINGLE\",le=\"+Inf\"}"));
        assertTrue(after.containsKey("arangodb_client_connection_statistics_request_time_bucket{le=\"+Inf\","
                + "role=\"SINGLE\"}"));
        assertTrue(after.get("arangodb_client_connection_statistics_client_connections{role=\"SINGLE\"}") >= 1);
        for (String name : new String[]{"rocksdb_cache_hit_rate_recent", "rocksdb_cache_hit_rate_lifetime",
            "rocksdb_cache_allocated", "rocksdb_cache_limit", "arangodb_process_statistics_resident_set_size",
            "arangodb_server_statistics_server_uptime_total", "arangodb_aql_current_query",
            "arangodb_aql_all_query_total"}) {
            assertNotNull(after.get(name + "{role=\"SINGLE\"}"), name);
        }
    }

    /**
     * The families a Grafana dashboard reads first carry real figures: a new collection moves the collection count
     * by one; requests move the user request, byte and queue-time counts; the block cache has a capacity.
     */
    @BothProtocols
    void dashboardFamiliesMoveWithTheWorkDone(Protocol p) {
        String s = "{role=\"SINGLE\"}";
        Map<String, Double> before = parse(metricsText(p, "/_admin/metrics/v2"));
        String name = TestServer.unique("counted");
        arango(p).db("_system").collection(name).create();
        try {
            Map<String, Double> after = parse(metricsText(p, "/_admin/metrics/v2"));
            assertEquals(before.get("arangodb_metadata_number_of_collections" + s) + 1,
                    after.get("arangodb_metadata_number_of_collections" + s));
            assertTrue(after.get("arangodb_metadata_number_of_databases" + s) >= 1);
            assertTrue(after.get("arangodb_http_request_statistics_user_requests_total" + s)
                    >= before.get("arangodb_http_request_statistics_user_requests_total" + s) + 2);
            assertTrue(after.get("arangodb_client_connection_statistics_bytes_received_count" + s)
                    >= before.get("arangodb_client_connection_statistics_bytes_received_count" + s) + 2);
            assertTrue(after.get("arangodb_client_connection_statistics_bytes_received_sum" + s)
                    >= before.get("arangodb_client_connection_statistics_bytes_received_sum" + s) + name.length(),
                    "the create request's body, which names the collection, was counted");
            assertTrue(after.get("arangodb_client_connection_statistics_queue_time_count" + s)
                    > before.get("arangodb_client_connection_statistics_queue_time_count" + s));
            assertTrue(after.get("arangodb_client_connection_statistics_total_time_count" + s)
                    > before.get("arangodb_client_connection_statistics_total_time_count" + s));
            assertNotNull(after.get("arangodb_scheduler_queue_length" + s));
            assertTrue(after.get("rocksdb_block_cache_capacity" + s) > 0);
            assertNotNull(after.get("rocksdb_block_cache_usage" + s));
        } finally {
            arango(p).db("_system").collection(name).drop();
        }
    }

    @BothProtocols
    void repeatedDocumentReadsRaiseTheCacheHitRate(Protocol p) {
        server.sandbox();
        var c = arango(p).db("_system").collection(TestServer.unique("cached"));
        c.create();
        c.insertDocument(new BaseDocument("hot"));
        for (int i = 0; i < 20; i++) {
            c.getDocument("hot", BaseDocument.class);
        }
        Map<String, Double> m = parse(metricsText(p, "/_admin/metrics"));
        assertTrue(m.get("rocksdb_cache_hit_rate_lifetime{role=\"SINGLE\"}") > 0);
        assertTrue(m.get("rocksdb_cache_allocated{role=\"SINGLE\"}") > 0);
        c.drop();
    }

    @BothProtocols
    void engineStatsReportBlockCacheFigures(Protocol p) {
        var r = TestServer.call(arango(p), Request.builder().db("_system").method(Request.Method.GET)
                .path("/_api/engine/stats").build());
        assertEquals(200, r.status());
        assertTrue(r.json().path("rocksdb.block-cache-capacity").isNumber(), r.text());
        assertTrue(r.json().path("rocksdb.block-cache-usage").isNumber(), r.text());
    }

    @BothProtocols
    void queryCachePropertiesAreKept(Protocol p) {
        var db = arango(p).db("_system");
        QueryCachePropertiesEntity before = db.getQueryCacheProperties();
        try {
            QueryCachePropertiesEntity change = new QueryCachePropertiesEntity();
            change.setMode(QueryCachePropertiesEntity.CacheMode.on);
            change.setMaxResults(77L);
            QueryCachePropertiesEntity after = db.setQueryCacheProperties(change);
            assertEquals(QueryCachePropertiesEntity.CacheMode.on, after.getMode());
            assertEquals(77L, after.getMaxResults());
            assertEquals(77L, db.getQueryCacheProperties().getMaxResults());
            db.clearQueryCache();
            assertArangoError(400, 10, () -> arango(p).execute(Request.builder().db("_system")
                    .method(Request.Method.PUT).path("/_api/query-cache/properties")
                    .body(Map.of("mode", "sometimes")).build(), Void.class));
        } finally {
            db.setQueryCacheProperties(before);
        }
    }
}
