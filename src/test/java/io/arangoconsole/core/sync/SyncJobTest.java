package io.arangoconsole.core.sync;

import io.arangoconsole.settings.SyncDefaults;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The engine against in-memory implementations of its own SyncSource/SyncTarget interfaces. */
class SyncJobTest {
    static final RetryPolicy FAST = new RetryPolicy(8, Duration.ofMillis(1), Duration.ofMillis(5));
    @TempDir
    Path dir;

    private static MemorySource source(int records) {
        MemorySource source = new MemorySource("submissiondate");
        for (int i = 0; i < records; i++) {
            // watermarks repeat in pairs so that _key has to break ties
            source.add(String.format("k%05d", i), String.format("2024-01-01T00:%02d:00Z", (i / 2) % 60) + i / 120, i);
        }
        return source;
    }

    private static SyncJobConfig config() {
        return SyncJobConfig.defaults("job", "submissiondate",
                SyncDefaults.CHECKPOINTS).withBatchSize(10).withRetry(FAST);
    }

    private static SyncResult run(MemorySource source, MemoryTarget target, SyncJobConfig config) {
        SyncResult result = new SyncJob(source, target, config, p -> { }).run();
        assertTrue(result.accountedFor(), "read = written + rejected + duplicates + unchanged: " + result);
        return result;
    }

    @Test
    void aCheckpointOfAnotherCollectionInstanceIsNotTrustedAndTheRunSaysWhy() {
        MemorySource source = source(40);
        MemoryTarget target = new MemoryTarget("submissiondate");
        assertTrue(run(source, target, config()).verified());
        target.instance = "memory-2"; // dropped and created again, same documents
        target.docs.get("k00005").put("n", -5);

        SyncResult stopped = run(source, target, config().withAutoResync(false));
        assertEquals(SyncState.FAILED, stopped.state());
        assertTrue(stopped.message().startsWith("The target collection 'target' is not the one the checkpoint was "
                + "written for"), stopped.message());
        assertEquals(0, stopped.read());

        SyncResult resynced = run(source, target, config());
        assertEquals(40, resynced.read(), "a full re-sync, not an incremental run reading nothing");
        assertEquals(1, resynced.written());
        assertEquals(39, resynced.unchanged());
        assertTrue(resynced.verified(), resynced.message());
        assertTrue(target.checkpoints.get("job").complete());
    }

    @Test
    void aRunWhoseVerificationDiffersLeavesTheCheckpointIncompleteAndTheNextRunResyncs() {
        MemorySource source = source(30);
        MemoryTarget target = new MemoryTarget("submissiondate");
        target.beforeImport = () -> {
            if (target.imports == 2) {
                target.docs.remove("k00001"); // someone deletes a written document during the run
            }
        };
        SyncResult first = run(source, target, config());
        assertFalse(first.verified(), first.message());
        assertTrue(first.message().startsWith("differs: source 30, target 29; first differing keys k00001"),
                first.message());
        assertFalse(target.checkpoints.get("job").complete());
        target.beforeImport = () -> { };

        SyncResult second = run(source, target, config());
        assertTrue(second.message().startsWith("The target collection 'target' holds 29 documents, fewer than the "
                + "30 its checkpoint expects"), second.message());
        assertTrue(second.verified(), second.message());
        assertEquals(30, target.docs.size());
    }

    @Test
    void fullThenIncrementalMovesOnlyNewRecordsAndASecondRunWritesNothing() {
        MemorySource source = source(95);
        MemoryTarget target = new MemoryTarget("submissiondate");

        SyncResult first = run(source, target, config());

        assertEquals(SyncState.SUCCEEDED, first.state(), first.message());
        assertEquals(95, first.read());
        assertEquals(95, first.written());
        assertEquals(95, target.docs.size());
        assertTrue(first.verified(), first.message());
        assertEquals("checksum", first.verification().method());
        assertFalse(target.docs.get("k00001").has("_id"));

        source.add("k99998", "2099-01-01", 1).add("k99999", "2099-01-02", 2);
        long importedBefore = target.importedDocuments;
        SyncResult second = run(source, target, config());

        assertEquals(2, second.read());
        assertEquals(2, second.written());
        assertEquals(2, target.importedDocuments - importedBefore);
        assertTrue(second.verified(), second.message());
        assertEquals(new Verification(true, 97, 97, List.of(), "checksum"), second.verification(),
                "the whole collection is verified, not only the two new records");

        SyncResult third = run(source, target, config());
        assertEquals(0, third.read());
        assertEquals(0, third.written());
        assertTrue(third.verified());
        Checkpoint checkpoint = target.checkpoints.get("job");
        assertEquals("k99999", checkpoint.lastKey());
        assertTrue(checkpoint.complete());
    }

    @Test
    void aFullResyncOfUnchangedDataReadsEverythingButWritesNothing() {
        MemorySource source = source(30);
        MemoryTarget target = new MemoryTarget("submissiondate");
        run(source, target, config());
        long importedBefore = target.importedDocuments;

        SyncResult again = run(source, target, config().withFull(true));

        assertEquals(30, again.read());
        assertEquals(0, again.written());
        assertEquals(importedBefore, target.importedDocuments);
        assertTrue(again.verified());
    }

    @Test
    void changedDocumentsCountAsWrittenUnchangedOnesDoNot() {
        MemorySource source = source(20);
        MemoryTarget target = new MemoryTarget("submissiondate");
        run(source, target, config());
        source.docs.get(3).put("n", 1000);

        SyncResult again = run(source, target, config().withFull(true).withOnDuplicate(OnDuplicate.REPLACE));

        assertEquals(1, again.written());
        assertEquals(1000, target.docs.get("k00003").get("n").asInt());
    }

    @Test
    void aKilledRunResumesFromItsCheckpointWithNothingLostAndNoDuplicates() {
        MemorySource source = source(100);
        MemoryTarget target = new MemoryTarget("submissiondate");
        target.failPermanentlyAtImport = 4;

        SyncResult killed = run(source, target, config());

        assertEquals(SyncState.FAILED, killed.state());
        assertTrue(killed.message().contains("collection or view not found: target"), killed.message());
        assertTrue(killed.message().contains("checkpoint stays at the last committed batch"));
        Checkpoint checkpoint = target.checkpoints.get("job");
        assertFalse(checkpoint.complete());
        assertEquals(30, checkpoint.read());
        assertEquals("k00029", checkpoint.lastKey());

        SyncResult resumed = run(source, target, config());

        assertTrue(resumed.resumed());
        assertEquals(SyncState.SUCCEEDED, resumed.state(), resumed.message());
        assertEquals(70, resumed.read());
        assertEquals(100, target.docs.size());
        assertEquals(100, target.checkpoints.get("job").read());
        assertTrue(new Verifier(FAST, m -> { }).verify(source, target,
                VerifyScope.everything("submissiondate", OnDuplicate.UPDATE)).equal());
    }

    @Test
    void transientFailuresAreRetriedAndShownInProgress() {
        MemorySource source = source(40);
        source.transientReadFailures.set(2);
        MemoryTarget target = new MemoryTarget("submissiondate");
        target.transientFailuresBeforeImport = 3;
        List<SyncProgress> seen = new CopyOnWriteArrayList<>();

        SyncResult result = new SyncJob(source, target, config(), seen::add).run();

        assertEquals(SyncState.SUCCEEDED, result.state(), result.message());
        assertEquals(40, target.docs.size());
        assertTrue(seen.stream().anyMatch(p -> p.state() == SyncState.RETRYING
                && p.message().matches("connection refused; retrying in \\d+ ms \\(3 of 8\\)\\.")), seen.toString());
        assertTrue(source.opens >= 3, "the source was reopened after its failed reads");
        assertTrue(result.verified());
    }

    @Test
    void aTargetThatStaysDownFailsTheJobAfterTheLastRetry() {
        MemorySource source = source(10);
        MemoryTarget target = new MemoryTarget("submissiondate");
        target.transientFailuresBeforeImport = 100;

        SyncResult result = run(source, target, config());

        assertEquals(SyncState.FAILED, result.state());
        assertTrue(result.message().startsWith("gave up after 8 retries: connection refused"), result.message());
    }

    @Test
    void rejectsFromTheFileAndFromTheServerGoToTheRejectFileAndTheRestGoesThrough() throws Exception {
        Path file = dir.resolve("in.jsonl");
        Files.writeString(file, "{\"_key\":\"a\",\"submissiondate\":\"2024-01-01\"}\n"
                + "{oops\n"
                + "{\"_key\":\"b\",\"refuse\":true}\n"
                + "{\"_key\":\"c\"}\n");
        Path rejects = dir.resolve("rejects.jsonl");
        MemoryTarget target = new MemoryTarget("submissiondate");

        SyncResult result = new SyncJob(new JsonlSource(file, null), target,
                config().withRejectsFile(rejects), p -> { }).run();

        assertEquals(SyncState.SUCCEEDED, result.state(), result.message());
        assertEquals(4, result.read());
        assertEquals(2, result.written());
        assertEquals(2, result.rejected());
        List<String> lines = Files.readAllLines(rejects);
        assertEquals(2, lines.size());
        assertTrue(lines.get(0).startsWith("{\"line\":2,\"reason\":\"malformed JSON"), lines.get(0));
        assertEquals("{\"line\":3,\"reason\":\"unique constraint violated\"}", lines.get(1));
        assertTrue(result.verified(), "b was refused by the target: it is in the rejects file, not missing");
        assertEquals(1, result.verification().refused());
        assertTrue(result.accountedFor(), result.toString());
    }

    @Test
    void aFileRunKilledHalfwayResumesAfterItsLastCommittedLine() throws Exception {
        Path file = dir.resolve("in.jsonl");
        StringBuilder text = new StringBuilder();
        for (int i = 1; i <= 50; i++) {
            text.append("{\"_key\":\"r").append(i).append("\",\"submissiondate\":").append(i).append("}\n");
        }
        Files.writeString(file, text);
        MemoryTarget target = new MemoryTarget("submissiondate");
        target.failPermanentlyAtImport = 3;

        assertEquals(SyncState.FAILED, new SyncJob(new JsonlSource(file, null), target, config(), p -> { })
                .run().state());
        assertEquals(20, target.checkpoints.get("job").lastLine());
        SyncResult resumed = new SyncJob(new JsonlSource(file, null), target, config(), p -> { }).run();

        assertEquals(30, resumed.read());
        assertEquals(50, target.docs.size());
        assertTrue(resumed.verified(), resumed.message());
        assertEquals(0, new SyncJob(new JsonlSource(file, null), target, config(), p -> { }).run().written());
    }

    @Test
    void cancelStopsBetweenBatchesAndTheNextRunResumes() {
        MemorySource source = source(100);
        MemoryTarget target = new MemoryTarget("submissiondate");
        SyncJob job = new SyncJob(source, target, config(), p -> { });
        target.beforeImport = () -> {
            if (target.imports == 2) {
                job.cancel();
            }
        };

        SyncResult cancelled = job.run();

        assertEquals(SyncState.CANCELLED, cancelled.state());
        assertEquals(30, cancelled.read(), "the batch being written when cancel came is finished");
        assertEquals(30, target.docs.size());
        target.beforeImport = () -> { };
        SyncResult rest = run(source, target, config());
        assertEquals(70, rest.read());
        assertEquals(100, target.docs.size());
        assertTrue(rest.verified());
    }

    @Test
    void pauseHoldsTheJobBetweenBatchesUntilResume() throws Exception {
        MemorySource source = source(50);
        MemoryTarget target = new MemoryTarget("submissiondate");
        List<SyncState> states = new CopyOnWriteArrayList<>();
        SyncJob job = new SyncJob(source, target, config(), p -> states.add(p.state()));
        target.beforeImport = () -> {
            if (target.imports == 1) {
                job.pause();
            }
        };
        Thread runner = new Thread(job::run);
        runner.start();
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (job.progress().state() != SyncState.PAUSED && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertEquals(SyncState.PAUSED, job.progress().state());
        Thread.sleep(50);
        long heldAt = target.docs.size();
        job.resume();
        runner.join(20_000);

        assertEquals(20, heldAt);
        assertEquals(50, target.docs.size());
        assertTrue(states.indexOf(SyncState.PAUSED) < states.lastIndexOf(SyncState.RUNNING));
        assertEquals(SyncState.SUCCEEDED, job.progress().state());
    }
}
