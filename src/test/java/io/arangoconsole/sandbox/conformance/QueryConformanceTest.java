package io.arangoconsole.sandbox.conformance;

import com.arangodb.ArangoCollection;
import com.arangodb.ArangoCursor;
import com.arangodb.ArangoDBException;
import com.arangodb.ArangoDatabase;
import com.arangodb.Protocol;
import com.arangodb.Request;
import com.arangodb.entity.AqlQueryExplainEntity;
import com.arangodb.entity.QueryEntity;
import com.arangodb.entity.QueryTrackingPropertiesEntity;
import com.arangodb.model.AqlQueryOptions;
import com.arangodb.model.ExplainAqlQueryOptions;
import com.arangodb.model.PersistentIndexOptions;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

import static io.arangoconsole.sandbox.conformance.TestServer.call;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Cursors (multi-batch, stream, errors), explain before and after an index, query tracking, kill, slow log. */
class QueryConformanceTest extends ConformanceBase {
    static String dbName;

    @BeforeAll
    static void createData() throws Exception {
        dbName = TestServer.unique("aql");
        var arango = server.driver(Protocol.HTTP_JSON);
        arango.createDatabase(dbName);
        ArangoCollection c = arango.db(dbName).collection("items");
        c.create();
        List<Map<String, Object>> docs = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            docs.add(Map.of("_key", "i" + i, "n", i, "score", (i * 37) % 100));
        }
        c.importDocuments(docs);
    }

    @AfterAll
    static void dropDatabase() {
        if (server != null) {
            server.driver(Protocol.HTTP_JSON).db(dbName).drop();
        }
    }

    private ArangoDatabase db(Protocol p) {
        return arango(p).db(dbName);
    }

    @BothProtocols
    void multiBatchCursorDeliversEveryRowOnce(Protocol p) throws Exception {
        try (ArangoCursor<Integer> cursor = db(p).query("FOR d IN items SORT d.n RETURN d.n", Integer.class,
                new AqlQueryOptions().batchSize(7).count(true))) {
            assertEquals(100, cursor.getCount());
            assertNotNull(cursor.getId(), "more batches remain, so the cursor has an id");
            List<Integer> all = cursor.asListRemaining();
            assertEquals(100, all.size());
            for (int i = 0; i < 100; i++) {
                assertEquals(i, all.get(i));
            }
        }
    }

    @BothProtocols
    void firstBatchAnswerHasNoIdWhenEverythingFits(Protocol p) {
        var r = call(arango(p), Request.builder().db(dbName).method(Request.Method.POST).path("/_api/cursor")
                .body(Map.of("query", "FOR i IN 1..3 RETURN i", "batchSize", 10)).build());
        assertEquals(201, r.status());
        assertFalse(r.json().path("hasMore").asBoolean());
        assertFalse(r.json().has("id"));
        assertTrue(r.json().path("extra").path("stats").isObject());
        assertEquals(3, r.json().path("result").size());
    }

    @BothProtocols
    void batchesCanBeFetchedByIdAndRetried(Protocol p) {
        var first = call(arango(p), Request.builder().db(dbName).method(Request.Method.POST).path("/_api/cursor")
                .body(Map.of("query", "FOR i IN 1..5 RETURN i", "batchSize", 2,
                        "options", Map.of("allowRetry", true))).build());
        String id = first.json().path("id").asText();
        assertEquals("2", first.json().path("nextBatchId").asText());
        var second = call(arango(p), Request.builder().db(dbName).method(Request.Method.POST)
                .path("/_api/cursor/" + id + "/2").build());
        var again = call(arango(p), Request.builder().db(dbName).method(Request.Method.POST)
                .path("/_api/cursor/" + id + "/2").build());
        assertEquals(second.json().path("result"), again.json().path("result"));
        assertEquals("[3,4]", second.json().path("result").toString());
        var third = call(arango(p), Request.builder().db(dbName).method(Request.Method.PUT)
                .path("/_api/cursor/" + id).build());
        assertEquals("[5]", third.json().path("result").toString());
        assertFalse(third.json().path("hasMore").asBoolean());
        var deleted = call(arango(p), Request.builder().db(dbName).method(Request.Method.DELETE)
                .path("/_api/cursor/" + id).build());
        assertEquals(202, deleted.status());
        assertArangoError(404, 1600, () -> arango(p).execute(Request.builder().db(dbName)
                .method(Request.Method.POST).path("/_api/cursor/" + id).build(), Void.class));
    }

    @BothProtocols
    void streamCursorNeverEndsWithAnEmptyBatch(Protocol p) throws Exception {
        try (ArangoCursor<Integer> cursor = db(p).query("FOR d IN items FILTER d.n < 10 RETURN d.n", Integer.class,
                new AqlQueryOptions().batchSize(5).stream(true))) {
            List<Integer> all = cursor.asListRemaining();
            assertEquals(10, all.size());
            assertNotNull(cursor.getStats(), "stream cursors send extra with the last batch");
        }
    }

    @BothProtocols
    void queryErrorsAreArangoErrors(Protocol p) {
        assertArangoError(400, 1501, () -> db(p).query("FOR i IN RETURN", Object.class));
        assertArangoError(400, 1551, () -> db(p).query("RETURN @missing", Object.class));
        assertArangoError(404, 1203, () -> db(p).query("FOR d IN no_such_collection RETURN d", Object.class));
        assertArangoError(400, 1502, () -> arango(p).execute(Request.builder().db(dbName)
                .method(Request.Method.POST).path("/_api/cursor").body(Map.of("query", "")).build(), Void.class));
    }

    @BothProtocols
    void explainShowsTheIndexOnceItExists(Protocol p) {
        ArangoCollection c = db(p).collection("explained_" + p.name().toLowerCase());
        c.create();
        c.insertDocuments(List.of(Map.of("score", 1), Map.of("score", 2), Map.of("score", 3)));
        String q = "FOR d IN " + c.name() + " FILTER d.score == 2 RETURN d";
        assertTrue(nodeTypes(db(p).explainAqlQuery(q, Map.of(), new ExplainAqlQueryOptions()))
                .contains("EnumerateCollectionNode"));
        c.ensurePersistentIndex(List.of("score"), new PersistentIndexOptions());
        List<String> after = nodeTypes(db(p).explainAqlQuery(q, Map.of(), new ExplainAqlQueryOptions()));
        assertTrue(after.contains("IndexNode"), after.toString());
        assertFalse(after.contains("EnumerateCollectionNode"), after.toString());
    }

    private static List<String> nodeTypes(AqlQueryExplainEntity explain) {
        List<String> types = new ArrayList<>();
        explain.getPlan().getNodes().forEach(n -> types.add(String.valueOf(n.get("type"))));
        return types;
    }

    @BothProtocols
    void runningQueryCanBeSeenAndKilled(Protocol p) throws Exception {
        CompletableFuture<List<Object>> running = CompletableFuture.supplyAsync(
                () -> db(p).query("RETURN SLEEP(10)", Object.class).asListRemaining());
        Optional<QueryEntity> entry = Optional.empty();
        for (int i = 0; i < 200 && entry.isEmpty(); i++) {
            Collection<QueryEntity> current = db(p).getCurrentlyRunningQueries();
            entry = current.stream().filter(q -> q.getQuery().contains("SLEEP(10)")).findFirst();
            Thread.sleep(25);
        }
        assertTrue(entry.isPresent(), "the sleeping query is listed as running");
        db(p).killQuery(entry.get().getId());
        ExecutionException e = org.junit.jupiter.api.Assertions.assertThrows(ExecutionException.class,
                running::get);
        ArangoDBException cause = assertInstanceOf(ArangoDBException.class, e.getCause());
        assertEquals(1500, cause.getErrorNum());
        assertArangoError(404, 1591, () -> db(p).killQuery("999999999"));
    }

    @BothProtocols
    void slowQueryLogFollowsTheThreshold(Protocol p) {
        QueryTrackingPropertiesEntity before = db(p).getQueryTrackingProperties();
        try {
            QueryTrackingPropertiesEntity props = new QueryTrackingPropertiesEntity();
            props.setSlowQueryThreshold(0L);
            props.setEnabled(true);
            props.setTrackSlowQueries(true);
            assertEquals(0L, db(p).setQueryTrackingProperties(props).getSlowQueryThreshold());
            db(p).clearSlowQueries();
            db(p).query("FOR d IN items FILTER d.n == 3 RETURN d", Object.class).asListRemaining();
            assertTrue(db(p).getSlowQueries().stream().anyMatch(q -> q.getQuery().contains("d.n == 3")));
            db(p).clearSlowQueries();
            assertTrue(db(p).getSlowQueries().isEmpty());
        } finally {
            db(p).setQueryTrackingProperties(before);
        }
    }

    @BothProtocols
    void parseValidatesWithoutRunning(Protocol p) {
        assertNotNull(db(p).parseQuery("FOR d IN items RETURN d").getCollections());
        assertArangoError(400, 1501, () -> db(p).parseQuery("FOR d IN"));
    }

    @BothProtocols
    void queryCountsShowInMetrics(Protocol p) {
        Map<String, Double> before = metrics(p);
        for (int i = 0; i < 3; i++) {
            db(p).query("RETURN 42", Integer.class).asListRemaining();
        }
        Map<String, Double> after = metrics(p);
        for (String name : new String[] {"arangodb_aql_query_time_count", "arangodb_aql_all_query_total"}) {
            String key = name + "{role=\"SINGLE\"}";
            double delta = after.get(key) - before.get(key);
            // a real server may count its own background queries too; the sandbox runs none
            assertTrue(server.isSandbox() ? delta == 3 : delta >= 3, name + " grew by " + delta + " for 3 queries");
        }
    }

    private Map<String, Double> metrics(Protocol p) {
        String text = new String(arango(p).execute(Request.builder().method(Request.Method.GET)
                .path("/_admin/metrics/v2").build(), com.arangodb.util.RawBytes.class).getBody().get(),
                java.nio.charset.StandardCharsets.UTF_8);
        return MetricsConformanceTest.parse(text);
    }
}
