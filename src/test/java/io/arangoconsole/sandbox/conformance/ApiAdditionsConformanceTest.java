package io.arangoconsole.sandbox.conformance;

import com.arangodb.ArangoCollection;
import com.arangodb.ArangoCursor;
import com.arangodb.Protocol;
import com.arangodb.Request;
import com.arangodb.entity.AqlFunctionEntity;
import com.arangodb.entity.BaseDocument;
import com.arangodb.entity.CollectionEntity;
import com.arangodb.entity.IndexEntity;
import com.arangodb.entity.IndexType;
import com.arangodb.model.AqlFunctionCreateOptions;
import com.arangodb.model.AqlFunctionDeleteOptions;
import com.arangodb.model.AqlFunctionGetOptions;
import com.arangodb.model.AqlQueryOptions;
import com.arangodb.model.MDIFieldValueTypes;
import com.arangodb.model.MDPrefixedIndexOptions;
import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import static io.arangoconsole.sandbox.conformance.TestServer.call;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Endpoints and attributes the sandbox lacked: collection rename, AQL user functions, exitCode of slow queries, geo
 * and mdi index definitions, the query results cache, the document cache in figures. Each test states what ArangoDB
 * 3.12 answers (most from the recorded examples of its documentation).
 */
class ApiAdditionsConformanceTest extends OwnDatabaseConformanceBase {
    private TestServer.JsonResponse send(Protocol p, Request.Method method, String path, Object body) {
        Request.Builder<Object> b = Request.builder().db(dbName).method(method).path(path);
        if (body != null) {
            b.body(body);
        }
        return call(arango(p), b.build());
    }

    /**
     * ArangoDB (ex:RestCollectionIdentifierRename): 200 with the collection under its new name; the documents follow;
     * the old name is gone (404/1203); a taken name is 409/1207.
     */
    @BothProtocols
    void renameCollection(Protocol p) {
        ArangoCollection c = fresh(p, "before");
        c.insertDocument(Map.of("_key", "k", "n", 1));
        String newName = "after_" + p.name().toLowerCase();
        CollectionEntity renamed = c.rename(newName);
        assertEquals(newName, renamed.getName());
        BaseDocument doc = db(p).collection(newName).getDocument("k", BaseDocument.class);
        assertEquals(newName + "/k", doc.getId());
        assertArangoError(404, 1203, () -> db(p).collection(c.name()).getProperties());
        ArangoCollection other = fresh(p, "taken");
        assertArangoError(409, 1207, () -> other.rename(newName));
    }

    /**
     * ArangoDB (ex:RestAqlfunctionCreate, ...DeleteFails, ...GetAll): 201 isNewlyCreated, then 200 when replaced;
     * listed with code and isDeterministic; dropped with deletedCount 1; an unknown one is 404/1582.
     */
    @BothProtocols
    void userFunctionsAreStoredListedAndDropped(Protocol p) {
        String ns = "conf" + p.name().toLowerCase().replace("_", "");
        String name = ns + "::celsiustofahrenheit";
        String code = "function (celsius) { return celsius * 1.8 + 32; }";
        var created = send(p, Request.Method.POST, "/_api/aqlfunction",
                Map.of("name", name, "code", code, "isDeterministic", true));
        assertEquals(201, created.status());
        assertTrue(created.json().path("isNewlyCreated").asBoolean());
        db(p).createAqlFunction(name, code, new AqlFunctionCreateOptions().isDeterministic(true));
        Collection<AqlFunctionEntity> listed = db(p).getAqlFunctions(new AqlFunctionGetOptions().namespace(ns));
        assertEquals(1, listed.size());
        AqlFunctionEntity f = listed.iterator().next();
        assertEquals(name, f.getName());
        assertEquals(code, f.getCode());
        assertEquals(1, db(p).deleteAqlFunction(name, new AqlFunctionDeleteOptions()));
        assertArangoError(404, 1582, () -> db(p).deleteAqlFunction(name, new AqlFunctionDeleteOptions()));
        assertEquals("[]", send(p, Request.Method.GET, "/_api/aqlfunction/" + ns, null).json().path("result")
                .toString());
    }

    /**
     * ArangoDB 3.12 (arangod's AqlUserFunctions.cpp): a name must be namespaced and must not start with '_' (400/1580
     * "... is not a valid name"), the code must be given (400/1581 "expecting string with function definition") and
     * evaluate to a function (400/1581 "invalid user function code"); a drop name with other characters is 400/1580.
     */
    @BothProtocols
    void badUserFunctionsAreRefusedWithArangoDbsErrors(Protocol p) {
        String fn = "function (x) { return x * x; }";
        refused(p, Request.Method.POST, Map.of("name", "square", "code", fn), 1580,
                "error creating AQL user function: 'square' is not a valid name");
        refused(p, Request.Method.POST, Map.of("name", "_my::square", "code", fn), 1580,
                "error creating AQL user function: '_my::square' is not a valid name");
        refused(p, Request.Method.POST, Map.of("name", "my::square"), 1581,
                "expecting string with function definition");
        refused(p, Request.Method.POST, Map.of("name", "my::square", "code", "1 + 1"), 1581,
                "invalid user function code");
        var arrow = send(p, Request.Method.POST, "/_api/aqlfunction", Map.of("name", "my::square",
                "code", "  (x) => x * x  "));
        assertEquals(201, arrow.status(), arrow.text());
        JsonNode listed = send(p, Request.Method.GET, "/_api/aqlfunction/my", null).json().path("result");
        assertEquals("(x) => x * x", listed.path(0).path("code").asText(), "listed trimmed, as ArangoDB does");
        var e = assertArangoError(400, 1580, () -> send(p, Request.Method.DELETE, "/_api/aqlfunction/my::sq-uare",
                null));
        assertEquals("error deleting AQL user function: 'my::sq-uare' contains invalid characters",
                e.getErrorMessage());
        assertEquals(1, db(p).deleteAqlFunction("my::square", new AqlFunctionDeleteOptions()));
    }

    private void refused(Protocol p, Request.Method method, Map<String, Object> body, int errorNum, String message) {
        var e = assertArangoError(400, errorNum, () -> send(p, method, "/_api/aqlfunction", body));
        assertEquals(message, e.getErrorMessage());
    }

    /**
     * ArangoDB: calling an unregistered user function is 404/1582 "user function 'NS::F()' not found". A registered one
     * runs there (JavaScript); the sandbox answers 501/9 in one sentence instead (decision 0020).
     */
    @BothProtocols
    void callingUserFunctions(Protocol p) {
        String ns = "call" + p.name().toLowerCase().replace("_", "");
        var unknown = assertArangoError(404, 1582, () -> db(p).query("RETURN " + ns + "::nothing(1)", Object.class));
        assertEquals("user function '" + ns.toUpperCase() + "::NOTHING()' not found", unknown.getErrorMessage());
        db(p).createAqlFunction(ns + "::twice", "function (x) { return x * 2; }",
                new AqlFunctionCreateOptions().isDeterministic(true));
        if (server.isSandbox()) {
            var e = assertArangoError(501, 9, () -> db(p).query("RETURN " + ns + "::twice(21)", Object.class));
            assertTrue(e.getErrorMessage().contains("cannot run in the sandbox"), e::getErrorMessage);
        } else {
            assertEquals(42L, ((Number) db(p).query("RETURN " + ns + "::twice(21)", Object.class).next())
                    .longValue());
        }
    }

    /** ArangoDB: slow query entries carry exitCode, the errorNum the query ended with (0 when it succeeded). */
    @BothProtocols
    void slowQueriesCarryExitCode(Protocol p) throws Exception {
        send(p, Request.Method.PUT, "/_api/query/properties", Map.of("slowQueryThreshold", 0));
        try {
            send(p, Request.Method.DELETE, "/_api/query/slow", null);
            db(p).query("RETURN 1", Integer.class).close();
            assertArangoError(400, 1569, () -> db(p).query("RETURN FAIL('on purpose')", Object.class));
            JsonNode slow = send(p, Request.Method.GET, "/_api/query/slow", null).json();
            List<String> seen = new ArrayList<>();
            slow.forEach(e -> seen.add(e.path("query").asText() + " -> " + e.path("exitCode").asText("missing")));
            assertTrue(seen.contains("RETURN 1 -> 0"), seen::toString);
            assertTrue(seen.contains("RETURN FAIL('on purpose') -> 1569"), seen::toString);
        } finally {
            send(p, Request.Method.PUT, "/_api/query/properties", Map.of("slowQueryThreshold", 10));
        }
    }

    /**
     * ArangoDB (ex:RestIndexCreateGeoLocation, ...GeoLatitudeLongitude, ...NewMdi): 201 with geoJson, sparse:true,
     * bestIndexedLevel 17 / worstIndexedLevel 4 for geo; fieldValueTypes "double", estimates:false for mdi; listed
     * and dropped like any index.
     */
    @BothProtocols
    void geoAndMdiIndexDefinitions(Protocol p) {
        ArangoCollection c = fresh(p, "shapes");
        String path = "/_api/index?collection=" + c.name();
        var geo = send(p, Request.Method.POST, path, Map.of("type", "geo", "fields", List.of("loc"),
                "geoJson", true));
        assertEquals(201, geo.status(), geo.text());
        assertTrue(geo.json().path("geoJson").asBoolean());
        assertTrue(geo.json().path("sparse").asBoolean());
        assertEquals(17, geo.json().path("bestIndexedLevel").asInt());
        var latLon = send(p, Request.Method.POST, path, Map.of("type", "geo", "fields", List.of("lat", "lon")));
        assertEquals(201, latLon.status(), latLon.text());
        assertFalse(latLon.json().path("geoJson").asBoolean());
        var mdi = send(p, Request.Method.POST, path, Map.of("type", "mdi", "fields", List.of("from", "to"),
                "fieldValueTypes", "double"));
        assertEquals(201, mdi.status(), mdi.text());
        assertEquals("double", mdi.json().path("fieldValueTypes").asText());
        assertFalse(mdi.json().path("estimates").asBoolean());
        List<String> types = new ArrayList<>();
        c.getIndexes().forEach(i -> types.add(i.getType().name()));
        assertEquals(List.of("primary", "geo", "geo", "mdi"), types);
        c.deleteIndex(mdi.json().path("id").asText());
        assertEquals(3, c.getIndexes().size());
    }

    /**
     * ArangoDB (ex:RestIndexCreateNewMdiPrefixed): 201 with fields, prefixFields, fieldValueTypes "double",
     * estimates true and a selectivityEstimate; the same definition again is 200; without prefixFields 400/10. A query
     * fixing every prefix field and ranging over an mdi field is served by the index.
     */
    @BothProtocols
    void mdiPrefixedIndexes(Protocol p) throws Exception {
        ArangoCollection c = fresh(p, "prefixed");
        List<Map<String, Object>> docs = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            docs.add(Map.of("year", 2020 + i % 3, "month", 1 + i % 2, "from", (double) i, "to", (double) i + 5));
        }
        c.importDocuments(docs);
        var options = new MDPrefixedIndexOptions().prefixFields(List.of("year", "month"))
                .fieldValueTypes(MDIFieldValueTypes.DOUBLE);
        IndexEntity created = c.ensureMDPrefixedIndex(List.of("from", "to"), options);
        assertEquals(IndexType.mdiPrefixed, created.getType());
        assertEquals(List.of("from", "to"), List.copyOf(created.getFields()));
        assertEquals(List.of("year", "month"), List.copyOf(created.getPrefixFields()));
        assertEquals(Boolean.TRUE, created.getEstimates());
        assertTrue(created.getSelectivityEstimate() > 0);
        assertEquals(Boolean.FALSE, c.ensureMDPrefixedIndex(List.of("from", "to"), options).getIsNewlyCreated());
        assertArangoError(400, 10, () -> send(p, Request.Method.POST, "/_api/index?collection=" + c.name(), Map.of(
                "type", "mdi-prefixed", "fields", List.of("from"), "fieldValueTypes", "double")));
        String q = "FOR d IN " + c.name() + " FILTER d.year == 2021 && d.month == 2 && d.from >= 10 && d.from < 40"
                + " RETURN d.from";
        List<String> used = new ArrayList<>();
        for (var node : db(p).explainAqlQuery(q, Map.of(), new com.arangodb.model.ExplainAqlQueryOptions()).getPlan()
                .getNodes()) {
            if ("IndexNode".equals(node.get("type"))) {
                ((List<?>) node.get("indexes")).forEach(i -> used.add(String.valueOf(((Map<?, ?>) i).get("type"))));
            }
        }
        assertEquals(List.of("mdi-prefixed"), used);
        try (ArangoCursor<Double> rows = db(p).query(q, Double.class)) {
            // i % 3 == 1 and i % 2 == 1: i = 13, 19, 25, 31, 37
            assertEquals(List.of(13.0, 19.0, 25.0, 31.0, 37.0), rows.asListRemaining().stream().sorted().toList());
        }
    }

    /** ArangoDB serves a range filter on an mdi field with the mdi index: explain shows an IndexNode over it. */
    @BothProtocols
    void mdiIndexServesRangeFilters(Protocol p) throws Exception {
        ArangoCollection c = fresh(p, "intervals");
        List<Map<String, Object>> docs = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            docs.add(Map.of("from", (double) i, "to", (double) i + 5));
        }
        c.importDocuments(docs);
        var mdi = send(p, Request.Method.POST, "/_api/index?collection=" + c.name(), Map.of("type", "mdi",
                "fields", List.of("from", "to"), "fieldValueTypes", "double"));
        assertEquals(201, mdi.status(), mdi.text());
        String q = "FOR d IN " + c.name() + " FILTER d.from >= 10 && d.from <= 20 RETURN d.to";
        List<String> indexTypes = new ArrayList<>();
        for (var node : db(p).explainAqlQuery(q, Map.of(), new com.arangodb.model.ExplainAqlQueryOptions()).getPlan()
                .getNodes()) {
            if ("IndexNode".equals(node.get("type"))) {
                ((List<?>) node.get("indexes")).forEach(i -> indexTypes.add(String.valueOf(((Map<?, ?>) i)
                        .get("type"))));
            }
        }
        assertEquals(List.of("mdi"), indexTypes);
        try (ArangoCursor<Double> rows = db(p).query(q, Double.class)) {
            assertEquals(11, rows.asListRemaining().size());
        }
    }

    /**
     * Inverted and vector indexes need ArangoSearch, which the sandbox does not have: it answers as ArangoDB does for
     * an index type it does not offer, 400/10 "invalid index type '...'" (decision 0020).
     */
    @BothProtocols
    void invertedAndVectorIndexesAreRefused(Protocol p) {
        server.sandbox();
        ArangoCollection c = fresh(p, "novector");
        String path = "/_api/index?collection=" + c.name();
        var vector = assertArangoError(400, 10, () -> send(p, Request.Method.POST, path, Map.of("type", "vector",
                "fields", List.of("v"), "params", Map.of("metric", "cosine", "dimension", 2, "nLists", 1))));
        assertEquals("invalid index type 'vector'", vector.getErrorMessage());
        var inverted = assertArangoError(400, 10, () -> send(p, Request.Method.POST, path,
                Map.of("type", "inverted", "fields", List.of("v"))));
        assertEquals("invalid index type 'inverted'", inverted.getErrorMessage());
    }

    /**
     * ArangoDB's query results cache in mode demand: a query run with {@code cache:true} is served {@code cached:true}
     * the second time and listed in the entries; a write to its collection invalidates it; a flush empties the list.
     */
    @BothProtocols
    void queryResultsCacheCachesAndInvalidates(Protocol p) throws Exception {
        ArangoCollection c = fresh(p, "cached");
        c.insertDocument(Map.of("_key", "a", "n", 1));
        send(p, Request.Method.PUT, "/_api/query-cache/properties", Map.of("mode", "demand"));
        String query = "FOR d IN " + c.name() + " RETURN d.n";
        AqlQueryOptions cache = new AqlQueryOptions().cache(true);
        try (ArangoCursor<Long> first = db(p).query(query, Long.class, cache)) {
            assertFalse(first.isCached());
            assertEquals(List.of(1L), first.asListRemaining());
        }
        try (ArangoCursor<Long> second = db(p).query(query, Long.class, cache)) {
            assertTrue(second.isCached(), "the same query with cache:true comes from the cache");
            assertEquals(List.of(1L), second.asListRemaining());
        }
        JsonNode entries = send(p, Request.Method.GET, "/_api/query-cache/entries", null).json();
        assertTrue(entries.toString().contains(c.name()), entries::toString);
        try (ArangoCursor<Long> uncached = db(p).query(query, Long.class)) {
            assertFalse(uncached.isCached(), "mode demand: no cache:true, no cache");
        }
        c.insertDocument(Map.of("_key", "b", "n", 2));
        try (ArangoCursor<Long> after = db(p).query(query, Long.class, cache)) {
            assertFalse(after.isCached(), "a write to the collection invalidates the entry");
            assertEquals(2, after.asListRemaining().size());
        }
        assertEquals(200, send(p, Request.Method.DELETE, "/_api/query-cache", null).status());
        assertEquals("[]", send(p, Request.Method.GET, "/_api/query-cache/entries", null).json().toString());
    }

    /** The sandbox's document cache (its stand-in for ArangoDB's in-memory cache) shows in figures once used. */
    @BothProtocols
    void figuresReportTheDocumentCache(Protocol p) {
        server.sandbox();
        ArangoCollection c = fresh(p, "figs");
        c.insertDocument(Map.of("_key", "a"));
        JsonNode before = send(p, Request.Method.GET, "/_api/collection/" + c.name() + "/figures", null).json();
        assertFalse(before.path("figures").path("cacheInUse").asBoolean(), before::toString);
        c.getDocument("a", BaseDocument.class);
        JsonNode after = send(p, Request.Method.GET, "/_api/collection/" + c.name() + "/figures", null).json();
        assertTrue(after.path("figures").path("cacheInUse").asBoolean(), after::toString);
        assertTrue(after.path("figures").path("cacheUsage").asLong() > 0, after::toString);
    }
}
