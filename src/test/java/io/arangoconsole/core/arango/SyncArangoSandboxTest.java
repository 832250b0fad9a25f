package io.arangoconsole.core.arango;

import io.arangoconsole.settings.SyncDefaults;
import com.arangodb.ArangoDB;
import com.arangodb.Protocol;
import com.arangodb.entity.BaseDocument;
import com.arangodb.model.PersistentIndexOptions;
import com.fasterxml.jackson.databind.JsonNode;
import io.arangoconsole.core.sync.CsvOptions;
import io.arangoconsole.core.sync.CsvSource;
import io.arangoconsole.core.sync.JsonlSource;
import io.arangoconsole.core.sync.OnDuplicate;
import io.arangoconsole.core.sync.RetryPolicy;
import io.arangoconsole.core.sync.SyncFailure;
import io.arangoconsole.core.sync.SyncJob;
import io.arangoconsole.core.sync.SyncJobConfig;
import io.arangoconsole.core.sync.SyncProgress;
import io.arangoconsole.core.sync.SyncResult;
import io.arangoconsole.core.sync.SyncState;
import io.arangoconsole.core.sync.Verification;
import io.arangoconsole.core.sync.Verifier;
import io.arangoconsole.core.sync.VerifyScope;
import io.arangoconsole.sandbox.Sandbox;
import io.arangoconsole.sandbox.SandboxConfig;
import io.arangoconsole.sandbox.faults.Faults;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Sync jobs sandbox to sandbox over real HTTP with the real driver. */
class SyncArangoSandboxTest {
    static final int RECORDS = 2_500;
    static final String DB = "demo";
    static final RetryPolicy QUICK = new RetryPolicy(8, Duration.ofMillis(50), Duration.ofSeconds(2));
    static Sandbox source;
    static Sandbox target;
    static ArangoDB sourceDriver;
    static ArangoDB targetDriver;
    @TempDir
    Path dir;

    @BeforeAll
    static void start() {
        source = Sandbox.start(SandboxConfig.defaults().withRecords(RECORDS));
        target = Sandbox.start(SandboxConfig.defaults().withRecords(0));
        sourceDriver = driver(source);
        targetDriver = driver(target);
    }

    @AfterAll
    static void stop() {
        sourceDriver.shutdown();
        targetDriver.shutdown();
        source.close();
        target.close();
    }

    private static ArangoDB driver(Sandbox sandbox) {
        return new ArangoDB.Builder().host(sandbox.host(), sandbox.port()).user("root").password("")
                .protocol(Protocol.HTTP_JSON).build();
    }

    private static String unique(String prefix) {
        return prefix + "_" + UUID.randomUUID().toString().substring(0, 8);
    }

    private SyncArangoSource vaTable() {
        return new SyncArangoSource(sourceDriver, DB, "va_table", "submissiondate", "source/va_table", 500);
    }

    private SyncArangoTarget into(String collection) {
        return new SyncArangoTarget(targetDriver, DB, collection, "target/" + collection, SyncDefaults.CHECKPOINTS);
    }

    private static SyncJobConfig config(String job) {
        return SyncJobConfig.defaults(job, "submissiondate",
                SyncDefaults.CHECKPOINTS).withBatchSize(500).withRetry(QUICK);
    }

    private static Verification verifyAll(SyncArangoSource from, SyncArangoTarget to) {
        return new Verifier(QUICK, m -> { }).verify(from, to,
                VerifyScope.everything("submissiondate", OnDuplicate.UPDATE));
    }

    @Test
    void aSourceWithoutAnIndexForItsOrderSaysSoWhileTheJobRuns() {
        String copy = unique("va_note");
        List<SyncProgress> seen = new CopyOnWriteArrayList<>();
        SyncArangoSource unindexed = new SyncArangoSource(sourceDriver, DB, "ccva_results", "created_at",
                "source/ccva_results", 500);

        String job = unique("job");
        List<SyncProgress> first = new CopyOnWriteArrayList<>();
        SyncResult full = new SyncJob(unindexed, into(copy), config(job).withWatermark("created_at"),
                first::add).run();
        SyncResult run = new SyncJob(unindexed, into(copy), config(job).withWatermark("created_at"),
                seen::add).run();

        assertEquals(SyncState.SUCCEEDED, full.state(), full.message());
        assertTrue(first.stream().anyMatch(p -> p.state() == SyncState.RUNNING
                        && "full copy in _key order (primary index, nothing sorted)".equals(p.message())),
                first.stream().map(SyncProgress::message).distinct().toList().toString());
        assertEquals(SyncState.SUCCEEDED, run.state(), run.message());
        assertTrue(seen.stream().anyMatch(p -> p.state() == SyncState.RUNNING && p.message() != null
                        && p.message().startsWith("incremental: records after created_at = ")
                        && p.message().contains("the source has no index on [created_at, _key]")),
                seen.stream().map(SyncProgress::message).distinct().toList().toString());

        sourceDriver.db(DB).collection("ccva_results").ensurePersistentIndex(List.of("created_at", "_key"),
                new com.arangodb.model.PersistentIndexOptions());
        assertEquals(null, unindexed.readNote(), "with the index the read starts at once");
    }

    @Test
    void fullThenIncrementalMovesOnlyTheNewRecordsIntoACreatedCollection() {
        String copy = unique("va_copy");
        String job = unique("job");

        SyncResult full = new SyncJob(vaTable(), into(copy), config(job), p -> { }).run();

        assertEquals(SyncState.SUCCEEDED, full.state(), full.message());
        assertEquals(RECORDS, full.read());
        assertEquals(RECORDS, full.written());
        assertTrue(full.verified(), full.message());
        assertEquals("checksum", full.verification().method());
        JsonNode checkpoint = targetDriver.db(DB).collection("system_configs")
                .getDocument("sync-" + job, JsonNode.class);
        assertEquals("sync", checkpoint.get("type").asText());
        assertTrue(checkpoint.hasNonNull("last_sync_date"));

        String newKey = unique("new");
        BaseDocument fresh = new BaseDocument(newKey);
        fresh.addAttribute("submissiondate", "2099-12-31T00:00:00.000Z");
        sourceDriver.db(DB).collection("va_table").insertDocument(fresh);
        SyncResult incremental = new SyncJob(vaTable(), into(copy), config(job), p -> { }).run();

        assertEquals(1, incremental.read());
        assertEquals(1, incremental.written());
        assertTrue(incremental.verified(), incremental.message());
        assertEquals(RECORDS + 1, targetDriver.db(DB).collection(copy).count().getCount());

        SyncResult nothingNew = new SyncJob(vaTable(), into(copy), config(job), p -> { }).run();
        assertEquals(0, nothingNew.written());
        sourceDriver.db(DB).collection("va_table").deleteDocument(newKey);
    }

    @Test
    void aKilledRunResumesWithNothingLostAndNoDuplicates() {
        String copy = unique("va_copy");
        String job = unique("job");
        SyncFaultyTarget dying = new SyncFaultyTarget(into(copy));
        dying.beforeSave = n -> {
            if (n == 3) { // the third batch is imported, its checkpoint never stored: as if the process died
                throw new SyncFailure("process killed", false, null);
            }
        };

        SyncResult killed = new SyncJob(vaTable(), dying, config(job), p -> { }).run();

        assertEquals(SyncState.FAILED, killed.state());
        assertEquals(1500, targetDriver.db(DB).collection(copy).count().getCount());
        SyncResult resumed = new SyncJob(vaTable(), into(copy), config(job), p -> { }).run();

        assertTrue(resumed.resumed());
        assertEquals(SyncState.SUCCEEDED, resumed.state(), resumed.message());
        assertEquals(RECORDS - 1000, resumed.read(), "resumed after the last stored checkpoint");
        assertEquals(RECORDS - 1500, resumed.written(), "the replayed batch was already there");
        assertEquals(RECORDS, targetDriver.db(DB).collection(copy).count().getCount());
        assertTrue(verifyAll(vaTable(), into(copy)).equal());
    }

    @Test
    void theTargetRestartingMidRunIsRetriedAndNothingIsLost() throws Exception {
        String copy = unique("va_copy");
        SyncFaultyTarget restarting = new SyncFaultyTarget(into(copy));
        Thread[] restarter = new Thread[1];
        java.util.concurrent.CountDownLatch refused = new java.util.concurrent.CountDownLatch(1);
        restarting.beforeImport = n -> {
            if (n == 2) {
                target.stop();
                // back once the job has seen the refusal and announced its retry, however slow the machine is
                restarter[0] = new Thread(() -> {
                    try {
                        if (refused.await(60, java.util.concurrent.TimeUnit.SECONDS)) {
                            target.restart();
                        }
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                });
                restarter[0].start();
            }
        };
        List<SyncProgress> seen = new CopyOnWriteArrayList<>();
        java.util.function.Consumer<SyncProgress> progress = p -> {
            seen.add(p);
            if (p.state() == SyncState.RETRYING) {
                refused.countDown();
            }
        };

        SyncResult result = new SyncJob(vaTable(), restarting, config(unique("job")), progress).run();
        refused.countDown();
        restarter[0].join();
        target.restart(); // harmless when already listening; keeps the other tests' target up whatever happened

        assertEquals(SyncState.SUCCEEDED, result.state(), result.message());
        assertTrue(seen.stream().anyMatch(p -> p.state() == SyncState.RETRYING
                && p.message().startsWith("Cannot reach the target at ")
                && p.message().contains("; retrying in ") && p.message().endsWith("(1 of 8).")), seen.toString());
        assertEquals(RECORDS, result.written());
        assertTrue(result.verified(), result.message());
    }

    @Test
    void unavailableAnswersFromTheTargetAreRetriedUntilTheJobIsDone() {
        String copy = unique("va_copy");
        List<SyncProgress> seen = new CopyOnWriteArrayList<>();
        // errorNum 0, not 503: the driver would retry a 503/503 itself, and this test is about the job's retries
        target.faults().failRequests(0.3, new Faults.Failure(503, 0, "service unavailable"));
        SyncResult result;
        try {
            result = new SyncJob(vaTable(), into(copy), config(unique("job")).withVerify(false), seen::add).run();
        } finally {
            target.faults().reset();
        }

        assertEquals(SyncState.SUCCEEDED, result.state(), result.message());
        assertEquals(RECORDS, result.written());
        assertTrue(seen.stream().anyMatch(p -> p.state() == SyncState.RETRYING
                && p.message().contains("is unavailable (503); retrying in ")), seen.toString());
        assertTrue(verifyAll(vaTable(), into(copy)).equal());
    }

    @Test
    void cancelStopsTheRunAndTheNextRunFinishesIt() {
        String copy = unique("va_copy");
        String job = unique("job");
        SyncFaultyTarget cancelling = new SyncFaultyTarget(into(copy));
        SyncJob first = new SyncJob(vaTable(), cancelling, config(job), p -> { });
        cancelling.beforeImport = n -> {
            if (n == 2) {
                first.cancel();
            }
        };

        SyncResult cancelled = first.run();

        assertEquals(SyncState.CANCELLED, cancelled.state());
        assertEquals(1000, targetDriver.db(DB).collection(copy).count().getCount());
        SyncResult rest = new SyncJob(vaTable(), into(copy), config(job), p -> { }).run();
        assertEquals(RECORDS - 1000, rest.read());
        assertTrue(rest.verified(), rest.message());
    }

    @Test
    void corruptFilesAndServerRefusalsGoToTheRejectFileWithTheirLines() throws Exception {
        String people = unique("people");
        into(people).prepare();
        targetDriver.db(DB).collection(people).ensurePersistentIndex(List.of("email"),
                new PersistentIndexOptions().unique(true));
        Path jsonl = dir.resolve("people.jsonl");
        Files.writeString(jsonl, "{\"_key\":\"p1\",\"email\":\"a@x\",\"submissiondate\":\"2024-01-01\"}\n"
                + "{\"_key\":\"p2\",\"email\":\"b@x\"\n"
                + "{\"_key\":\"p 3\",\"email\":\"c@x\"}\r\n"
                + "{\"_key\":\"p4\",\"email\":\"a@x\"}\n"
                + "{\"_key\":\"p5\",\"email\":\"e@x\"}\n");
        Path csv = dir.resolve("people.csv");
        Files.writeString(csv, "_key,email,age\r\nc1,\"c1@x\",30\r\nc2,\"multi\nline@x\",31\r\nc3,c3@x\r\n"
                + "c4,c4@x,33\r\n");
        Path jsonlRejects = dir.resolve("jsonl-rejects.jsonl");
        Path csvRejects = dir.resolve("csv-rejects.jsonl");

        SyncResult fromJsonl = new SyncJob(new JsonlSource(jsonl, null), into(people),
                config(unique("j")).withRejectsFile(jsonlRejects), p -> { }).run();
        SyncResult fromCsv = new SyncJob(new CsvSource(csv, CsvOptions.defaults()), into(people),
                config(unique("c")).withRejectsFile(csvRejects), p -> { }).run();

        assertEquals(2, fromJsonl.written());
        assertEquals(3, fromJsonl.rejected());
        List<String> lines = Files.readAllLines(jsonlRejects);
        assertTrue(lines.get(0).startsWith("{\"line\":2,\"reason\":\"malformed JSON"), lines.get(0));
        assertTrue(lines.get(1).startsWith("{\"line\":3,\"reason\":\"illegal _key 'p 3'"), lines.get(1));
        assertTrue(lines.get(2).startsWith("{\"line\":4,\"reason\":\"creating document failed with error "
                + "'unique constraint violated"), lines.get(2));
        assertEquals(3, fromCsv.written());
        assertEquals(List.of("{\"line\":5,\"reason\":\"expected 3 fields, found 2\"}"),
                Files.readAllLines(csvRejects));
        assertEquals("multi\nline@x", targetDriver.db(DB).collection(people).getDocument("c2", JsonNode.class)
                .get("email").asText());
    }
}
