package io.arangoconsole.core.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.arangoconsole.settings.SyncDefaults;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/**
 * Documents a cluster refuses one by one in a DB-Server failover's gap (an import spread over shards: those of a
 * leaderless shard come back as per-document errors) are sent again after a wait, never rejected.
 */
class SyncFailoverGapTest {

    @Test
    void documentsRefusedInAFailoverGapAreResentNotRejected() {
        MemorySource source = new MemorySource("submissiondate");
        for (int i = 0; i < 40; i++) {
            source.add(String.format("k%05d", i), String.format("2024-01-01T00:%02d:00Z", i), i);
        }
        MemoryTarget target = new MemoryTarget("submissiondate");
        target.failoverImports = 3;
        List<SyncProgress> seen = new CopyOnWriteArrayList<>();
        SyncJobConfig config = SyncJobConfig.defaults("job", "submissiondate", SyncDefaults.CHECKPOINTS)
                .withBatchSize(10).withRetry(SyncJobTest.FAST);

        SyncResult result = new SyncJob(source, target, config, seen::add).run();

        assertEquals(SyncState.SUCCEEDED, result.state(), result.message());
        assertEquals(40, target.docs.size(), "nothing lost");
        assertEquals(0, result.rejected(), "nothing rejected");
        assertEquals(40, result.written(), "each document written once, counted once: " + result);
        assertTrue(result.accountedFor(), result.toString());
        assertTrue(result.verified(), result.message());
        assertTrue(seen.stream().anyMatch(p -> p.state() == SyncState.RETRYING
                && p.message().startsWith("5 of 10 documents were refused while a DB-Server fails over")),
                seen.toString());
    }
}
