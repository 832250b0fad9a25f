package io.arangoconsole.core.indexes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.arangoconsole.core.stats.PlanSummary;
import org.junit.jupiter.api.Test;

import java.time.YearMonth;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ExplainProofTest {
    private static final ProofQueries.Values VALUES = new ProofQueries.Values("2024-03", "2024-04", "processed", "t1");

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
        List<ProofQuery> queries = ProofQueries.defaults(VALUES);

        List<Measurement> before = proof.measure(queries);
        source.indexed = true;
        List<ProofRow> rows = ExplainProof.rows(queries, before, proof.measure(queries));

        assertEquals(5, rows.size());
        for (ProofRow row : rows) {
            assertTrue(row.switchedToIndex(), row.query().label());
            assertEquals(List.of("idx_1"), row.after().plan().indexes());
            assertEquals(2000 / 3.5, row.costRatio(), 1e-9);
        }
        assertEquals(Map.of("from", "2024-03", "to", "2024-04"), queries.get(2).bindVars());
        assertEquals("FOR d IN va_table SORT d.submissiondate DESC LIMIT 1 RETURN d.submissiondate",
                queries.get(0).aql());
    }

    @Test
    void theMeasuredTimeIsTheMedianOfTheRuns() {
        ScriptedSource source = new ScriptedSource();
        source.durations.addAll(List.of(9_000_000L, 2_000_000L, 4_000_000L));
        Measurement m = new ExplainProof(source, () -> source.now, 3).measure(ProofQueries.defaults(VALUES).get(0));
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
    void sampleValuesComeFromTheData() {
        YearMonth fallback = YearMonth.of(2031, 7);
        assertArrayEquals(new String[] {"2024-12", "2025-01"},
                ProofQueries.monthOf("2024-12-31T23:59:59Z", fallback), "the data's month, across a year end");
        assertArrayEquals(new String[] {"2031-07", "2031-08"}, ProofQueries.monthOf("yesterday", fallback),
                "a date that is not ISO gives the fallback month, not a month pinned in the code");
        assertArrayEquals(new String[] {"2031-07", "2031-08"}, ProofQueries.monthOf("", fallback));
        ProofSource source = new ProofSource() {
            @Override
            public PlanSummary explain(String query, Map<String, Object> bindVars) {
                throw new UnsupportedOperationException();
            }

            @Override
            public List<JsonNode> query(String query, Map<String, Object> bindVars) {
                JsonNodeFactory f = JsonNodeFactory.instance;
                return query.contains("va_table")
                        ? List.of(f.objectNode().put("s", "2023-07-04T08:00:00Z").put("st", "coded"))
                        : List.of(f.textNode("task-42"));
            }
        };
        assertEquals(new ProofQueries.Values("2023-07", "2023-08", "coded", "task-42"), ProofQueries.sample(source));
    }
}
