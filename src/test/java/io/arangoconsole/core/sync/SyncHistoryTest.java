package io.arangoconsole.core.sync;

import io.arangoconsole.settings.SyncDefaults;
import io.arangoconsole.core.connection.ConnectionTarget;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

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

    @Test
    void aRunKeepsWhatVerifyingItAgainNeedsButNeverAPassword() throws Exception {
        Path file = dir.resolve("sync-history.jsonl");
        ConnectionTarget from = new ConnectionTarget("http://old:8529", "reader", "s3cret-source", "demo",
                ConnectionTarget.Label.REPLICA);
        ConnectionTarget to = new ConnectionTarget("http://new:8529", "root", "s3cret-target", "demo",
                ConnectionTarget.Label.PRIMARY);
        SyncSpec.Source source = new SyncSpec.ArangoCollection(from, "va_table");
        SyncSpec spec = new SyncSpec(source, to, "va_copy", SyncJobConfig.defaults(SyncSpec.jobIdFor(source, to,
                "va_copy"), "created_at",
                        SyncDefaults.CHECKPOINTS).withBatchSize(250).withOnDuplicate(OnDuplicate.REPLACE));
        SyncResult run = SyncResult.of(spec.config().jobId(), source.describe(), spec.describeTarget(),
                Instant.parse("2026-11-27T01:00:00Z"), Instant.parse("2026-11-27T01:00:04Z"), 10, 10, 0,
                SyncState.SUCCEEDED, "equal", null, null, false);
        new SyncHistory(file).append(run, spec);

        String written = Files.readString(file);
        assertFalse(written.contains("s3cret"), written);
        SyncHistory.Entry entry = new SyncHistory(file).entries().get(0);
        assertEquals(run, entry.result());
        SyncSpec again = entry.spec().toSpec(t -> new ConnectionTarget(t.endpoint(), t.user(),
                t.endpoint().contains("old") ? "typed-again" : "from-profile", t.database(), t.label()), null);
        assertEquals(new SyncSpec(new SyncSpec.ArangoCollection(new ConnectionTarget("http://old:8529", "reader",
                "typed-again", "demo", ConnectionTarget.Label.REPLICA), "va_table"), new ConnectionTarget(
                "http://new:8529", "root", "from-profile", "demo", ConnectionTarget.Label.PRIMARY), "va_copy",
                SyncJobConfig.defaults(spec.config().jobId(), "created_at", SyncDefaults.CHECKPOINTS).withBatchSize(250)
                        .withOnDuplicate(OnDuplicate.REPLACE)), again);
    }

    @Test
    void aCsvRunKeepsItsFileAndColumnTypes() {
        Path file = dir.resolve("sync-history.jsonl");
        ConnectionTarget to = new ConnectionTarget("http://new:8529", "root", "", "demo",
                ConnectionTarget.Label.PRIMARY);
        SyncSpec.Source source = new SyncSpec.CsvFile(dir.resolve("export.csv"),
                new CsvOptions(java.util.Map.of("age", ColumnType.NUMBER), "id"));
        SyncSpec spec = new SyncSpec(source, to, "people", SyncJobConfig.defaults("people-job", "submissiondate",
                SyncDefaults.CHECKPOINTS));
        new SyncHistory(file).append(SyncResult.of("people-job", source.describe(), spec.describeTarget(),
                Instant.EPOCH, Instant.EPOCH, 0, 0, 0, SyncState.SUCCEEDED, null, null, null, false), spec);

        assertEquals(spec, new SyncHistory(file).entries().get(0).spec().toSpec(t -> t, null));
    }

    @Test
    void aRecordFromBeforeCheckpointPlacesGetsTheFallbackAndANewOneKeepsItsOwn() throws Exception {
        Path file = dir.resolve("sync-history.jsonl");
        ConnectionTarget to = new ConnectionTarget("http://new:8529", "root", "", "demo",
                ConnectionTarget.Label.PRIMARY);
        SyncSpec.Source source = new SyncSpec.JsonlFile(dir.resolve("in.jsonl"));
        CheckpointPlace own = new CheckpointPlace("job_marks", "synced_at");
        SyncSpec spec = new SyncSpec(source, to, "people", SyncJobConfig.defaults("job", "submissiondate", own));
        new SyncHistory(file).append(SyncResult.of("job", source.describe(), spec.describeTarget(),
                Instant.EPOCH, Instant.EPOCH, 0, 0, 0, SyncState.SUCCEEDED, null, null, null, false), spec);
        CheckpointPlace fallback = new CheckpointPlace("elsewhere", "at");
        assertEquals(own, new SyncHistory(file).entries().get(0).spec().toSpec(t -> t, fallback).config()
                .checkpoints());

        String line = java.nio.file.Files.readString(file);
        String older = line.replaceAll(",\\s*\"checkpoints\"\\s*:\\s*\\{[^}]*\\}", "");
        org.junit.jupiter.api.Assertions.assertNotEquals(line, older, "the record had its place");
        java.nio.file.Files.writeString(file, older);
        assertEquals(fallback, new SyncHistory(file).entries().get(0).spec().toSpec(t -> t, fallback).config()
                .checkpoints());
    }
}
