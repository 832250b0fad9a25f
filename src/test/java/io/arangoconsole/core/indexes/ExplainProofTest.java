package io.arangoconsole.core.indexes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.arangoconsole.core.stats.PlanSummary;
import org.junit.jupiter.api.Test;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ExplainProofTest {
    private static final List<ProofQuery> QUERIES = List.of(
            new ProofQuery("a", "orders", "FOR d IN @@c FILTER d.state == @v0 RETURN d._key",
                    Map.of("@c", "orders", "v0", "paid")),
            new ProofQuery("b", "orders", "FOR d IN @@c FILTER d.placed_at >= @from SORT d.placed_at LIMIT 100 "
                    + "RETURN d._key", Map.of("@c", "orders", "from", "2025-01-01")));

    /** A server whose plans scan until {@code indexed} is set; each run takes the next scripted duration. */
    private static final class ScriptedSource implements ProofSource {
        boolean indexed;
        final Deque<Long> durations = new ArrayDeque<>();
        long now;

        @Override
        public PlanSummary explain(String query, Map<String, Object> bindVars) {
            if (query.contains("missing_collection")) {
                throw new IllegalStateException("collection or view not found: missing_collection");
            }
            return indexed
                    ? new PlanSummary(List.of("SingletonNode", "IndexNode", "ReturnNode"), List.of("idx_1"), 3.5)
                    : new PlanSummary(List.of("SingletonNode", "EnumerateCollectionNode", "ReturnNode"), List.of(),
                    2000);
        }

        @Override
        public List<JsonNode> query(String query, Map<String, Object> bindVars) {
            now += durations.isEmpty() ? 1_000_000 : durations.poll();
            return List.of(JsonNodeFactory.instance.textNode("2024-03-01"));
        }
    }

    @Test
    void theKeyQueriesMoveFromAScanToAnIndex() {
        ScriptedSource source = new ScriptedSource();
        ExplainProof proof = new ExplainProof(source, () -> source.now, 1);
        List<ProofQuery> queries = QUERIES;

        List<Measurement> before = proof.measure(queries);
        source.indexed = true;
        List<ProofRow> rows = ExplainProof.rows(queries, before, proof.measure(queries));

        assertEquals(2, rows.size());
        for (ProofRow row : rows) {
            assertTrue(row.switchedToIndex(), row.query().label());
            assertEquals(List.of("idx_1"), row.after().plan().indexes());
            assertEquals(2000 / 3.5, row.costRatio(), 1e-9);
        }
    }

    @Test
    void theMeasuredTimeIsTheMedianOfTheRuns() {
        ScriptedSource source = new ScriptedSource();
        source.durations.addAll(List.of(9_000_000L, 2_000_000L, 4_000_000L));
        Measurement m = new ExplainProof(source, () -> source.now, 3).measure(QUERIES.get(0));
        assertEquals(4.0, m.millis());
        assertEquals(1, m.rows());
        assertNull(m.error());
    }

    @Test
    void aRefusedQueryIsReportedNotThrown() {
        ScriptedSource source = new ScriptedSource();
        Measurement m = new ExplainProof(source, () -> source.now, 1)
                .measure(new ProofQuery("x", "missing_collection", "FOR d IN missing_collection RETURN d", Map.of()));
        assertEquals("collection or view not found: missing_collection", m.error());
        assertFalse(m.usesIndex());
        assertFalse(new ProofRow(null, m, m).switchedToIndex());
    }

    @Test
    void theQueriesAreDerivedFromTheIndexAndItsFirstEntry() {
        List<String> asked = new java.util.ArrayList<>();
        ProofSource source = new ProofSource() {
            @Override
            public PlanSummary explain(String query, Map<String, Object> bindVars) {
                asked.add("explain " + query);
                return new PlanSummary(List.of("SingletonNode", "IndexNode", "ReturnNode"), List.of("idx"), 2);
            }

            @Override
            public List<JsonNode> query(String query, Map<String, Object> bindVars) {
                asked.add(query);
                return List.of(JsonNodeFactory.instance.arrayNode().add("c0000042").add("2025-03-04T10:00:00Z"));
            }
        };

        List<ProofQuery> queries = ProofQueries.forIndex(source, "orders", List.of("customer_key", "placed_at"));

        assertEquals(List.of("explain FOR d IN @@c FILTER d.customer_key != null SORT d.customer_key, d.placed_at "
                + "LIMIT 1 RETURN [d.customer_key, d.placed_at]", "FOR d IN @@c FILTER d.customer_key != null SORT "
                + "d.customer_key, d.placed_at LIMIT 1 RETURN [d.customer_key, d.placed_at]"), asked,
                "the first entry is read through the index once it exists");
        assertEquals(2, queries.size());
        assertEquals("FOR d IN orders FILTER d.customer_key == \"c0000042\" RETURN d._key", queries.get(0).label());
        assertEquals("FOR d IN @@c FILTER d.customer_key == @v0 RETURN d._key", queries.get(0).aql());
        assertEquals(Map.of("@c", "orders", "v0", "c0000042"), queries.get(0).bindVars());
        assertEquals("FOR d IN orders FILTER d.customer_key == \"c0000042\" AND d.placed_at >= "
                + "\"2025-03-04T10:00:00Z\" SORT d.placed_at LIMIT 100 RETURN d._key", queries.get(1).label());
        assertEquals(Map.of("@c", "orders", "v0", "c0000042", "from", "2025-03-04T10:00:00Z"),
                queries.get(1).bindVars());
        assertEquals(List.of(), ProofQueries.forIndex(source, "orders", List.of("items[*].sku")),
                "no plain path, no derived query");
    }
}
