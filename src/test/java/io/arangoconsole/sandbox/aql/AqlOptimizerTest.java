package io.arangoconsole.sandbox.aql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.arangoconsole.sandbox.store.Collection;
import io.arangoconsole.sandbox.store.IndexSpec;
import io.arangoconsole.sandbox.store.Json;
import io.arangoconsole.sandbox.store.WriteOptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

/** Index choice, what explain shows for it, and honest scan statistics. */
class AqlOptimizerTest extends AqlTestBase {
    private static final int N = 200;
    private Collection va;

    @BeforeEach
    void data() {
        va = db.create("va_table", 2, false);
        for (int i = 0; i < N; i++) {
            ObjectNode d = Json.object();
            d.put("_key", "k" + i);
            d.put("submissiondate", java.time.LocalDate.of(2020, 1, 1).plusDays(i * 7L) + "T10:00:00Z");
            d.put("status", i % 10 == 0 ? "rejected" : "ok");
            d.put("n", i);
            va.insert(d, WriteOptions.DEFAULT);
        }
    }

    private void indexOn(String... fields) {
        va.createIndex(IndexSpec.persistent(List.of(fields), false, false));
    }

    private JsonNode plan(String query) {
        return engine.explain(db, query, null, false).get("plan");
    }

    private static List<String> nodeTypes(JsonNode plan) {
        List<String> types = new ArrayList<>();
        plan.get("nodes").forEach(n -> types.add(n.get("type").asText()));
        return types;
    }

    @Test
    void withoutAnIndexTheQueryScansEverything() {
        String q = "FOR d IN va_table SORT d.submissiondate DESC LIMIT 1 RETURN d.n";
        JsonNode plan = plan(q);
        assertTrue(nodeTypes(plan).contains("EnumerateCollectionNode"), plan.toString());
        assertFalse(nodeTypes(plan).contains("IndexNode"));
        assertEquals("[199]", result(q));
        JsonNode stats = stats(q);
        assertEquals(N, stats.get("scannedFull").asInt());
        assertEquals(0, stats.get("scannedIndex").asInt());
    }

    @Test
    void sortDescLimitOneReadsOneIndexEntry() {
        indexOn("submissiondate");
        String q = "FOR d IN va_table SORT d.submissiondate DESC LIMIT 1 RETURN d.n";
        JsonNode plan = plan(q);
        List<String> types = nodeTypes(plan);
        assertTrue(types.contains("IndexNode"), plan.toString());
        assertFalse(types.contains("SortNode"));
        assertFalse(types.contains("EnumerateCollectionNode"));
        JsonNode indexNode = plan.get("nodes").get(types.indexOf("IndexNode"));
        assertEquals("submissiondate", indexNode.at("/indexes/0/fields/0").asText());
        assertEquals("persistent", indexNode.at("/indexes/0/type").asText());
        assertFalse(indexNode.at("/indexes/0/id").asText().contains("/"));
        assertFalse(indexNode.get("ascending").asBoolean(), "descending, said as ArangoDB 3.12 does");
        assertTrue(plan.get("rules").toString().contains("use-index-for-sort"));
        assertEquals("[199]", result(q));
        JsonNode stats = stats(q);
        assertEquals(1, stats.get("scannedIndex").asInt());
        assertEquals(0, stats.get("scannedFull").asInt());
    }

    @Test
    void indexPlanIsFarCheaperThanFullScan() {
        String q = "FOR d IN va_table SORT d.submissiondate DESC LIMIT 1 RETURN d";
        double full = plan(q).get("estimatedCost").asDouble();
        indexOn("submissiondate");
        double indexed = plan(q).get("estimatedCost").asDouble();
        assertTrue(indexed * 10 < full, indexed + " vs " + full);
    }

    @Test
    void equalityAndRangeFiltersUseTheIndex() {
        indexOn("status", "n");
        String q = "FOR d IN va_table FILTER d.status == 'rejected' AND d.n >= 50 AND d.n < 100 RETURN d.n";
        JsonNode plan = plan(q);
        assertTrue(nodeTypes(plan).contains("IndexNode"), plan.toString());
        assertTrue(plan.get("rules").toString().contains("use-indexes"));
        assertEquals("[50,60,70,80,90]", result(q));
        JsonNode stats = stats(q);
        assertEquals(5, stats.get("scannedIndex").asInt());
        assertEquals(0, stats.get("scannedFull").asInt());
        assertEquals(0, stats.get("filtered").asInt());
    }

    @Test
    void bindParametersAndConstantLetsServeAsBounds() {
        indexOn("n");
        assertEquals("[3,4]", result("LET lo = 3 FOR d IN va_table FILTER d.n >= lo && d.n <= @hi RETURN d.n",
                binds("{'hi':4}")));
        try (QueryRun run = start("FOR d IN va_table FILTER d.n IN [7, 5, 99999] SORT d.n RETURN d.n", null)) {
            List<JsonNode> out = new ArrayList<>();
            run.forEachRemaining(out::add);
            assertEquals("[5, 7]", out.toString());
            assertEquals(2, run.extra().at("/stats/scannedIndex").asInt());
        }
    }

    @Test
    void joinConditionsOnOuterVariablesUseTheIndex() {
        indexOn("n");
        String q = "FOR x IN [3, 150] FOR d IN va_table FILTER d.n == x RETURN d._key";
        assertTrue(nodeTypes(plan(q)).contains("IndexNode"));
        assertEquals("['k3','k150']", result(q));
        assertEquals(2, stats(q).get("scannedIndex").asInt());
        assertEquals(0, stats(q).get("scannedFull").asInt());
    }

    @Test
    void keyLookupsUseThePrimaryIndex() {
        String q = "FOR d IN va_table FILTER d._key == 'k7' RETURN d.n";
        JsonNode plan = plan(q);
        assertEquals("primary", plan.at("/nodes/1/indexes/0/type").asText(), plan.toString());
        assertEquals("[7]", result(q));
        assertEquals(1, stats(q).get("scannedIndex").asInt());
        assertEquals("[8,9]", result("FOR d IN va_table FILTER d._key IN ['k8', 'k9', 'nope'] SORT d.n RETURN d.n"));
    }

    @Test
    void onlyTheAttributesUsedAreExtracted() {
        JsonNode plan = plan("FOR d IN va_table FILTER d.n < 3 RETURN {n: d.n, s: d.status}");
        assertEquals("[\"n\",\"status\"]", plan.at("/nodes/1/projections").toString());
        assertTrue(plan.get("rules").toString().contains("reduce-extraction-to-projection"));
        assertEquals("[{'n':0,'s':'rejected'},{'n':1,'s':'ok'},{'n':2,'s':'ok'}]",
                result("FOR d IN va_table FILTER d.n < 3 RETURN {n: d.n, s: d.status}"));
        assertEquals("[]", plan("FOR d IN va_table RETURN d").at("/nodes/1/projections").toString());
        assertEquals(6, rows("FOR d IN va_table FILTER d.n == 1 RETURN d").get(0).size());
    }

    @Test
    void residualFiltersStillApplyAndCount() {
        indexOn("n");
        String q = "FOR d IN va_table FILTER d.n < 20 FILTER d.status == 'rejected' RETURN d.n";
        assertEquals("[0,10]", result(q));
        JsonNode stats = stats(q);
        assertEquals(20, stats.get("scannedIndex").asInt());
        assertEquals(18, stats.get("filtered").asInt());
    }

    @Test
    void filterOnUnindexedFieldScansAndCountsFiltered() {
        indexOn("submissiondate");
        String q = "FOR d IN va_table FILTER d.status == 'rejected' RETURN d.n";
        assertTrue(nodeTypes(plan(q)).contains("EnumerateCollectionNode"));
        JsonNode stats = stats(q);
        assertEquals(N, stats.get("scannedFull").asInt());
        assertEquals(N - 20, stats.get("filtered").asInt());
    }

    @Test
    void naiveCountScansWhileLengthOfCollectionDoesNot() {
        assertEquals("[200]", result("LET totalCount = LENGTH(FOR doc IN va_table RETURN 1) RETURN totalCount"));
        assertEquals(N, stats("LET totalCount = LENGTH(FOR doc IN va_table RETURN 1) RETURN totalCount")
                .get("scannedFull").asInt());
        assertEquals("[200]", result("FOR d IN va_table COLLECT WITH COUNT INTO n RETURN n"));
        assertEquals(0, stats("RETURN LENGTH(va_table)").get("scannedFull").asInt());
    }

    @Test
    void explainDescribesNodesCollectionsAndVariables() {
        JsonNode answer = engine.explain(db, "FOR d IN va_table FILTER d.n > 5 RETURN d", null, false);
        JsonNode plan = answer.get("plan");
        assertEquals(List.of("SingletonNode", "EnumerateCollectionNode", "CalculationNode", "FilterNode",
                "ReturnNode"), nodeTypes(plan));
        for (JsonNode n : plan.get("nodes")) {
            assertTrue(n.has("id") && n.has("dependencies") && n.has("estimatedCost") && n.has("estimatedNrItems"));
        }
        assertEquals("[{\"name\":\"va_table\",\"type\":\"read\"}]", plan.get("collections").toString());
        assertTrue(plan.get("variables").toString().contains("\"name\":\"d\""));
        assertFalse(plan.get("isModificationQuery").asBoolean());
        assertEquals(1, answer.at("/stats/plansCreated").asInt());
        assertTrue(engine.explain(db, "RETURN 1", null, true).has("plans"));
    }

    @Test
    void fullCountCountsRowsBeforeTheLastLimit() {
        try (QueryRun run = engine.start(db, new QueryRequest("FOR d IN va_table FILTER d.n < 50 LIMIT 2 RETURN d.n",
                null, false, true, 0, 0, "root"))) {
            run.forEachRemaining(x -> { });
            assertEquals(50, run.extra().at("/stats/fullCount").asInt());
        }
    }

    @Test
    void profileAddsPhasesAndNodeStats() {
        try (QueryRun run = engine.start(db, new QueryRequest("FOR d IN va_table LIMIT 3 RETURN d.n",
                null, false, false, 2, 0, "root"))) {
            run.forEachRemaining(x -> { });
            ObjectNode extra = run.extra();
            assertTrue(extra.at("/profile").has("executing"));
            assertTrue(extra.has("plan"));
            assertTrue(extra.at("/stats/nodes").size() >= 3);
        }
    }
}
