package io.arangoconsole.core.sync;

import io.arangoconsole.settings.SyncDefaults;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.arangoconsole.core.connection.ConnectionTarget;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The job runner with in-memory ends: history, the written hook, the bound on jobs at once, early cancel. */
class SyncJobsTest {

    @TempDir
    Path dir;
    private final List<String> written = new CopyOnWriteArrayList<>();

    private static SyncSpec spec(String into) {
        ConnectionTarget t = new ConnectionTarget("http://127.0.0.1:1", "root", "", "demo",
                ConnectionTarget.Label.PRIMARY);
        return new SyncSpec(new SyncSpec.JsonlFile(Path.of("mem")), t, into,
                SyncJobConfig.defaults("job-" + into, "submissiondate", SyncDefaults.CHECKPOINTS).withBatchSize(2));
    }

    private static MemorySource source(int n) {
        MemorySource s = new MemorySource("submissiondate");
        for (int i = 0; i < n; i++) {
            s.add("k" + i, "2024-01-" + (10 + i), i);
        }
        return s;
    }

    /** Each spec's target collection names its in-memory target; sources are built fresh per call. */
    private static final class Connector implements SyncConnector {
        final java.util.Map<String, MemoryTarget> targets = new java.util.concurrent.ConcurrentHashMap<>();
        final CountDownLatch release;

        Connector(CountDownLatch release) {
            this.release = release;
        }

        @Override
        public SyncSource source(SyncSpec spec) {
            return SyncJobsTest.source(5);
        }

        @Override
        public SyncTarget target(SyncSpec spec) {
            MemoryTarget t = targets.computeIfAbsent(spec.targetCollection(), c -> new MemoryTarget("submissiondate"));
            t.beforeImport = () -> {
                try {
                    release.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            };
            return t;
        }
    }

    @Test
    void finishedRunsGoToTheHistoryAndTheHookHearsWhatWasWritten() throws Exception {
        SyncHistory history = new SyncHistory(dir.resolve("h.jsonl"));
        Connector connector = new Connector(new CountDownLatch(0));
        try (SyncJobs jobs = new SyncJobs(connector, history, written::add, 2)) {
            SyncResult first = jobs.start(spec("a"), p -> { }).result().get(30, TimeUnit.SECONDS);
            assertEquals(SyncState.SUCCEEDED, first.state(), first.message());
            assertEquals(5, first.written());
            SyncResult second = jobs.start(spec("a"), p -> { }).result().get(30, TimeUnit.SECONDS);
            assertEquals(0, second.written(), "nothing new the second time");
        }
        assertEquals(List.of("a"), written, "only the run that wrote invalidates the stats");
        assertEquals(2, history.list().size());
    }

    @Test
    void atMostTheBoundRunAtOnceAndAQueuedJobCancelledEarlyNeverStarts() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        Connector connector = new Connector(release);
        SyncHistory history = new SyncHistory(dir.resolve("h.jsonl"));
        try (SyncJobs jobs = new SyncJobs(connector, history, written::add, 1)) {
            SyncJobs.Handle running = jobs.start(spec("one"), p -> { });
            SyncJobs.Handle queued = jobs.start(spec("two"), p -> { });
            IllegalStateException twice = org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
                    () -> jobs.start(spec("one"), p -> { }), "one job twice at once would fight over its checkpoint");
            assertTrue(twice.getMessage().startsWith("This sync is already running"));
            assertEquals(SyncState.PENDING, queued.progress().state());
            queued.cancel();
            release.countDown();
            assertEquals(SyncState.SUCCEEDED, running.result().get(30, TimeUnit.SECONDS).state());
            SyncResult cancelled = queued.result().get(30, TimeUnit.SECONDS);
            assertEquals(SyncState.CANCELLED, cancelled.state());
            assertEquals("cancelled before it started", cancelled.message());
            assertTrue(!connector.targets.containsKey("two") || connector.targets.get("two").imports == 0);
            assertTrue(jobs.active().isEmpty());
        }
    }

    @Test
    void anEndThatCannotBeOpenedFailsTheRunWithItsReason() throws Exception {
        SyncConnector broken = new SyncConnector() {
            @Override
            public SyncSource source(SyncSpec spec) {
                throw new IllegalArgumentException("not an endpoint: ::");
            }

            @Override
            public SyncTarget target(SyncSpec spec) {
                return new MemoryTarget("submissiondate");
            }
        };
        try (SyncJobs jobs = new SyncJobs(broken, new SyncHistory(dir.resolve("h.jsonl")), written::add, 1)) {
            SyncResult r = jobs.start(spec("x"), p -> { }).result().get(30, TimeUnit.SECONDS);
            assertEquals(SyncState.FAILED, r.state());
            assertTrue(r.message().contains("not an endpoint"), r.message());
        }
    }
}
