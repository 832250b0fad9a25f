package io.arangoconsole.core.insight;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ShapeHistoryTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-01T00:00:30Z"), ZoneOffset.UTC);
    private static final String SERVER = "http://db1:8529";
    @TempDir
    Path dir;

    private static ObservedQuery run(ObservedQuery.Source source, String id, String query, double seconds,
                                     String started, long memory) {
        return new ObservedQuery(source, id, "db", query, Map.of("v", 1), Instant.parse(started), seconds, memory);
    }

    @Test
    void runsOfOneShapeAddUpWithPercentilesMemoryDatabasesAndTimes() throws Exception {
        ShapeHistory history = ShapeHistory.load(dir.resolve(ShapeHistory.FILE_NAME), 100, CLOCK);
        for (int i = 1; i <= 20; i++) {
            history.record(SERVER, run(ObservedQuery.Source.SLOW_LOG, "q" + i, "FOR d IN c FILTER d.x == " + i
                    + " RETURN d", i / 1000.0, "2026-01-01T00:00:" + String.format("%02d", i) + "Z", i * 100L));
        }
        history.record(SERVER, new ObservedQuery(ObservedQuery.Source.CONSOLE, null, "other", "for d in c filter "
                + "d.x == 99 return d", Map.of(), null, 0.5, -1));
        List<ShapeStats> shapes = history.shapes();
        assertEquals(1, shapes.size());
        ShapeStats s = shapes.get(0);
        assertEquals(21, s.count());
        assertEquals(11, s.p50Ms(), 1e-9);
        assertEquals(20, s.p95Ms(), 1e-9);
        assertEquals(500, s.maxMs(), 1e-9);
        assertEquals(2000, s.peakMemoryBytes());
        assertEquals(List.of("db", "other"), s.databases());
        assertEquals(Instant.parse("2026-01-01T00:00:01Z"), s.firstSeen());
        assertEquals(Instant.parse("2026-01-01T00:00:30Z"), s.lastSeen(), "the console's own run, timed by the clock");
        assertEquals("for d in c filter d.x == 99 return d", s.latestQuery());
        assertNull(s.fullScan(), "not explained yet");
    }

    @Test
    void aRunSeenAgainCountsOnceAndItsFinalRuntimeReplacesTheRunningOne() throws Exception {
        ShapeHistory history = ShapeHistory.load(dir.resolve(ShapeHistory.FILE_NAME), 100, CLOCK);
        String q = "FOR d IN c RETURN d";
        history.record(SERVER, run(ObservedQuery.Source.RUNNING, "7", q, 1, "2026-01-01T00:00:00Z", -1));
        history.record(SERVER, run(ObservedQuery.Source.RUNNING, "7", q, 2, "2026-01-01T00:00:00Z", -1));
        history.record(SERVER, run(ObservedQuery.Source.SLOW_LOG, "7", q, 5, "2026-01-01T00:00:00Z", -1));
        history.record(SERVER, run(ObservedQuery.Source.SLOW_LOG, "7", q, 5, "2026-01-01T00:00:00Z", -1));
        history.record("http://db2:8529", run(ObservedQuery.Source.SLOW_LOG, "7", q, 1, "2026-01-01T00:00:00Z",
                -1));
        List<ShapeStats> shapes = history.shapes();
        assertEquals(2, shapes.size(), "each server keeps its own shapes");
        ShapeStats db1 = shapes.stream().filter(s -> s.server().equals(SERVER)).findFirst().orElseThrow();
        assertEquals(1, db1.count());
        assertEquals(5000, db1.p95Ms(), 1e-9);
        assertEquals(5000, db1.p50Ms(), 1e-9, "the runtime seen while running is gone");
    }

    @Test
    void itSurvivesARestartStaysBoundedAndIsSearchable() throws Exception {
        Path file = dir.resolve(ShapeHistory.FILE_NAME);
        ShapeHistory history = ShapeHistory.load(file, 2, CLOCK);
        history.record(SERVER, run(ObservedQuery.Source.SLOW_LOG, "1", "FOR a IN c1 RETURN a", 1,
                "2026-01-01T00:00:01Z", -1));
        history.record(SERVER, run(ObservedQuery.Source.SLOW_LOG, "2", "FOR b IN c2 RETURN b", 1,
                "2026-01-01T00:00:02Z", -1));
        history.record(SERVER, run(ObservedQuery.Source.SLOW_LOG, "3", "FOR a IN c1 RETURN a", 1,
                "2026-01-01T00:00:03Z", -1));
        history.record(SERVER, run(ObservedQuery.Source.SLOW_LOG, "4", "FOR e IN c3 RETURN e", 1,
                "2026-01-01T00:00:04Z", -1));
        history.notePlan(SERVER, QueryShape.of("FOR e IN c3 RETURN e").id(), new QueryPlan(List.of(new PlanStep(1,
                "EnumerateCollectionNode", List.of(), 1, 1, "c3", List.of(), true, null, List.of(), null)), List.of(),
                List.of(), 1, 1, List.of(), Map.of()));
        history.save();

        ShapeHistory again = ShapeHistory.load(file, 2, CLOCK);
        List<ShapeStats> shapes = again.shapes();
        assertEquals(2, shapes.size(), "the least recently seen shape (c2) went: " + shapes);
        assertTrue(shapes.stream().noneMatch(s -> s.text().contains("c2")));
        assertEquals(2, again.search("IN C1").get(0).count());
        assertEquals(Boolean.TRUE, again.search("c3").get(0).fullScan());
        again.record(SERVER, run(ObservedQuery.Source.SLOW_LOG, "3", "FOR a IN c1 RETURN a", 1,
                "2026-01-01T00:00:03Z", -1));
        assertEquals(2, again.search("c1").get(0).count(), "runs counted before the restart are not counted again");
    }

    @Test
    void anExplainedQueryIsKeptWithItsPlanButIsWorkloadOnlyOnceItRan() throws Exception {
        ShapeHistory history = ShapeHistory.load(dir.resolve(ShapeHistory.FILE_NAME), 100, CLOCK);
        String q = "FOR d IN c FILTER d.x == 1 RETURN d";
        QueryPlan byIndex = new QueryPlan(List.of(new PlanStep(1, "IndexNode", List.of(), 1, 1, "c",
                List.of(new PlanIndex("idx_x", "persistent", List.of("x"), 1.0)), false, null, List.of(), null)),
                List.of(), List.of(), 1, 1, List.of(), Map.of());
        history.noteExplained(SERVER, new ObservedQuery(ObservedQuery.Source.CONSOLE, null, "db", q, Map.of(),
                null, 0, -1), byIndex);
        ShapeStats explained = history.shapes().get(0);
        assertEquals(0, explained.count());
        assertEquals(Boolean.FALSE, explained.fullScan());
        assertEquals(q, explained.latestQuery());
        IndexUsage usage = new IndexUsage(history.observedSince(SERVER), history.shapes());
        assertTrue(usage.of("c", "idx_x").unused(), "an index only explained is not read by the workload");

        history.record(SERVER, run(ObservedQuery.Source.SLOW_LOG, "1", q, 1, "2026-01-01T00:00:01Z", -1));
        usage = new IndexUsage(history.observedSince(SERVER), history.shapes());
        assertEquals(1, usage.of("c", "idx_x").runs(), "once it ran, the explained plan says which index it read");
    }
}
