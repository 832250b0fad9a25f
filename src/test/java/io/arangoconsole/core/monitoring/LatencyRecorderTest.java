package io.arangoconsole.core.monitoring;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LatencyRecorderTest {
    private final AtomicLong clock = new AtomicLong(1_000_000_000_000L);
    private final LatencyRecorder recorder = new LatencyRecorder(Duration.ofMinutes(5), Duration.ofSeconds(10),
            clock::get);

    private static final long MS = 1_000_000L;

    @Test
    void percentilesFromAKnownLatencyPattern() {
        for (int i = 0; i < 100; i++) {
            recorder.record("stats.count", "replica", i % 10 == 9 ? 100 * MS : MS, false);
        }

        LatencyStats s = recorder.snapshot().get(0);

        assertEquals("stats.count", s.operation());
        assertEquals("replica", s.target());
        assertEquals(100, s.count());
        assertEquals(0, s.errors());
        // HdrHistogram keeps two significant digits: values are exact to 1 %.
        assertEquals(1, s.p50Ms(), 0.01);
        assertEquals(100, s.p95Ms(), 1);
        assertEquals(100, s.p99Ms(), 1);
        assertEquals(100, s.maxMs(), 1);
        assertTrue(s.p95Ms() > 50 * s.p50Ms(), "the slow tenth shows from p95 on");
    }

    @Test
    void operationsAndTargetsAreKeptApart() {
        recorder.record("stats.count", "primary", 5 * MS, false);
        recorder.record("stats.count", "replica", 2 * MS, false);
        recorder.record("index.create", "primary", 900 * MS, true);

        List<LatencyStats> all = recorder.snapshot();

        assertEquals(List.of("index.create/primary", "stats.count/primary", "stats.count/replica"),
                all.stream().map(s -> s.operation() + "/" + s.target()).toList());
        assertEquals(1, all.get(0).errors());
        assertEquals(1.0, all.get(0).errorRate());
        assertEquals(900, all.get(0).maxMs(), 9);
        assertEquals(5, all.get(1).maxMs(), 0.05);
        assertEquals(2, all.get(2).p99Ms(), 0.02);
    }

    @Test
    void oldRequestsLeaveTheWindow() {
        recorder.record("stats.latest", "primary", 300 * MS, true);
        clock.addAndGet(Duration.ofMinutes(3).toNanos());
        recorder.record("stats.latest", "primary", 2 * MS, false);

        LatencyStats both = recorder.snapshot().get(0);
        assertEquals(2, both.count());
        assertEquals(300, both.maxMs(), 3);

        clock.addAndGet(Duration.ofMinutes(2).plusSeconds(10).toNanos());
        LatencyStats recent = recorder.snapshot().get(0);
        assertEquals(1, recent.count());
        assertEquals(0, recent.errors());
        assertEquals(2, recent.maxMs(), 0.02);

        clock.addAndGet(Duration.ofMinutes(10).toNanos());
        LatencyStats none = recorder.snapshot().get(0);
        assertEquals(0, none.count());
        assertTrue(Double.isNaN(none.p95Ms()));
        assertTrue(none.series().keySet().stream().noneMatch(k -> k.endsWith("_ms")));
    }

    @Test
    void timeRecordsDurationAndFailures() throws Exception {
        String result = recorder.time("sync.import", "primary", () -> {
            clock.addAndGet(40 * MS);
            return "done";
        });
        assertThrows(IOException.class, () -> recorder.time("sync.import", "primary", () -> {
            clock.addAndGet(60 * MS);
            throw new IOException("connection reset");
        }));
        assertThrows(IllegalStateException.class, () -> recorder.timed("sync.import", "primary", () -> {
            throw new IllegalStateException("boom");
        }));

        LatencyStats s = recorder.snapshot().get(0);
        assertEquals("done", result);
        assertEquals(3, s.count());
        assertEquals(2, s.errors());
        assertEquals(60, s.maxMs(), 0.6);
        assertEquals(40.0, s.series().get(SeriesNames.console("sync.import", "primary", "p50_ms")), 0.4);
    }

    @Test
    void inFlightCountsRunningRequestsPerTarget() throws Exception {
        Map<String, Integer> during = recorder.time("sync.import", "primary",
                () -> recorder.timed("stats.count", "replica", recorder::inFlight));

        assertEquals(Map.of("primary", 1, "replica", 1), during);
        assertEquals(Map.of("primary", 0, "replica", 0), recorder.inFlight());
    }

    @Test
    void concurrentRecordingLosesNothing() throws Exception {
        LatencyRecorder real = new LatencyRecorder(Duration.ofSeconds(30), Duration.ofMillis(5), System::nanoTime);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> jobs = new java.util.ArrayList<>();
            for (int t = 0; t < 4; t++) {
                int thread = t;
                jobs.add(pool.submit(() -> {
                    for (int i = 0; i < 20_000; i++) {
                        real.record("q" + (i % 3), "primary", (i % 100 + 1) * 1000L, thread == 0 && i % 2 == 0);
                    }
                }));
            }
            for (int i = 0; i < 20; i++) {
                real.snapshot();
            }
            for (Future<?> job : jobs) {
                job.get(30, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }

        List<LatencyStats> all = real.snapshot();
        assertEquals(80_000, all.stream().mapToLong(LatencyStats::count).sum());
        assertEquals(10_000, all.stream().mapToLong(LatencyStats::errors).sum());
    }

    @Test
    void rejectsAnIntervalLongerThanTheWindow() {
        assertThrows(IllegalArgumentException.class,
                () -> new LatencyRecorder(Duration.ofSeconds(1), Duration.ofSeconds(10), System::nanoTime));
    }
}
