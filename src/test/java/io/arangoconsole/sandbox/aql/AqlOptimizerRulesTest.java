package io.arangoconsole.sandbox.aql;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.arangoconsole.sandbox.store.ApiError;
import io.arangoconsole.sandbox.store.Collection;
import io.arangoconsole.sandbox.store.IndexSpec;
import io.arangoconsole.sandbox.store.Json;
import io.arangoconsole.sandbox.store.WriteOptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Index use through a LET, OR of equalities as IN, and indexHint / forceIndexHint (1559). */
class AqlOptimizerRulesTest extends AqlTestBase {
    private static final int N = 300;
    private Collection items;

    @BeforeEach
    void data() {
        items = db.create("items", 2, false);
        for (int i = 0; i < N; i++) {
            ObjectNode d = Json.object();
            d.put("_key", "k" + i);
            d.put("a", i % 30);
            d.put("b", i);
            items.insert(d, WriteOptions.DEFAULT);
        }
        items.createIndex(new IndexSpec("persistent", List.of("a"), false, false, "by_a", true, false, List.of(),
                true, null, false));
        items.createIndex(new IndexSpec("persistent", List.of("b"), false, false, "by_b", true, false, List.of(),
                true, null, false));
    }

    private JsonNode plan(String query) {
        return engine.explain(db, query, null, false).get("plan");
    }

    private static List<String> indexNames(JsonNode plan) {
        List<String> names = new ArrayList<>();
        plan.get("nodes").forEach(n -> n.path("indexes").forEach(i -> names.add(i.get("name").asText())));
        return names;
    }

    @Test
    void aLetBetweenForAndFilterNoLongerHidesTheIndex() {
        String q = "FOR d IN items LET twice = d.b * 2 FILTER d.a == 7 RETURN twice";
        assertEquals(List.of("by_a"), indexNames(plan(q)), plan(q).toString());
        assertEquals(10, rows(q).size());
        assertEquals(10, stats(q).get("scannedIndex").asInt());
        assertEquals(0, stats(q).get("scannedFull").asInt());
    }

    @Test
    void aFilterOnTheLetStaysAFilterAndStillApplies() {
        String q = "FOR d IN items LET twice = d.b * 2 FILTER d.a == 7 FILTER twice > 400 RETURN d.b";
        assertEquals(List.of("by_a"), indexNames(plan(q)));
        List<JsonNode> out = rows(q);
        assertEquals("[217,247,277]", Json.text(Json.NODES.arrayNode().addAll(out)));
        String limited = "FOR d IN items LET twice = d.b * 2 FILTER d.a == 7 FILTER twice > 400 LIMIT 2 RETURN d.b";
        assertEquals(2, rows(limited).size(), "the LIMIT is not pushed past a filter the index does not cover");
    }

    @Test
    void orOfEqualitiesOnOneAttributeIsServedAsIn() {
        String q = "FOR d IN items FILTER d.b == 3 || d.b == 5 || d.b == 3 RETURN d.b";
        assertEquals(List.of("by_b"), indexNames(plan(q)), plan(q).toString());
        assertEquals("[3,5]", result(q));
        assertEquals(0, stats(q).get("scannedFull").asInt());
        String mixed = "FOR d IN items FILTER d.b == 3 || d.a == 5 RETURN d.b";
        assertTrue(indexNames(plan(mixed)).isEmpty(), "an OR over two attributes is not one IN");
        assertEquals(11, rows(mixed).size());
    }

    @Test
    void indexHintPicksTheNamedIndex() {
        String q = "FOR d IN items OPTIONS {indexHint: 'by_a'} FILTER d.a == 7 && d.b > 100 RETURN d.b";
        assertEquals(List.of("by_a"), indexNames(plan(q)), "by_b would be chosen without the hint");
        assertEquals(List.of("by_b"), indexNames(plan(q.replace(" OPTIONS {indexHint: 'by_a'}", ""))));
        assertEquals(6, rows(q).size());
    }

    @Test
    void anUnusableHintFallsBackUnlessForced() {
        String q = "FOR d IN items OPTIONS {indexHint: 'by_b'} FILTER d.a == 7 RETURN d.b";
        assertEquals(List.of("by_a"), indexNames(plan(q)));
        ApiError e = assertThrows(ApiError.class, () -> plan("FOR d IN items OPTIONS {indexHint: ['by_b'],"
                + " forceIndexHint: true} FILTER d.a == 7 RETURN d.b"));
        assertError(400, 1559, "could not use index hint to serve query; {\"indexHint\":{\"forced\":true,"
                + "\"lookahead\":1,\"type\":\"simple\",\"hint\":[\"by_b\"]}}", e);
        assertFalse(rows("FOR d IN items OPTIONS {indexHint: 'by_a', forceIndexHint: true} FILTER d.a == 7"
                + " RETURN d").isEmpty());
    }

    @Test
    void anMdiIndexServesRangeFiltersButNotSorts() {
        items.createIndex(IndexSpec.fromJson(json("{'type':'mdi','fields':['b','a'],'fieldValueTypes':'double',"
                + "'name':'mdi_ba'}")));
        items.dropIndex("by_b");
        String q = "FOR d IN items FILTER d.b >= 100 && d.b < 110 && d.a > 15 RETURN d.b";
        assertEquals(List.of("mdi_ba"), indexNames(plan(q)), plan(q).toString());
        assertEquals("[106,107,108,109]", result(q));
        assertEquals(0, stats(q).get("scannedFull").asInt());
        String sorted = "FOR d IN items SORT d.b LIMIT 3 RETURN d.b";
        assertTrue(indexNames(plan(sorted)).isEmpty(), "an mdi index has no order to serve a SORT");
        assertEquals("[0,1,2]", result(sorted));
    }

    @Test
    void anMdiPrefixedIndexServesRangesOnlyWhenEveryPrefixFieldIsFixed() {
        items.createIndex(IndexSpec.fromJson(json("{'type':'mdi-prefixed','fields':['b'],'prefixFields':['a'],"
                + "'fieldValueTypes':'double','name':'mdi_a_b'}")));
        items.dropIndex("by_a");
        items.dropIndex("by_b");
        String q = "FOR d IN items FILTER d.a == 7 && d.b >= 100 && d.b < 200 RETURN d.b";
        assertEquals(List.of("mdi_a_b"), indexNames(plan(q)), plan(q).toString());
        assertEquals("[127,157,187]", result(q));
        assertEquals(3, stats(q).get("scannedIndex").asInt());
        assertEquals(0, stats(q).get("scannedFull").asInt());
        JsonNode listed = plan(q).get("nodes").findValue("indexes").get(0);
        assertEquals("[\"b\"]", listed.get("fields").toString());
        assertEquals("[\"a\"]", listed.get("prefixFields").toString());
        String rangeOnly = "FOR d IN items FILTER d.b >= 100 && d.b < 103 RETURN d.b";
        assertTrue(indexNames(plan(rangeOnly)).isEmpty(), "without the prefix fixed, ArangoDB cannot use it");
        assertEquals("[100,101,102]", result(rangeOnly));
    }
}
