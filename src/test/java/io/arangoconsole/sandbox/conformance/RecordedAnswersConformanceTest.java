package io.arangoconsole.sandbox.conformance;

import com.arangodb.ArangoCollection;
import com.arangodb.ArangoDatabase;
import com.arangodb.Protocol;
import com.arangodb.Request;
import com.arangodb.entity.BaseDocument;
import com.arangodb.entity.BaseEdgeDocument;
import com.arangodb.entity.CollectionType;
import com.arangodb.entity.KeyType;
import com.arangodb.model.CollectionCreateOptions;
import com.arangodb.model.DocumentDeleteOptions;
import com.fasterxml.jackson.databind.JsonNode;
import io.arangoconsole.sandbox.store.Json;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import static io.arangoconsole.sandbox.conformance.TestServer.call;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What ArangoDB's recorded documentation answers showed the sandbox to get wrong, through the Java driver over both
 * protocols (and against a real server when {@code ARANGODB_URL} is set). Each test says what ArangoDB answers.
 */
class RecordedAnswersConformanceTest extends ConformanceBase {
    static String dbName;

    @BeforeAll
    static void createDatabase() {
        dbName = TestServer.unique("recorded");
        server.driver(Protocol.HTTP_JSON).createDatabase(dbName);
    }

    @AfterAll
    static void dropDatabase() {
        if (server != null) {
            server.driver(Protocol.HTTP_JSON).db(dbName).drop();
        }
    }

    private static ArangoDatabase db(Protocol p) {
        return arango(p).db(dbName);
    }

    /** ArangoDB: a collection answers to its numeric id as to its name, with a location header. */
    @BothProtocols
    void aCollectionIsFoundByItsNumericId(Protocol p) {
        String name = "byid_" + p.name().toLowerCase();
        String id = db(p).createCollection(name).getId();
        var r = call(arango(p), Request.builder().db(dbName).method(Request.Method.GET)
                .path("/_api/collection/" + id + "/count").build());
        assertEquals(200, r.status());
        assertEquals(name, r.json().path("name").asText());
        assertEquals("/_db/" + dbName + "/_api/collection/" + id + "/count", r.headers().get("location"));
    }

    /** ArangoDB: autoincrement keys start at offset and step by increment; keyOptions show both. */
    @BothProtocols
    void autoincrementKeysFollowIncrementAndOffset(Protocol p) {
        ArangoCollection c = db(p).collection("auto_" + p.name().toLowerCase());
        c.create(new CollectionCreateOptions().keyOptions(true, KeyType.autoincrement, 5, 10));
        String first = c.insertDocument(new BaseDocument()).getKey();
        String second = c.insertDocument(new BaseDocument()).getKey();
        assertEquals(5, Long.parseLong(second) - Long.parseLong(first), first + " then " + second);
        assertTrue(Long.parseLong(first) >= 10, first);
        var props = c.getProperties().getKeyOptions();
        assertEquals(5, props.getIncrement());
        assertEquals(10, props.getOffset());
    }

    /** ArangoDB: an edge without _from/_to is refused (400/1233), one by one and in an import. */
    @BothProtocols
    void edgesNeedFromAndTo(Protocol p) {
        ArangoCollection edges = db(p).collection("links_" + p.name().toLowerCase());
        edges.create(new CollectionCreateOptions().type(CollectionType.EDGES));
        assertArangoError(400, 1233, () -> edges.insertDocument(new BaseDocument("nofrom")));
        BaseEdgeDocument ok = new BaseEdgeDocument("v/1", "v/2");
        assertEquals("v/1", edges.getDocument(edges.insertDocument(ok).getKey(), BaseEdgeDocument.class).getFrom());
        var imported = edges.importDocuments(List.of(Map.of("name", "no ends")));
        assertEquals(0, imported.getCreated());
        assertEquals(1, imported.getErrors());
    }

    /** ArangoDB: a revision conflict (412/1200) names the document and its current revision, body and etag. */
    @BothProtocols
    void aRevisionConflictNamesTheCurrentRevision(Protocol p) {
        ArangoCollection c = db(p).collection("conflict_" + p.name().toLowerCase());
        c.create();
        String rev = c.insertDocument(new BaseDocument("k")).getRev();
        assertArangoError(412, 1200, () -> c.deleteDocument("k", new DocumentDeleteOptions().ifMatch("_wrong___")));
        // the driver keeps only the error fields: the rest of the answer as a plain HTTP/1.1 client sees it
        HttpResponse<String> r = raw("DELETE", "/_db/" + dbName + "/_api/document/" + c.name() + "/k",
                "if-match", "\"_wrong___\"");
        assertEquals(412, r.statusCode());
        JsonNode body = Json.parse(r.body());
        assertEquals(rev, body.path("_rev").asText());
        assertEquals(c.name() + "/k", body.path("_id").asText());
        assertEquals("\"" + rev + "\"", r.headers().firstValue("etag").orElse(null));
    }

    /** ArangoDB: a batch remove takes document ids; when every item fails it answers 202. */
    @BothProtocols
    void batchRemoveTakesIdsAndAllFailingIs202(Protocol p) {
        ArangoCollection c = db(p).collection("batch_" + p.name().toLowerCase());
        c.create(new CollectionCreateOptions().waitForSync(true));
        c.insertDocuments(List.of(new BaseDocument("1"), new BaseDocument("2")));
        var removed = c.deleteDocuments(List.of(c.name() + "/1", c.name() + "/2"), new DocumentDeleteOptions());
        assertEquals(2, removed.getDocuments().size());
        assertEquals(0, c.count().getCount());
        var r = call(arango(p), Request.builder().db(dbName).method(Request.Method.DELETE)
                .path("/_api/document/" + c.name()).body(List.of("1", "other/2")).build());
        assertEquals(202, r.status(), "nothing was written, so nothing was synced");
        assertEquals(1202, r.json().get(1).path("errorNum").asInt());
    }

    private static HttpResponse<String> raw(String method, String path, String header, String value) {
        try {
            String auth = Base64.getEncoder().encodeToString(("root:" + server.password())
                    .getBytes(StandardCharsets.UTF_8));
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://" + server.host() + ":"
                            + server.port() + path)).header("Authorization", "Basic " + auth).header(header, value)
                    .method(method, HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new AssertionError("plain HTTP call failed: " + e, e);
        }
    }

    /** ArangoDB 3.12: every batch of a cursor carries extra, with searchParallelism among the stats. */
    @BothProtocols
    void everyCursorBatchCarriesExtra(Protocol p) {
        var first = call(arango(p), Request.builder().db(dbName).method(Request.Method.POST).path("/_api/cursor")
                .body(Map.of("query", "FOR i IN 1..5 RETURN i", "batchSize", 2))
                .build());
        assertEquals(201, first.status());
        JsonNode stats = first.json().path("extra").path("stats");
        assertTrue(stats.has("searchParallelism"), stats.toString());
        var next = call(arango(p), Request.builder().db(dbName).method(Request.Method.POST)
                .path("/_api/cursor/" + first.json().path("id").asText()).build());
        assertEquals(200, next.status());
        assertTrue(next.json().has("extra"), next.text());
        assertArangoError(400, 400, () -> call(arango(p), Request.builder().db(dbName).method(Request.Method.PUT)
                .path("/_api/cursor").build()));
    }
}
