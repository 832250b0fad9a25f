package io.arangoconsole.core.insight;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Plans as the server answers them; the fixtures follow the recorded 3.12 examples and the sandbox's answers. */
class QueryPlanParserTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    static String ref(String v, int id) {
        return "{\"type\":\"reference\",\"name\":\"" + v + "\",\"id\":" + id + "}";
    }

    static String attr(String name, String object) {
        return "{\"type\":\"attribute access\",\"name\":\"" + name + "\",\"subNodes\":[" + object + "]}";
    }

    static String cmp(String op, String left, String right) {
        return "{\"type\":\"compare " + op + "\",\"subNodes\":[" + left + "," + right + "]}";
    }

    static String val(String json) {
        return "{\"type\":\"value\",\"value\":" + json + "}";
    }

    /** FOR d IN c FILTER d.state == "x" AND d.day > "2020" AND (d.a == 1 OR d.b == 2) SORT d.day DESC LIMIT 1. */
    static final String FILTER_SORT_LIMIT = """
        {"plan": {"nodes": [
          {"type": "SingletonNode", "dependencies": [], "id": 1, "estimatedCost": 1, "estimatedNrItems": 1},
          {"type": "EnumerateCollectionNode", "dependencies": [1], "id": 2, "collection": "c",
           "outVariable": {"id": 0, "name": "d"}, "estimatedCost": 502, "estimatedNrItems": 500},
          {"type": "CalculationNode", "dependencies": [2], "id": 3, "outVariable": {"id": 1, "name": "1"},
           "expression": {"type": "logical and", "subNodes": [%s, %s, {"type": "logical or", "subNodes": [%s, %s]}]}},
          {"type": "FilterNode", "dependencies": [3], "id": 4, "inVariable": {"id": 1, "name": "1"}},
          {"type": "CalculationNode", "dependencies": [4], "id": 5, "outVariable": {"id": 2, "name": "2"},
           "expression": %s},
          {"type": "SortNode", "dependencies": [5], "id": 6, "elements": [{"inVariable": {"id": 2}, "ascending": false}]},
          {"type": "LimitNode", "dependencies": [6], "id": 7, "offset": 0, "limit": 1, "estimatedNrItems": 1},
          {"type": "ReturnNode", "dependencies": [7], "id": 8, "inVariable": {"id": 0, "name": "d"}}],
         "rules": ["sort-limit"], "estimatedCost": 6486.89, "estimatedNrItems": 1},
         "warnings": [{"code": 1562, "message": "division by zero"}]}
        """.formatted(cmp("==", attr("state", ref("d", 0)), val("\"x\"")),
            cmp(">", attr("day", ref("d", 0)), val("\"2020\"")),
            cmp("==", attr("a", ref("d", 0)), val("1")), cmp("==", attr("b", ref("d", 0)), val("2")),
            attr("day", ref("d", 0)));

    @Test
    void aScanWithFilterSortAndLimitIsReadFromThePlanAlone() throws Exception {
        QueryPlan plan = QueryPlanParser.explain(JSON.readTree(FILTER_SORT_LIMIT));
        assertEquals(8, plan.steps().size());
        assertTrue(plan.fullScan());
        assertEquals(List.of("sort-limit"), plan.rules());
        assertEquals(List.of("division by zero"), plan.warnings());
        PlanStep scan = plan.steps().get(1);
        assertTrue(scan.fullScan());
        assertEquals("c", scan.collection());
        assertEquals(500, scan.estimatedItems());
        assertEquals("(d.state == \"x\" AND d.day > \"2020\" AND (d.a == 1 OR d.b == 2))",
                plan.steps().get(3).condition());
        ScanAccess access = plan.scans().get(0);
        assertEquals(List.of("state"), access.equality());
        assertEquals(List.of("day"), access.range());
        assertEquals(List.of("day"), access.sort());
        assertEquals(List.of("a", "b"), access.orOnly());
        assertEquals(1, access.limit());
        assertEquals(500, access.documents());
    }

    @Test
    void aCountInASubqueryIsAScanWithNothingToIndex() throws Exception {
        JsonNode answer = JSON.readTree("""
            {"plan": {"nodes": [
              {"type": "SingletonNode", "dependencies": [], "id": 1},
              {"type": "SubqueryNode", "dependencies": [1], "id": 6, "subquery": {"nodes": [
                {"type": "SingletonNode", "dependencies": [], "id": 2},
                {"type": "EnumerateCollectionNode", "dependencies": [2], "id": 3, "collection": "c",
                 "outVariable": {"id": 0, "name": "d"}, "estimatedNrItems": 500},
                {"type": "ReturnNode", "dependencies": [3], "id": 5}]}},
              {"type": "ReturnNode", "dependencies": [6], "id": 8}], "rules": []}, "warnings": []}
            """);
        QueryPlan plan = QueryPlanParser.explain(answer);
        assertTrue(plan.fullScan(), "the scan hidden in the subquery counts");
        assertEquals(3, plan.steps().size());
        assertEquals(3, plan.steps().get(1).subquery().size());
        assertEquals(1, plan.scans().size());
        assertFalse(plan.scans().get(0).filtersOrSorts());
    }

    @Test
    void anIndexNodeNamesItsIndexAndFieldsAndAMovedFilterIsRead() throws Exception {
        JsonNode answer = JSON.readTree("""
            {"plan": {"nodes": [
              {"type": "SingletonNode", "dependencies": [], "id": 1},
              {"type": "IndexNode", "dependencies": [1], "id": 6, "collection": "products",
               "estimatedNrItems": 1, "estimatedCost": 4.37, "outVariable": {"id": 0, "name": "p"},
               "indexes": [{"id": "74383", "type": "persistent", "name": "idx_1", "fields": ["id"],
                            "selectivityEstimate": 1}],
               "condition": {"type": "n-ary or", "subNodes": [{"type": "n-ary and", "subNodes": [%s]}]}},
              {"type": "EnumerateCollectionNode", "dependencies": [6], "id": 7, "collection": "other",
               "outVariable": {"id": 3, "name": "o"}, "estimatedNrItems": 90,
               "filter": {"type": "n-ary and", "subNodes": [%s, %s]}},
              {"type": "ReturnNode", "dependencies": [7], "id": 8}], "rules": ["use-indexes"]}}
            """.formatted(cmp("==", attr("id", ref("p", 0)), val("25")),
                cmp("==", val("\"k\""), attr("_key", ref("o", 3))),
                cmp("==", attr("owner", ref("o", 3)), attr("id", ref("p", 0)))));
        QueryPlan plan = QueryPlanParser.explain(answer);
        PlanStep index = plan.steps().get(1);
        assertFalse(index.fullScan());
        assertEquals(List.of("idx_1"), plan.indexNames());
        assertEquals(List.of("id"), index.indexes().get(0).fields());
        assertEquals(1.0, index.indexes().get(0).selectivity());
        assertEquals("p.id == 25", index.condition());
        ScanAccess other = plan.scans().get(0);
        assertEquals(List.of("owner"), other.equality(), "_key is the primary index's; a join value is an equality");
        assertNull(plan.steps().get(0).condition());
    }

    @Test
    void aProfileAddsCallsItemsRuntimeAndPhases() throws Exception {
        JsonNode extra = JSON.readTree("""
            {"plan": {"nodes": [{"type": "SingletonNode", "dependencies": [], "id": 1},
                                {"type": "ReturnNode", "dependencies": [1], "id": 2}]},
             "stats": {"nodes": [{"id": 1, "calls": 1, "items": 1, "runtime": 0.0001},
                                 {"id": 2, "calls": 3, "items": 7, "runtime": 0.25}]},
             "profile": {"parsing": 0.001, "executing": 0.3}, "warnings": []}
            """);
        QueryPlan plan = QueryPlanParser.profile(extra);
        assertEquals(new PlanStep.NodeProfile(3, 7, 0.25), plan.steps().get(1).profile());
        assertEquals(0.3, plan.phases().get("executing"));
        assertNull(QueryPlanParser.explain(extra).steps().get(0).profile());
    }
}
