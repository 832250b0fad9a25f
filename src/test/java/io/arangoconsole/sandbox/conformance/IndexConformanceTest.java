package io.arangoconsole.sandbox.conformance;

import com.arangodb.ArangoCollection;
import com.arangodb.Protocol;
import com.arangodb.Request;
import com.arangodb.entity.IndexEntity;
import com.arangodb.entity.IndexType;
import com.arangodb.model.PersistentIndexOptions;
import com.fasterxml.jackson.databind.JsonNode;
import io.arangoconsole.sandbox.Sandbox;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import static io.arangoconsole.sandbox.conformance.TestServer.call;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Index list, create (201 new / 200 existing), unique violations, drop, and a background build in progress. */
class IndexConformanceTest extends ConformanceBase {
    static String dbName;

    @BeforeAll
    static void createDatabase() {
        dbName = TestServer.unique("idx");
        server.driver(Protocol.HTTP_JSON).createDatabase(dbName);
    }

    @AfterAll
    static void dropDatabase() {
        if (server != null) {
            server.driver(Protocol.HTTP_JSON).db(dbName).drop();
        }
    }

    private ArangoCollection filled(Protocol p, String prefix, int n) {
        ArangoCollection c = arango(p).db(dbName).collection(prefix + "_" + p.name().toLowerCase());
        c.create();
        List<Map<String, Object>> docs = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            docs.add(Map.of("_key", "k" + i, "email", "user" + i + "@example.org", "group", i % 7));
        }
        c.importDocuments(docs);
        return c;
    }

    @BothProtocols
    void createListGetAndDrop(Protocol p) {
        ArangoCollection c = filled(p, "plain", 30);
        IndexEntity created = c.ensurePersistentIndex(List.of("group"), new PersistentIndexOptions().name("by_group"));
        assertTrue(created.getIsNewlyCreated());
        assertEquals(IndexType.persistent, created.getType());
        IndexEntity again = c.ensurePersistentIndex(List.of("group"), new PersistentIndexOptions().name("by_group"));
        assertFalse(again.getIsNewlyCreated());
        assertEquals(created.getId(), again.getId());
        var raw201 = call(arango(p), Request.builder().db(dbName).method(Request.Method.POST).path("/_api/index")
                .queryParam("collection", c.name()).body(Map.of("type", "persistent", "fields", List.of("email")))
                .build());
        assertEquals(201, raw201.status());
        var raw200 = call(arango(p), Request.builder().db(dbName).method(Request.Method.POST).path("/_api/index")
                .queryParam("collection", c.name()).body(Map.of("type", "persistent", "fields", List.of("email")))
                .build());
        assertEquals(200, raw200.status());
        assertEquals(3, c.getIndexes().size(), "primary plus two persistent indexes");
        assertTrue(c.getIndexes().stream().anyMatch(i -> i.getType() == IndexType.primary));
        assertEquals("by_group", c.getIndex(created.getId()).getName());
        assertEquals(created.getId(), c.deleteIndex(created.getId()));
        assertEquals(2, c.getIndexes().size());
        assertArangoError(404, 1212, () -> c.getIndex(created.getId()));
        assertArangoError(404, 1203, () -> arango(p).db(dbName).collection("missing")
                .ensurePersistentIndex(List.of("x"), null));
    }

    @BothProtocols
    void withStatsGivesEachIndexItsMemory(Protocol p) {
        ArangoCollection c = filled(p, "stats", 500);
        c.ensurePersistentIndex(List.of("group"), new PersistentIndexOptions().name("by_group"));
        var plain = call(arango(p), Request.builder().db(dbName).method(Request.Method.GET).path("/_api/index")
                .queryParam("collection", c.name()).build());
        var stats = call(arango(p), Request.builder().db(dbName).method(Request.Method.GET).path("/_api/index")
                .queryParam("collection", c.name()).queryParam("withStats", "true").build());

        assertTrue(plain.json().path("indexes").get(0).path("figures").isMissingNode(), "figures only on request");
        for (JsonNode index : stats.json().path("indexes")) {
            JsonNode figures = index.path("figures");
            assertTrue(figures.path("memory").asLong(-1) > 0, index.toString());
            assertFalse(figures.path("cacheInUse").asBoolean(true), index.toString());
        }
    }

    @BothProtocols
    void uniqueIndexOverDuplicatesFailsWith1210(Protocol p) {
        ArangoCollection c = filled(p, "uniq", 20);
        assertArangoError(400, 1210, () -> c.ensurePersistentIndex(List.of("group"),
                new PersistentIndexOptions().unique(true)));
        assertEquals(1, c.getIndexes().size(), "the failed index is gone");
        c.ensurePersistentIndex(List.of("email"), new PersistentIndexOptions().unique(true));
        assertArangoError(409, 1210, () -> c.insertDocument(Map.of("email", "user3@example.org")));
    }

    @BothProtocols
    void backgroundBuildIsVisibleWithHidden(Protocol p) throws Exception {
        Sandbox sandbox = server.sandbox();
        ArangoCollection c = filled(p, "bg", 20_000);
        sandbox.faults().indexBuildDelay(100);
        try {
            CompletableFuture<IndexEntity> build = CompletableFuture.supplyAsync(() -> c.ensurePersistentIndex(
                    List.of("email"), new PersistentIndexOptions().inBackground(true).name("bg_email")));
            JsonNode building = null;
            while (building == null && !build.isDone()) {
                var r = call(arango(p), Request.builder().db(dbName).method(Request.Method.GET).path("/_api/index")
                        .queryParam("collection", c.name()).queryParam("withHidden", "true").build());
                for (JsonNode index : r.json().path("indexes")) {
                    if (index.path("isBuilding").asBoolean(false)) {
                        building = index;
                    }
                }
                Thread.sleep(20);
            }
            assertTrue(building != null, "an index was seen while building");
            assertEquals("bg_email", building.path("name").asText());
            double progress = building.path("progress").asDouble(-1);
            assertTrue(progress >= 0 && progress < 100, "progress " + progress);
            assertFalse(c.getIndexes().stream().anyMatch(i -> "bg_email".equals(i.getName())),
                    "without withHidden a building index is not listed");
            IndexEntity done = build.get();
            assertTrue(done.getIsNewlyCreated());
            assertTrue(c.getIndexes().stream().anyMatch(i -> "bg_email".equals(i.getName())));
        } finally {
            sandbox.faults().reset();
        }
    }
}
