package io.arangoconsole.core.sync;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SyncHistoryTest {
    @TempDir
    Path dir;

    @Test
    void finishedRunsSurviveARestartAndATornLineIsSkipped() throws Exception {
        Path file = dir.resolve("data/sync-history.jsonl");
        SyncResult run = SyncResult.of("nightly", "src", "dst", Instant.parse("2026-11-27T01:00:00Z"),
                Instant.parse("2026-11-27T01:00:04Z"), 4000, 3990, 10, SyncState.SUCCEEDED, "equal",
                new Verification(true, 3990, 3990, List.of(), "checksum"), "/tmp/r.jsonl", false);
        new SyncHistory(file).append(run);
        Files.writeString(file, "{\"jobId\":\"torn", StandardOpenOption.APPEND);

        List<SyncResult> read = new SyncHistory(file).list();

        assertEquals(List.of(run), read);
        assertEquals(1000.0, read.get(0).docsPerSecond());
        assertEquals(4000, read.get(0).durationMillis());
        assertEquals(List.of(), new SyncHistory(dir.resolve("none.jsonl")).list());
    }
}
