package io.arangoconsole.core.insight;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.arangoconsole.core.indexes.ExistingIndex;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The watch's query log rounds and its explains of new shapes, against a scripted server. */
class ShapeWatchTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-03T10:00:00Z"), ZoneOffset.UTC);
    private static final String QUERY = "FOR d IN c FILTER d.x == 1 RETURN d";
    @TempDir
    Path dir;

    /** A server whose query log, plans and parse errors a test sets. */
    private static final class Scripted implements InsightGateway {
        QueryLogPage log = QueryLogPage.OFF;
        List<ObservedQuery> slow = new ArrayList<>();
        QueryPlan plan;
        InsightException explainFails;
        final List<Instant> logReads = new ArrayList<>();
        int explains;

        @Override
        public String database() {
            return "db";
        }

        @Override
        public QueryPlan explain(String query, Map<String, Object> bindVars) {
            explains++;
            if (explainFails != null) {
                throw explainFails;
            }
            return plan;
        }

        @Override
        public List<String> collections() {
            return List.of("c");
        }

        @Override
        public List<ExistingIndex> indexes(String collection) {
            return List.of();
        }

        @Override
        public OptionalDouble sampleSelectivity(String collection, String attribute, int sampleSize) {
            return OptionalDouble.empty();
        }

        @Override
        public List<ObservedQuery> slowLog() {
            return slow;
        }

        @Override
        public List<ObservedQuery> running() {
            return List.of();
        }

        @Override
        public QueryLogPage queryLog(Instant since) {
            logReads.add(since);
            return log;
        }
    }

    private static ObservedQuery logged(String id, String started) {
        return new ObservedQuery(ObservedQuery.Source.QUERY_LOG, id, "db", QUERY, Map.of(), Instant.parse(started),
                0.002, 32_768);
    }

    private static QueryPlan plan(boolean scan, String index) {
        PlanStep step = new PlanStep(2, scan ? "EnumerateCollectionNode" : "IndexNode", List.of(1), 10, 10, "c",
                index == null ? List.of() : List.of(new PlanIndex(index, "persistent", List.of("x"), 1.0)), scan,
                null, List.of(), null);
        return new QueryPlan(List.of(step), List.of(), List.of(), 10, 10, List.of(), Map.of());
    }

    @Test
    void theQueryLogIsReadWhileTheServerKeepsOneFromWhereTheLastRoundStoppedAndSaidWhenItKeepsNone()
            throws Exception {
        ShapeWatch watch = new ShapeWatch(ShapeHistory.load(dir.resolve("h.json"), 100, CLOCK));
        Scripted server = new Scripted();
        server.plan = plan(true, null);
        server.log = new QueryLogPage(true, List.of(logged("1", "2026-12-03T10:00:01Z"),
                logged("2", "2026-12-03T10:00:05Z")));
        ShapeWatch.Round first = watch.poll("s", server);
        assertTrue(first.queryLog());
        assertEquals(2, first.shapes().get(0).count(), "two logged runs of one shape");
        assertEquals(Instant.parse("2026-12-03T10:00:00Z"), server.logReads.get(0), "from the observation start");
        watch.poll("s", server);
        assertEquals(Instant.parse("2026-12-03T10:00:05Z"), server.logReads.get(1), "from the latest start read");
        assertEquals(2, watch.shapes("s").get(0).count(), "a run read again is not counted again");

        server.log = QueryLogPage.OFF;
        assertFalse(watch.poll("s", server).queryLog(), "logging was switched off");
        int reads = server.logReads.size();
        for (int i = 0; i < ShapeWatch.QUERY_LOG_RECHECK_ROUNDS; i++) {
            assertFalse(watch.poll("s", server).queryLog());
        }
        assertEquals(reads, server.logReads.size(), "a log that is off is not asked for every round");
        watch.poll("s", server);
        assertEquals(reads + 1, server.logReads.size(), "but looked at again now and then");
    }

    @Test
    void aShapeThatStopsParsingKeepsItsLastPlanMarkedWithArangosMessage() throws Exception {
        ShapeWatch watch = new ShapeWatch(ShapeHistory.load(dir.resolve("h.json"), 100, CLOCK));
        Scripted server = new Scripted();
        server.slow.add(logged("1", "2026-12-03T10:00:01Z"));
        server.plan = plan(false, "idx_x");
        ShapeStats before = watch.poll("s", server).shapes().get(0);
        assertEquals(List.of("c/idx_x"), before.indexesUsed());
        assertEquals(Boolean.FALSE, before.fullScan());
        assertNull(before.planError());
        watch.poll("s", server);
        assertEquals(1, server.explains, "a shape with a current plan is not explained again");

        // the server was upgraded and its indexes changed: the shape is explained again and no longer parses
        server.explainFails = new InsightException("The server at http://db1:8529 answered with error 1501: "
                + "syntax error.", null, InsightException.QUERY_PARSE,
                "syntax error, unexpected identifier near 'x == 1' at position 1:23");
        watch.plansChanged("s");
        ShapeStats after = watch.poll("s", server).shapes().get(0);
        assertEquals("no longer parses: syntax error, unexpected identifier near 'x == 1' at position 1:23",
                after.planError());
        assertEquals(List.of("c/idx_x"), after.indexesUsed(), "the last plan is kept");
        assertEquals(Boolean.FALSE, after.fullScan());
        assertEquals(1, after.count(), "the shape is kept, not dropped");
        watch.poll("s", server);
        assertEquals(2, server.explains, "a marked shape is not explained every round");

        ShapeWatch restarted = new ShapeWatch(ShapeHistory.load(dir.resolve("h.json"), 100, CLOCK));
        assertEquals(after.planError(), restarted.shapes("s").get(0).planError(), "the mark survives a restart");
    }

    @Test
    void usageListsTheShapesReadingAnIndexAndTheRestAsUnusedSinceTheObservationBegan() throws Exception {
        ShapeWatch watch = new ShapeWatch(ShapeHistory.load(dir.resolve("h.json"), 100, CLOCK));
        Scripted server = new Scripted();
        server.slow.add(logged("1", "2026-12-03T10:00:01Z"));
        server.slow.add(logged("2", "2026-12-03T10:00:09Z"));
        server.plan = plan(false, "idx_x");
        watch.poll("s", server);
        IndexUsage usage = watch.usage("s");
        assertEquals(Instant.parse("2026-12-03T10:00:00Z"), usage.observedSince());
        IndexUsage.Use used = usage.of("c", "idx_x");
        assertEquals(1, used.shapes().size());
        assertEquals(2, used.runs());
        assertEquals(Instant.parse("2026-12-03T10:00:09Z"), used.lastSeen());
        assertFalse(used.unused());
        assertTrue(usage.of("c", "primary").unused());
        assertTrue(usage.of("other", "idx_x").shapes().isEmpty(), "an index is named with its collection");
        assertFalse(IndexUsage.NONE.of("c", "primary").unused(), "nothing observed: nothing is claimed");
    }
}
