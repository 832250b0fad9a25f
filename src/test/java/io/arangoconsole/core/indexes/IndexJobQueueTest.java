package io.arangoconsole.core.indexes;

import ch.qos.logback.classic.Level;
import io.arangoconsole.testing.LogCapture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.BooleanSupplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The queue against an in-memory gateway that behaves like ArangoDB's index API (not a mock of the driver). */
class IndexJobQueueTest {
    private final ExecutorService builds = Executors.newSingleThreadExecutor();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();

    @AfterEach
    void stop() {
        builds.shutdownNow();
        timer.shutdownNow();
    }

    private IndexJobQueue queue(IndexGateway gateway) {
        return new IndexJobQueue(gateway, builds, timer, Clock.systemUTC(), Duration.ofMillis(10));
    }

    @Test
    void allMissingIndexesAreBuiltOneAtATime() throws Exception {
        InMemoryIndexGateway gateway = new InMemoryIndexGateway(false, "va_table", "ccva_results");
        IndexJobQueue queue = queue(gateway);

        queue.submitAll(List.of(IndexSpec.of("va_table", "status"),
                IndexSpec.of("va_table", "submissiondate", "status"), IndexSpec.of("ccva_results", "created_at")));

        assertTrue(queue.awaitIdle(Duration.ofSeconds(10)));
        assertEquals(List.of(IndexJob.State.DONE, IndexJob.State.DONE, IndexJob.State.DONE),
                queue.jobs().stream().map(IndexJob::state).toList());
        assertEquals(List.of(List.of("status"), List.of("submissiondate", "status")),
                gateway.snapshot().get("va_table"));
        assertEquals(1, gateway.maxConcurrentBuilds());
        assertTrue(queue.jobs().get(0).message().startsWith("Created as idx_"), queue.jobs().get(0).message());
        assertEquals(100, queue.jobs().get(2).percent());
    }

    @Test
    void anIndexThatAlreadyExistsIsReportedAsExisting() throws Exception {
        InMemoryIndexGateway gateway = new InMemoryIndexGateway(false, "va_table");
        gateway.add(ExistingIndex.persistent("va_table", "va_table/7", "by_status", List.of("status"), false, false));
        IndexJobQueue queue = queue(gateway);

        long id = queue.submit(IndexSpec.of("va_table", "status")).id();

        assertTrue(queue.awaitIdle(Duration.ofSeconds(10)));
        IndexJob job = queue.job(id).orElseThrow();
        assertEquals(IndexJob.State.EXISTING, job.state());
        assertEquals("Already exists as by_status.", job.message());
        assertEquals(1, gateway.list("va_table", true).size());
    }

    @Test
    void progressElapsedAndEtaAreShownWhileABuildRuns() throws Exception {
        InMemoryIndexGateway gateway = new InMemoryIndexGateway(true, "va_table");
        IndexJobQueue queue = queue(gateway);
        long id = queue.submit(IndexSpec.of("va_table", "submissiondate")).id();
        await(() -> gateway.building() != null);
        assertEquals(IndexJob.State.RUNNING, queue.job(id).orElseThrow().state());

        gateway.progress(40);
        await(() -> queue.job(id).orElseThrow().percent() == 40);
        IndexJob running = queue.job(id).orElseThrow();
        assertEquals(gateway.building().id(), running.indexId());
        await(() -> queue.job(id).orElseThrow().eta() != null);

        gateway.finishBuild();
        assertTrue(queue.awaitIdle(Duration.ofSeconds(10)));
        IndexJob done = queue.job(id).orElseThrow();
        assertEquals(IndexJob.State.DONE, done.state());
        assertEquals(100, done.percent());
        assertNull(done.eta());
    }

    @Test
    void cancellingAQueuedJobRemovesIt() throws Exception {
        InMemoryIndexGateway gateway = new InMemoryIndexGateway(true, "va_table");
        IndexJobQueue queue = queue(gateway);
        queue.submit(IndexSpec.of("va_table", "status"));
        long second = queue.submit(IndexSpec.of("va_table", "submissiondate")).id();
        assertEquals(IndexJob.State.QUEUED, queue.job(second).orElseThrow().state());

        assertTrue(queue.cancel(second));

        assertTrue(queue.job(second).isEmpty());
        gateway.finishBuild();
        assertTrue(queue.awaitIdle(Duration.ofSeconds(10)));
        assertEquals(List.of(List.of("status")), gateway.snapshot().get("va_table"));
        assertFalse(queue.cancel(second));
    }

    @Test
    void cancellingARunningBuildDropsTheHiddenIndexAndLeavesNone() throws Exception {
        InMemoryIndexGateway gateway = new InMemoryIndexGateway(true, "va_table");
        IndexJobQueue queue = queue(gateway);
        long id = queue.submit(IndexSpec.of("va_table", "submissiondate")).id();
        await(() -> gateway.building() != null);

        assertTrue(queue.cancel(id));
        await(() -> gateway.building() == null);
        gateway.finishBuild();

        assertTrue(queue.awaitIdle(Duration.ofSeconds(10)));
        IndexJob job = queue.job(id).orElseThrow();
        assertEquals(IndexJob.State.CANCELLED, job.state());
        assertEquals("Cancelled; the partly built index was dropped.", job.message());
        assertTrue(gateway.list("va_table", true).isEmpty());
    }

    @Test
    void aCancelWhoseDropFailsEndsSayingSoAndTheErrorIsLogged() throws Exception {
        InMemoryIndexGateway gateway = new InMemoryIndexGateway(true, "va_table").failDrops();
        IndexJobQueue queue = queue(gateway);
        try (LogCapture log = LogCapture.of(IndexJobQueue.class)) {
            long id = queue.submit(IndexSpec.of("va_table", "submissiondate")).id();
            await(() -> gateway.building() != null);
            String name = gateway.building().name();

            assertTrue(queue.cancel(id));
            await(() -> queue.job(id).orElseThrow().message().startsWith("Could not cancel"));
            gateway.finishBuild();

            assertTrue(queue.awaitIdle(Duration.ofSeconds(10)));
            IndexJob job = queue.job(id).orElseThrow();
            assertEquals(IndexJob.State.CANCELLED, job.state());
            assertEquals("Cancelled, but dropping the partial index failed: disk full (HTTP 500, error 4); drop it "
                    + "by hand (index " + name + " on va_table).", job.message());
            // other tests' queues may still be polling on their own threads: count this build's drop failure only
            assertEquals(1, log.withStackTrace(Level.WARN).stream()
                    .filter(e -> e.getFormattedMessage().startsWith("Dropping index " + job.indexId())).count(),
                    "the drop failure is logged once");
        }
    }

    @Test
    void aFinishedBuildWhoseLateDropFailsKeepsTheError() throws Exception {
        InMemoryIndexGateway gateway = new InMemoryIndexGateway(true, "va_table").failDrops();
        IndexJobQueue queue = queue(gateway);
        long id = queue.submit(IndexSpec.of("va_table", "submissiondate")).id();
        await(() -> gateway.building() != null);
        // The cancel cannot find the hidden index (the lookup fails), so the build finishes before any drop.
        gateway.failLists(true);
        assertTrue(queue.cancel(id));
        await(() -> queue.job(id).orElseThrow().message().startsWith("Cancelling, but the indexes of va_table"));
        gateway.finishBuild();

        assertTrue(queue.awaitIdle(Duration.ofSeconds(10)));
        IndexJob job = queue.job(id).orElseThrow();
        assertEquals(IndexJob.State.CANCELLED, job.state());
        assertTrue(job.message().startsWith("Cancelled, but dropping the partial index failed: disk full"),
                job.message());
        assertTrue(job.message().contains("drop it by hand"), job.message());
    }

    @Test
    void aFailingProgressLookupIsShownAndLoggedOnce() throws Exception {
        InMemoryIndexGateway gateway = new InMemoryIndexGateway(true, "va_table");
        IndexJobQueue queue = queue(gateway);
        try (LogCapture log = LogCapture.of(IndexJobQueue.class)) {
            long id = queue.submit(IndexSpec.of("va_table", "submissiondate")).id();
            await(() -> gateway.building() != null);
            gateway.failLists(true);
            await(() -> queue.job(id).orElseThrow().message().equals(
                    "Progress unknown: the indexes of va_table could not be listed: the server did not answer."));
            Thread.sleep(100); // several more polls fail meanwhile
            gateway.failLists(false);
            gateway.finishBuild();
            assertTrue(queue.awaitIdle(Duration.ofSeconds(10)));
            assertEquals(IndexJob.State.DONE, queue.job(id).orElseThrow().state());
            assertEquals(1, log.withStackTrace(Level.WARN).size(), "logged once, not once per poll");
        }
    }

    @Test
    void aUniqueIndexOverDuplicatesFailsWithOneSentence() throws Exception {
        InMemoryIndexGateway gateway = new InMemoryIndexGateway(false, "va_table")
                .withDuplicates("va_table", List.of("instanceid"));
        IndexJobQueue queue = queue(gateway);
        PlannedIndex unique = new PlannedIndex(List.of("instanceid"), true, false, null, true, false, List.of());

        long id = queue.submit(new IndexSpec("va_table", unique)).id();
        long next = queue.submit(IndexSpec.of("va_table", "status")).id();

        assertTrue(queue.awaitIdle(Duration.ofSeconds(10)));
        IndexJob job = queue.job(id).orElseThrow();
        assertEquals(IndexJob.State.FAILED, job.state());
        assertEquals("Cannot create the unique index on va_table [instanceid]: some documents share the same values.",
                job.message());
        assertEquals(IndexJob.State.DONE, queue.job(next).orElseThrow().state(), "one failure does not stop the queue");
        assertEquals(List.of(List.of("status")), gateway.snapshot().get("va_table"));
    }

    @Test
    void aMissingCollectionFailsOnlyItsJob() throws Exception {
        IndexJobQueue queue = queue(new InMemoryIndexGateway(false, "va_table"));
        long id = queue.submit(IndexSpec.of("gone", "x")).id();
        assertTrue(queue.awaitIdle(Duration.ofSeconds(10)));
        assertEquals("Cannot create the index on gone [x]: collection gone does not exist.",
                queue.job(id).orElseThrow().message());
        assertNull(queue.disabledReason());
    }

    @Test
    void aForbiddenBuildDisablesFurtherBuildsWithTheReason() throws Exception {
        IndexJobQueue queue = queue(new InMemoryIndexGateway(false, "va_table").forbidden());
        queue.submit(IndexSpec.of("va_table", "status"));
        queue.submit(IndexSpec.of("va_table", "submissiondate"));
        assertTrue(queue.awaitIdle(Duration.ofSeconds(10)));

        String reason = queue.disabledReason();
        assertEquals("Index builds are disabled: this user may not create indexes on the database (HTTP 403: "
                + "forbidden).", reason);
        assertTrue(queue.jobs().stream()
                .allMatch(j -> j.state() == IndexJob.State.FAILED && j.message().equals(reason)));
        IndexJob later = queue.submit(IndexSpec.of("va_table", "type"));
        assertEquals(IndexJob.State.FAILED, later.state());
        assertEquals(reason, later.message());
    }

    @Test
    void theSameIndexIsNotQueuedTwice() {
        IndexJobQueue queue = queue(new InMemoryIndexGateway(true, "va_table"));
        long first = queue.submit(IndexSpec.of("va_table", "status")).id();
        assertEquals(first, queue.submit(IndexSpec.of("va_table", "status")).id());
        assertEquals(1, queue.jobs().size());
    }

    @Test
    void theListenerHearsAboutEveryFinalState() throws Exception {
        InMemoryIndexGateway gateway = new InMemoryIndexGateway(false, "va_table");
        IndexJobQueue queue = queue(gateway);
        List<List<IndexJob>> heard = new CopyOnWriteArrayList<>();
        List<IndexJob> ended = new CopyOnWriteArrayList<>();
        queue.setListener(heard::add);
        queue.setBuildFinishedListener(ended::add);

        queue.submitAll(List.of(IndexSpec.of("va_table", "status"), IndexSpec.of("va_table", "type")));

        assertTrue(queue.awaitIdle(Duration.ofSeconds(10)));
        await(() -> !heard.isEmpty() && heard.get(heard.size() - 1).stream()
                .allMatch(j -> j.state() == IndexJob.State.DONE));
        assertNotNull(heard.get(0));
        await(() -> ended.size() == 2);
        assertEquals(List.of("va_table [status]", "va_table [type]"), ended.stream().map(IndexJob::describe).toList());
    }

    @Test
    void aJobSubmittedDuringShutdownFailsInsteadOfHanging() throws Exception {
        builds.shutdownNow();
        IndexJobQueue queue = queue(new InMemoryIndexGateway(false, "va_table"));
        IndexJob job = queue.submit(IndexSpec.of("va_table", "status"));
        assertEquals(IndexJob.State.FAILED, job.state());
        assertEquals("Not started: the console is shutting down.", job.message());
        assertTrue(queue.awaitIdle(Duration.ofSeconds(1)));
    }

    static void await(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not met within 10 s");
            }
            Thread.sleep(5);
        }
    }
}
