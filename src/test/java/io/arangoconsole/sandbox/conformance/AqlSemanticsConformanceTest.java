package io.arangoconsole.sandbox.conformance;

import com.arangodb.ArangoCollection;
import com.arangodb.ArangoDBException;
import com.arangodb.Protocol;
import com.arangodb.ArangoCursor;
import com.arangodb.Request;
import com.arangodb.entity.AqlQueryExplainEntity;
import com.arangodb.entity.BaseDocument;
import com.arangodb.model.AqlQueryOptions;
import com.arangodb.model.ExplainAqlQueryOptions;
import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static io.arangoconsole.sandbox.conformance.TestServer.call;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * AQL semantics a DBA meets on a real server: write-write conflicts, ranges, memory limits, warnings, index hints.
 * Each test states what ArangoDB 3.12 answers; against {@code ARANGODB_URL} the same assertions hold.
 */
class AqlSemanticsConformanceTest extends OwnDatabaseConformanceBase {
    /**
     * ArangoDB: concurrent {@code UPDATE}s of one document through AQL fail with 409/1200 "write-write conflict"
     * rather than overwrite each other; a client that retries on 1200 ends with the exact count.
     */
    @BothProtocols
    void concurrentAqlIncrementsWithRetriesEndExact(Protocol p) throws Exception {
        ArangoCollection c = fresh(p, "counter");
        c.insertDocument(Map.of("_key", "test", "data", 0));
        String query = "LET doc = DOCUMENT(@@c, 'test') UPDATE doc WITH {data: doc.data + 1} IN @@c";
        Map<String, Object> binds = Map.of("@c", c.name());
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Integer>> futures = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                futures.add(pool.submit(() -> {
                    int conflicts = 0;
                    for (int i = 0; i < 25; i++) {
                        while (true) {
                            try {
                                db(p).query(query, Void.class, binds).close();
                                break;
                            } catch (ArangoDBException e) {
                                assertEquals(409, e.getResponseCode(), e::getMessage);
                                assertEquals(1200, e.getErrorNum(), e::getMessage);
                                conflicts++;
                            }
                        }
                    }
                    return conflicts;
                }));
            }
            for (Future<Integer> f : futures) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        BaseDocument doc = c.getDocument("test", BaseDocument.class);
        assertEquals(200L, ((Number) doc.getAttribute("data")).longValue());
    }

    /** ArangoDB walks {@code FOR i IN 1..100000000} lazily; the sandbox used to answer 400/1563 for big ranges. */
    @BothProtocols
    void hugeRangesAreWalkedLazily(Protocol p) throws Exception {
        try (ArangoCursor<Long> c = db(p).query("FOR i IN 1..100000000 LIMIT 2 RETURN i", Long.class)) {
            assertEquals(List.of(1L, 2L), c.asListRemaining());
        }
    }

    /**
     * ArangoDB (ex:RestCursorMemoryLimit): {@code memoryLimit: 100000} on {@code FOR i IN 1..100000 SORT i RETURN i}
     * answers 500/32 "AQL: query would use more memory than allowed [node #..: ...] (while executing)".
     */
    @BothProtocols
    void memoryLimitExceededIsError32(Protocol p) {
        ArangoDBException e = assertArangoError(500, 32, () -> db(p).query("FOR i IN 1..100000 SORT i RETURN i",
                Long.class, new AqlQueryOptions().memoryLimit(100_000L)));
        assertTrue(e.getErrorMessage().startsWith("AQL: query would use more memory than allowed"),
                e::getErrorMessage);
    }

    /** A runaway cross product fails (500/32 under the server's default limit) and the server keeps answering. */
    @BothProtocols
    void aRunawayQueryLeavesTheServerAnswering(Protocol p) {
        server.sandbox();
        ArangoDBException e = org.junit.jupiter.api.Assertions.assertThrows(ArangoDBException.class,
                () -> db(p).query("RETURN (FOR i IN 1..10000 FOR j IN 1..10000 RETURN [i, j])", Object.class));
        assertEquals(32, e.getErrorNum(), e::getMessage);
        long t0 = System.nanoTime();
        assertEquals("arango", arango(p).getVersion().getServer());
        assertTrue(System.nanoTime() - t0 < 1_000_000_000L, "version answered within 1 s");
    }

    /** ArangoDB reports {@code peakMemoryUsage} in 32 KiB steps; a query holding 20,000 values shows more than one. */
    @BothProtocols
    void peakMemoryUsageFollowsWhatTheQueryHolds(Protocol p) throws Exception {
        long small;
        long big;
        try (ArangoCursor<Long> c = db(p).query("RETURN 1", Long.class)) {
            small = c.getStats().getPeakMemoryUsage();
        }
        try (ArangoCursor<Long> c = db(p).query("FOR i IN 1..20000 SORT i DESC LIMIT 1 RETURN i", Long.class)) {
            assertEquals(20000L, c.next());
        }
        try (ArangoCursor<Long> c = db(p).query("FOR i IN 1..20000 SORT i DESC RETURN i", Long.class)) {
            big = c.getStats().getPeakMemoryUsage();
        }
        assertEquals(0, big % 32768, "32 KiB steps");
        assertTrue(big > small, "sorting 20,000 values holds more than RETURN 1: " + big + " vs " + small);
    }

    /** ArangoDB (ex:RestExplainWarning): explain of {@code FOR i IN 1..10 RETURN 1 / 0} warns 1562 division by zero. */
    @BothProtocols
    void explainReportsWarningsAndFailOnWarningFails(Protocol p) {
        String query = "FOR i IN 1..10 RETURN 1 / 0";
        AqlQueryExplainEntity explained = db(p).explainAqlQuery(query, Map.of(), new ExplainAqlQueryOptions());
        List<String> codes = new ArrayList<>();
        explained.getWarnings().forEach(w -> codes.add(w.getCode() + " " + w.getMessage()));
        assertEquals(List.of("1562 division by zero"), codes);
        assertArangoError(400, 1562, () -> db(p).explainAqlQuery(query, Map.of(),
                new ExplainAqlQueryOptions().failOnWarning(true)));
    }

    /** ArangoDB: with {@code failOnWarning} the cursor fails 400/1562 instead of answering 201 with warnings. */
    @BothProtocols
    void cursorFailOnWarning(Protocol p) throws Exception {
        try (ArangoCursor<Object> c = db(p).query("FOR i IN 0..2 RETURN 1 / i", Object.class)) {
            c.asListRemaining();
            List<com.arangodb.entity.CursorWarning> warnings = new ArrayList<>(c.getWarnings());
            assertEquals(1, warnings.size());
            assertEquals(1562L, warnings.get(0).getCode().longValue());
        }
        assertArangoError(400, 1562, () -> db(p).query("FOR i IN 0..2 RETURN 1 / i", Object.class,
                new AqlQueryOptions().failOnWarning(true)));
    }

    private ArangoCollection indexed(Protocol p, String prefix) {
        ArangoCollection c = fresh(p, prefix);
        List<Map<String, Object>> docs = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            docs.add(Map.of("_key", "k" + i, "a", i % 20, "b", i));
        }
        c.importDocuments(docs);
        c.ensurePersistentIndex(List.of("a"), new com.arangodb.model.PersistentIndexOptions().name("by_a"));
        return c;
    }

    private static List<String> indexNodes(AqlQueryExplainEntity explained) {
        List<String> out = new ArrayList<>();
        for (var node : explained.getPlan().getNodes()) {
            if ("IndexNode".equals(node.get("type"))) {
                ((List<?>) node.get("indexes")).forEach(i -> out.add(String.valueOf(((Map<?, ?>) i).get("name"))));
            }
        }
        return out;
    }

    /**
     * ArangoDB moves a FILTER above an unrelated LET and turns {@code d.a == 1 || d.a == 2} into an IN: both are
     * served by the index on {@code a} (explain shows an IndexNode).
     */
    @BothProtocols
    void indexServesFiltersAcrossLetsAndOrs(Protocol p) throws Exception {
        ArangoCollection c = indexed(p, "optlet");
        String across = "FOR d IN " + c.name() + " LET x = d.b * 2 FILTER d.a == 3 RETURN x";
        assertEquals(List.of("by_a"), indexNodes(db(p).explainAqlQuery(across, Map.of(),
                new ExplainAqlQueryOptions())));
        String or = "FOR d IN " + c.name() + " FILTER d.a == 3 || d.a == 4 RETURN d.b";
        assertEquals(List.of("by_a"), indexNodes(db(p).explainAqlQuery(or, Map.of(), new ExplainAqlQueryOptions())));
        try (ArangoCursor<Long> rows = db(p).query(or, Long.class)) {
            assertEquals(20, rows.asListRemaining().size());
        }
    }

    /** ArangoDB: a forced index hint that cannot serve the query is 400/1559 "could not use index hint ...". */
    @BothProtocols
    void forcedIndexHintThatCannotServeIs1559(Protocol p) {
        ArangoCollection c = indexed(p, "opthint");
        ArangoDBException e = assertArangoError(400, 1559, () -> db(p).query("FOR d IN " + c.name()
                + " OPTIONS {indexHint: 'by_a', forceIndexHint: true} FILTER d.b == 3 RETURN d", Object.class));
        assertTrue(e.getErrorMessage().startsWith("could not use index hint to serve query"), e::getErrorMessage);
    }

    /** ArangoDB (ex:RestCursorProfileQuery): with profile 2 each node reports its runtime in seconds. */
    @BothProtocols
    void profileReportsNodeRuntimes(Protocol p) {
        var r = call(arango(p), Request.builder().db(dbName).method(Request.Method.POST).path("/_api/cursor")
                .body(Map.of("query", "FOR i IN 1..2 LET s = SLEEP(0.05) RETURN i",
                        "options", Map.of("profile", 2))).build());
        double slowest = 0;
        for (JsonNode n : r.json().path("extra").path("stats").path("nodes")) {
            slowest = Math.max(slowest, n.path("runtime").asDouble());
        }
        assertTrue(slowest >= 0.1, "two SLEEP(0.05): " + r.json().path("extra").path("stats").path("nodes"));
    }
}
