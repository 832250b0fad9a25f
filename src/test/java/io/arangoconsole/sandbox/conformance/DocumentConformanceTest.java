package io.arangoconsole.sandbox.conformance;

import com.arangodb.ArangoCollection;
import com.arangodb.Protocol;
import com.arangodb.Request;
import com.arangodb.entity.BaseDocument;
import com.arangodb.entity.DocumentCreateEntity;
import com.arangodb.entity.DocumentImportEntity;
import com.arangodb.entity.MultiDocumentEntity;
import com.arangodb.model.DocumentCreateOptions;
import com.arangodb.model.DocumentImportOptions;
import com.arangodb.model.OverwriteMode;
import com.arangodb.util.RawBytes;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static io.arangoconsole.sandbox.conformance.TestServer.call;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Single and batch document operations with overwrite modes, and bulk import with its error handling. */
class DocumentConformanceTest extends ConformanceBase {
    static String dbName;

    @BeforeAll
    static void createDatabase() {
        dbName = TestServer.unique("docs");
        server.driver(Protocol.HTTP_JSON).createDatabase(dbName);
    }

    @AfterAll
    static void dropDatabase() {
        if (server != null) {
            server.driver(Protocol.HTTP_JSON).db(dbName).drop();
        }
    }

    private ArangoCollection fresh(Protocol p, String prefix) {
        ArangoCollection c = arango(p).db(dbName).collection(prefix + "_" + p.name().toLowerCase());
        c.create();
        return c;
    }

    @BothProtocols
    void singleDocumentLifecycle(Protocol p) {
        ArangoCollection c = fresh(p, "single");
        DocumentCreateEntity<BaseDocument> created = c.insertDocument(doc("a", 1),
                new DocumentCreateOptions().returnNew(true));
        assertEquals("a", created.getKey());
        assertEquals(c.name() + "/a", created.getId());
        assertEquals(1L, ((Number) created.getNew().getAttribute("n")).longValue());
        assertArangoError(409, 1210, () -> c.insertDocument(doc("a", 2)));
        DocumentCreateEntity<BaseDocument> overwritten = c.insertDocument(doc("a", 3),
                new DocumentCreateOptions().overwriteMode(OverwriteMode.update));
        assertTrue(!created.getRev().equals(overwritten.getRev()));
        BaseDocument read = c.getDocument("a", BaseDocument.class);
        assertEquals(3L, ((Number) read.getAttribute("n")).longValue());
        assertTrue(c.documentExists("a"));
        c.updateDocument("a", Map.of("extra", true));
        assertEquals(Boolean.TRUE, c.getDocument("a", BaseDocument.class).getAttribute("extra"));
        c.replaceDocument("a", Map.of("only", "this"));
        BaseDocument replaced = c.getDocument("a", BaseDocument.class);
        assertNull(replaced.getAttribute("n"));
        assertEquals("this", replaced.getAttribute("only"));
        c.deleteDocument("a");
        assertNull(c.getDocument("a", BaseDocument.class));
        assertFalse(c.documentExists("a"));
        assertArangoError(404, 1202, () -> c.deleteDocument("a"));
        assertArangoError(400, 1221, () -> c.insertDocument(Map.of("_key", "bad key/x")));
    }

    @BothProtocols
    void singleInsertAnswers202Or201WithWaitForSync(Protocol p) {
        ArangoCollection c = fresh(p, "status");
        var plain = call(arango(p), Request.builder().db(dbName).method(Request.Method.POST)
                .path("/_api/document/" + c.name()).body(Map.of("x", 1)).build());
        assertEquals(202, plain.status());
        var synced = call(arango(p), Request.builder().db(dbName).method(Request.Method.POST)
                .path("/_api/document/" + c.name()).queryParam("waitForSync", "true").body(Map.of("x", 2)).build());
        assertEquals(201, synced.status());
        assertTrue(synced.json().path("_rev").isTextual());
    }

    @BothProtocols
    void batchInsertKeepsOrderAndReportsPerItemErrors(Protocol p) {
        ArangoCollection c = fresh(p, "batch");
        c.insertDocument(doc("dup", 0));
        MultiDocumentEntity<DocumentCreateEntity<Void>> result = c.insertDocuments(
                List.of(doc("x1", 1), doc("dup", 2), doc("x2", 3)));
        assertEquals(2, result.getDocuments().size());
        assertEquals(1, result.getErrors().size());
        assertEquals(1210, result.getErrors().get(0).getErrorNum());
        assertEquals("x1", result.getDocuments().get(0).getKey());
        assertEquals("x2", result.getDocuments().get(1).getKey());
        var raw = call(arango(p), Request.builder().db(dbName).method(Request.Method.POST)
                .path("/_api/document/" + c.name()).body(List.of(doc("dup", 5), doc("x3", 6))).build());
        assertEquals("{\"1210\":1}", raw.headers().get("x-arango-error-codes"));
        MultiDocumentEntity<DocumentCreateEntity<Void>> upserted = c.insertDocuments(
                List.of(doc("dup", 9), doc("x4", 1)),
                new DocumentCreateOptions().overwriteMode(OverwriteMode.replace).waitForSync(true).silent(false));
        assertTrue(upserted.getErrors().isEmpty());
        assertEquals(9L, ((Number) c.getDocument("dup", BaseDocument.class).getAttribute("n")).longValue());
        c.updateDocuments(List.of(Map.of("_key", "x1", "m", 1), Map.of("_key", "x2", "m", 2)));
        assertEquals(2L, ((Number) c.getDocument("x2", BaseDocument.class).getAttribute("m")).longValue());
        c.deleteDocuments(List.of(Map.of("_key", "x1"), Map.of("_key", "x2")));
        assertEquals(3L, c.count().getCount(), "dup, x3, x4 remain");
    }

    @BothProtocols
    void importWithABadLineImportsTheRest(Protocol p) {
        ArangoCollection c = fresh(p, "imp");
        String body = "{\"_key\":\"i1\",\"v\":1}\r\n{not json}\n{\"_key\":\"i2\",\"v\":2}\n\n{\"_key\":\"i3\"}\n";
        var r = call(arango(p), Request.builder().db(dbName).method(Request.Method.POST).path("/_api/import")
                .queryParam("collection", c.name()).queryParam("type", "documents").queryParam("details", "true")
                .body(RawBytes.of(body.getBytes(StandardCharsets.UTF_8))).build());
        assertEquals(201, r.status());
        assertEquals(3, r.json().path("created").asInt());
        assertEquals(1, r.json().path("errors").asInt());
        assertEquals(1, r.json().path("empty").asInt());
        assertTrue(r.json().path("details").get(0).asText().startsWith("at position 1"),
                r.json().path("details").toString());
        assertFalse(r.json().has("code"));
        assertEquals(3L, c.count().getCount());
    }

    @BothProtocols
    void importThroughTheDriverWithOnDuplicate(Protocol p) {
        ArangoCollection c = fresh(p, "impdrv");
        c.insertDocument(doc("d1", 0));
        DocumentImportEntity updated = c.importDocuments(List.of(doc("d1", 1), doc("d2", 2)),
                new DocumentImportOptions().onDuplicate(DocumentImportOptions.OnDuplicate.update).details(true));
        assertEquals(1, updated.getCreated());
        assertEquals(1, updated.getUpdated());
        DocumentImportEntity failed = c.importDocuments(List.of(doc("d3", 3), doc("d1", 4)),
                new DocumentImportOptions().details(true));
        assertEquals(1, failed.getCreated());
        assertEquals(1, failed.getErrors());
        assertTrue(failed.getDetails().iterator().next().contains("unique constraint violated"), failed.getDetails().toString());
        assertArangoError(409, 1210, () -> c.importDocuments(List.of(doc("d4", 5), doc("d1", 6)),
                new DocumentImportOptions().complete(true)));
        assertNull(c.getDocument("d4", BaseDocument.class), "complete=true imports all or nothing");
        assertNotNull(c.getDocument("d3", BaseDocument.class));
    }

    @BothProtocols
    void importIntoAMissingCollectionIs1203(Protocol p) {
        assertArangoError(404, 1203, () -> arango(p).db(dbName).collection("nope").importDocuments(
                List.of(doc("a", 1))));
    }

    private static BaseDocument doc(String key, int n) {
        BaseDocument d = new BaseDocument(key);
        d.addAttribute("n", n);
        return d;
    }
}
