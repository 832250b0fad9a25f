package io.arangoconsole.sandbox.conformance;

import com.arangodb.ArangoCollection;
import com.arangodb.ArangoDB;
import com.arangodb.ArangoDatabase;
import com.arangodb.Protocol;
import com.arangodb.Request;
import com.arangodb.entity.CollectionEntity;
import com.arangodb.entity.CollectionType;
import com.arangodb.entity.DatabaseEntity;
import com.arangodb.entity.KeyType;
import com.arangodb.model.CollectionCreateOptions;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import static io.arangoconsole.sandbox.conformance.TestServer.call;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Databases and collections: list, info, create, drop, properties, count, figures, truncate, checksum. */
class CollectionConformanceTest extends ConformanceBase {
    static String dbName;

    @BeforeAll
    static void createDatabase() {
        dbName = TestServer.unique("coll");
        server.driver(Protocol.HTTP_JSON).createDatabase(dbName);
    }

    @AfterAll
    static void dropDatabase() {
        if (server != null) {
            server.driver(Protocol.HTTP_JSON).db(dbName).drop();
        }
    }

    @BothProtocols
    void databasesCreateListInfoDrop(Protocol p) {
        ArangoDB arango = arango(p);
        String name = TestServer.unique("db");
        assertTrue(arango.createDatabase(name));
        assertTrue(arango.getDatabases().contains(name));
        assertTrue(arango.getAccessibleDatabases().contains(name));
        DatabaseEntity info = arango.db(name).getInfo();
        assertEquals(name, info.getName());
        assertFalse(info.getIsSystem());
        assertTrue(arango.db("_system").getInfo().getIsSystem());
        assertTrue(arango.db(name).exists());
        assertArangoError(409, 1207, () -> arango.createDatabase(name));
        assertTrue(arango.db(name).drop());
        assertFalse(arango.db(name).exists());
        assertArangoError(404, 1228, () -> arango.db(name).drop());
    }

    @BothProtocols
    void collectionsCreateInfoListDrop(Protocol p) {
        ArangoDatabase db = arango(p).db(dbName);
        String name = "docs_" + p.name().toLowerCase();
        CollectionEntity created = db.createCollection(name);
        assertEquals(name, created.getName());
        assertEquals(CollectionType.DOCUMENT, created.getType());
        String edges = "edges_" + p.name().toLowerCase();
        CollectionEntity edge = db.createCollection(edges, new CollectionCreateOptions().type(CollectionType.EDGES)
                .waitForSync(true).keyOptions(true, KeyType.padded, null, null));
        assertEquals(CollectionType.EDGES, edge.getType());
        assertTrue(db.collection(edges).getProperties().getWaitForSync());
        assertEquals(KeyType.padded, db.collection(edges).getProperties().getKeyOptions().getType());
        assertTrue(db.collection(name).exists());
        assertTrue(db.getCollections().stream().anyMatch(c -> c.getName().equals(name)));
        assertArangoError(409, 1207, () -> db.createCollection(name));
        db.collection(edges).drop();
        assertFalse(db.collection(edges).exists());
        assertArangoError(404, 1203, () -> db.collection(edges).getInfo());
        assertArangoError(404, 1203, () -> db.collection(edges).drop());
    }

    @BothProtocols
    void countFiguresAndTruncate(Protocol p) {
        ArangoDatabase db = arango(p).db(dbName);
        String name = "counted_" + p.name().toLowerCase();
        ArangoCollection c = db.collection(name);
        c.create();
        List<Map<String, Object>> docs = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            docs.add(Map.of("_key", "k" + i, "n", i));
        }
        c.insertDocuments(docs);
        assertEquals(25L, c.count().getCount());
        var figures = call(arango(p), Request.builder().db(dbName).method(Request.Method.GET)
                .path("/_api/collection/" + name + "/figures").queryParam("details", "true").build());
        assertEquals(200, figures.status());
        assertEquals(25, figures.json().path("count").asInt());
        JsonNode f = figures.json().path("figures");
        assertTrue(f.path("documentsSize").asLong() > 0);
        assertTrue(f.path("indexes").path("count").asInt() >= 1);
        c.truncate();
        assertEquals(0L, c.count().getCount());
        c.drop();
    }

    @BothProtocols
    void propertiesCanBeChanged(Protocol p) {
        ArangoCollection c = arango(p).db(dbName).collection("props_" + p.name().toLowerCase());
        c.create();
        assertFalse(c.getProperties().getWaitForSync());
        c.changeProperties(new com.arangodb.model.CollectionPropertiesOptions().waitForSync(true));
        assertTrue(c.getProperties().getWaitForSync());
        c.drop();
    }

    @BothProtocols
    void checksumsAgreeForTheSameDocumentsInAnyOrder(Protocol p) {
        ArangoDatabase db = arango(p).db(dbName);
        String a = "sum_a_" + p.name().toLowerCase();
        String b = "sum_b_" + p.name().toLowerCase();
        db.createCollection(a);
        db.createCollection(b);
        List<Map<String, Object>> docs = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            docs.add(Map.of("_key", "k" + i, "value", i * 3, "name", "n" + i));
        }
        db.collection(a).insertDocuments(docs);
        List<Map<String, Object>> shuffled = new ArrayList<>(docs);
        Collections.shuffle(shuffled, new java.util.Random(7));
        db.collection(b).insertDocuments(shuffled);
        assertEquals(checksum(p, a, true), checksum(p, b, true));
        assertEquals(checksum(p, a, false), checksum(p, b, false));
        db.collection(b).updateDocument("k3", Map.of("value", -1));
        assertNotEquals(checksum(p, a, true), checksum(p, b, true));
        db.collection(a).drop();
        db.collection(b).drop();
    }

    private String checksum(Protocol p, String collection, boolean withData) {
        var r = call(arango(p), Request.builder().db(dbName).method(Request.Method.GET)
                .path("/_api/collection/" + collection + "/checksum")
                .queryParam("withData", Boolean.toString(withData)).queryParam("withRevisions", "false").build());
        assertEquals(200, r.status());
        assertTrue(r.json().path("checksum").isTextual());
        return r.json().path("checksum").asText();
    }
}
