package io.arangoconsole.core.arango;

import io.arangoconsole.settings.SyncDefaults;
import com.arangodb.ArangoDB;
import com.arangodb.Protocol;
import com.arangodb.entity.BaseDocument;
import io.arangoconsole.core.sync.RetryPolicy;
import io.arangoconsole.core.sync.SyncJob;
import io.arangoconsole.core.sync.SyncJobConfig;
import io.arangoconsole.core.sync.SyncProgress;
import io.arangoconsole.core.sync.SyncResult;
import io.arangoconsole.core.sync.SyncState;
import io.arangoconsole.sandbox.Sandbox;
import io.arangoconsole.sandbox.SandboxConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Checkpoints that cannot lie (issue 11, item 1), sandbox to sandbox over real HTTP: a target restarted empty in the
 * middle of a run, and a target collection dropped and created again between runs, both end with every source
 * document on the target and equal checksums, and never with "equal" before that.
 */
class SyncCheckpointTrustTest {
    static final int RECORDS = 3_000;
    static final RetryPolicy QUICK = new RetryPolicy(8, Duration.ofMillis(50), Duration.ofSeconds(2));
    static Sandbox source;
    static ArangoDB sourceDriver;

    @BeforeAll
    static void start() {
        source = Sandbox.start(SandboxConfig.defaults().withRecords(RECORDS));
        sourceDriver = driver(source);
    }

    @AfterAll
    static void stop() {
        sourceDriver.shutdown();
        source.close();
    }

    private static ArangoDB driver(Sandbox sandbox) {
        return new ArangoDB.Builder().host(sandbox.host(), sandbox.port()).user("root").password("")
                .protocol(Protocol.HTTP_JSON).build();
    }

    private static SyncArangoSource vaTable() {
        return new SyncArangoSource(sourceDriver, "demo", "va_table", "submissiondate", "source/va_table", 500);
    }

    private static SyncJobConfig config(String job) {
        return SyncJobConfig.defaults(job, "submissiondate",
                SyncDefaults.CHECKPOINTS).withBatchSize(500).withRetry(QUICK);
    }

    private static void assertAccounted(SyncResult r) {
        assertTrue(r.accountedFor(), "read = written + rejected + duplicates + unchanged: " + r);
    }

    private static boolean saidEqual(List<SyncProgress> seen) {
        return seen.stream().anyMatch(p -> p.message() != null && p.message().startsWith("equal"));
    }

    @Test
    void aTargetRestartedEmptyMidRunIsNeverCalledEqualAndTheRerunCopiesWhatIsMissing() {
        Sandbox[] target = {Sandbox.start(SandboxConfig.defaults().withRecords(0))};
        int port = target[0].port();
        ArangoDB targetDriver = driver(target[0]);
        String job = "restart-" + UUID.randomUUID();
        try {
            SyncFaultyTarget restarting = new SyncFaultyTarget(new SyncArangoTarget(targetDriver, "demo", "va_table",
                    "target/va_table", SyncDefaults.CHECKPOINTS));
            restarting.beforeImport = n -> {
                if (n == 3) { // about 40 %: the server dies and comes back empty on the same port
                    target[0].close();
                    target[0] = Sandbox.start(SandboxConfig.defaults().withRecords(0).withPort(port));
                }
            };
            List<SyncProgress> firstSeen = new CopyOnWriteArrayList<>();
            SyncResult first = new SyncJob(vaTable(), restarting, config(job), firstSeen::add).run();

            assertFalse(first.verified(), first.message());
            assertTrue(first.message().startsWith("differs: source 3,000, target 2,000"), first.message());
            assertFalse(saidEqual(firstSeen), "no progress line said equal while data was missing");
            assertAccounted(first);

            List<SyncProgress> secondSeen = new CopyOnWriteArrayList<>();
            SyncResult second = new SyncJob(vaTable(), new SyncArangoTarget(targetDriver, "demo", "va_table",
                    "target/va_table", SyncDefaults.CHECKPOINTS), config(job), secondSeen::add).run();

            assertEquals(SyncState.SUCCEEDED, second.state(), second.message());
            assertTrue(second.message().startsWith("The target collection 'va_table' holds 2,000 documents, fewer "
                    + "than the 3,000 its checkpoint expects; everything missing was copied again. equal (3,000 "
                    + "documents, by checksum)"), second.message());
            assertEquals(RECORDS, second.read(), "the re-sync read the whole source");
            assertEquals(1_000, second.written(), "and wrote only what was missing");
            assertEquals(2_000, second.unchanged());
            assertAccounted(second);
            assertEquals(RECORDS, targetDriver.db("demo").collection("va_table").count().getCount());

            SyncResult third = new SyncJob(vaTable(), new SyncArangoTarget(targetDriver, "demo", "va_table",
                    "target/va_table", SyncDefaults.CHECKPOINTS), config(job), p -> { }).run();
            assertTrue(third.verified(), third.message());
            assertEquals(0, third.read(), "a trusted, complete checkpoint: incremental again");
        } finally {
            targetDriver.shutdown();
            target[0].close();
        }
    }

    @Test
    void aTargetCollectionDroppedAndCreatedAgainIsNotTrustedEvenWithTheSameCount() {
        try (Sandbox target = Sandbox.start(SandboxConfig.defaults().withRecords(0))) {
            ArangoDB targetDriver = driver(target);
            try {
                String copy = "copy_" + UUID.randomUUID().toString().substring(0, 8);
                String job = "dropped-" + copy;
                SyncArangoTarget into = new SyncArangoTarget(targetDriver, "demo", copy, "target/" + copy,
                        SyncDefaults.CHECKPOINTS);
                SyncResult first = new SyncJob(vaTable(), into, config(job), p -> { }).run();
                assertTrue(first.verified(), first.message());

                // dropped and created again, refilled with the same keys but stale contents: same count
                targetDriver.db("demo").collection(copy).drop();
                targetDriver.db("demo").createCollection(copy);
                List<BaseDocument> stale = new ArrayList<>();
                sourceDriver.db("demo").query("FOR d IN va_table RETURN d._key", String.class).forEach(k -> {
                    BaseDocument d = new BaseDocument(k);
                    d.addAttribute("stale", true);
                    stale.add(d);
                });
                targetDriver.db("demo").collection(copy).insertDocuments(stale);

                List<SyncProgress> seen = new CopyOnWriteArrayList<>();
                SyncResult second = new SyncJob(vaTable(), new SyncArangoTarget(targetDriver, "demo", copy,
                        "target/" + copy, SyncDefaults.CHECKPOINTS), config(job), seen::add).run();

                assertTrue(second.message().startsWith("The target collection '" + copy + "' is not the one the "
                        + "checkpoint was written for"), second.message());
                assertTrue(second.verified(), second.message());
                assertEquals(RECORDS, second.written(), "every stale document was rewritten");
                assertAccounted(second);

                targetDriver.db("demo").collection(copy).drop();
                targetDriver.db("demo").createCollection(copy);
                SyncResult stopped = new SyncJob(vaTable(), new SyncArangoTarget(targetDriver, "demo", copy,
                        "target/" + copy, SyncDefaults.CHECKPOINTS), config(job).withAutoResync(false), p -> { }).run();
                assertEquals(SyncState.FAILED, stopped.state());
                assertTrue(stopped.message().contains("automatic re-sync is off"), stopped.message());
                assertEquals(0, targetDriver.db("demo").collection(copy).count().getCount());
            } finally {
                targetDriver.shutdown();
            }
        }
    }
}
