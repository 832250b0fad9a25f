package io.arangoconsole.ui.insight;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.arangoconsole.core.insight.InsightException;
import io.arangoconsole.core.insight.ObservedQuery;
import io.arangoconsole.core.insight.QueryOutcome;
import io.arangoconsole.core.insight.QueryPlan;
import io.arangoconsole.core.insight.QueryWorkbench;
import io.arangoconsole.ui.common.InlineTaskRunner;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WorkbenchViewModelTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Answers with fixed rows, or fails with a fixed sentence; remembers what it was asked. */
    private static final class FakeWorkbench implements QueryWorkbench {
        final List<String> asked = new ArrayList<>();
        List<JsonNode> rows = List.of();
        String failure;
        String partialError;

        @Override
        public String database() {
            return "db";
        }

        @Override
        public QueryPlan explain(String query, Map<String, Object> bindVars) {
            asked.add("explain " + query + " " + bindVars);
            return new QueryPlan(List.of(), List.of("rule"), List.of(), 1, 1, List.of(), Map.of());
        }

        @Override
        public QueryOutcome run(String query, Map<String, Object> bindVars, int rowLimit, boolean profile,
                                String tag) {
            asked.add((profile ? "profile " : "run ") + query + " " + bindVars + " " + rowLimit);
            if (failure != null) {
                throw new InsightException(failure, null);
            }
            return new QueryOutcome(rows, rows.size() >= rowLimit, 0.25, null, partialError, 2048);
        }

        @Override
        public boolean cancel(String tag) {
            return false;
        }
    }

    private final FakeWorkbench fake = new FakeWorkbench();
    private final WorkbenchViewModel model = new WorkbenchViewModel(new InlineTaskRunner(), () -> fake);

    @Test
    void aRunShowsRowsAsTableAndJsonAndReportsItselfForTheHistory() throws Exception {
        fake.rows = List.of(JSON.readTree("{\"a\": 1, \"b\": [2]}"), JSON.readTree("{\"a\": 3}"));
        List<ObservedQuery> own = new ArrayList<>();
        model.onOwnQueries(new OwnQueries() {
            @Override
            public void ran(ObservedQuery run, QueryPlan plan) {
                own.add(run);
            }

            @Override
            public void explained(ObservedQuery asked, QueryPlan plan) {
                throw new AssertionError("nothing was explained");
            }
        });
        model.queryProperty().set("FOR d IN c FILTER d.a > @min RETURN d");
        model.bindTextProperty().set("{\"min\": 0}");
        model.rowLimitProperty().set(2);
        model.run();
        assertEquals(List.of("run FOR d IN c FILTER d.a > @min RETURN d {min=0} 2"), fake.asked);
        assertEquals(List.of("a", "b"), model.columns());
        assertEquals(List.of("3", ""), model.rows().get(1).cells());
        assertTrue(model.jsonProperty().get().contains("\"b\" : [ 2 ]"), model.jsonProperty().get());
        assertEquals("2 rows (the first 2; more were not read) in 250 ms, peak memory 2\u00a0KiB.",
                model.messageProperty().get());
        assertEquals("", model.errorProperty().get());
        assertEquals(1, own.size());
        assertEquals(ObservedQuery.Source.CONSOLE, own.get(0).source());
        assertEquals(Map.of("min", 0), own.get(0).bindVars());
    }

    @Test
    void badBindVariablesAreSaidBeforeAnythingRuns() {
        model.queryProperty().set("FOR d IN c FILTER d.a == @a RETURN d");
        model.bindTextProperty().set("{\"a\": ");
        model.run();
        assertTrue(model.errorProperty().get().startsWith("The bind variables are not valid JSON (line 1"),
                model.errorProperty().get());
        model.bindTextProperty().set("{\"b\": 1}");
        model.explain();
        assertEquals("The query uses bind parameter @a but the bind variables do not give it. The bind variables "
                + "give @b, which the query does not use.", model.errorProperty().get());
        assertTrue(fake.asked.isEmpty(), "nothing was sent: " + fake.asked);
    }

    @Test
    void aSyntaxErrorKeepsTheServersSentenceAndItsPosition() {
        fake.failure = "The server at http://h answered with error 1501: AQL: syntax error, unexpected identifier "
                + "near 'd.x' at position 2:7 (while parsing).";
        model.queryProperty().set("FOR d IN c\nFILTR d.x RETURN d");
        model.run();
        assertEquals(fake.failure, model.errorProperty().get());
        assertArrayEquals(new int[] {2, 7}, model.errorPositionProperty().get());
        assertFalse(model.runningProperty().get());
    }

    @Test
    void aFailureMidWayKeepsTheRowsRead() throws Exception {
        fake.rows = List.of(JSON.readTree("1"));
        fake.partialError = "The server at http://h answered with error 1500: query killed.";
        model.queryProperty().set("FOR i IN 1..10 RETURN i");
        model.run();
        assertEquals(1, model.rows().size());
        assertEquals("The query failed after 1 rows (kept above): " + fake.partialError, model.errorProperty().get());
    }

    @Test
    void openPutsAQueryAndItsBindVariablesInTheEditorAndExplainShowsThePlan() {
        model.open("  FOR d IN c FILTER d.s == @s RETURN d  ", Map.of("s", "open"));
        assertEquals("FOR d IN c FILTER d.s == @s RETURN d", model.queryProperty().get());
        assertTrue(model.bindTextProperty().get().contains("\"s\" : \"open\""), model.bindTextProperty().get());
        model.explain();
        assertEquals(List.of("explain FOR d IN c FILTER d.s == @s RETURN d {s=open}"), fake.asked);
        assertEquals(List.of("rule"), model.planProperty().get().rules());
        assertTrue(model.planTitleProperty().get().startsWith("Explain"));
    }

    @Test
    void modifyingQueriesAreToldApart() {
        model.queryProperty().set("FOR d IN c REMOVE d IN c");
        assertTrue(model.modifiesData());
        model.queryProperty().set("FOR d IN c RETURN d");
        assertFalse(model.modifiesData());
    }

    @Test
    void withoutAConnectionNothingRuns() {
        WorkbenchViewModel offline = new WorkbenchViewModel(new InlineTaskRunner(), () -> null);
        offline.queryProperty().set("RETURN 1");
        offline.run();
        assertEquals("Not connected yet: the query runs once the console is connected.",
                offline.errorProperty().get());
        assertNull(offline.planProperty().get());
    }
}
