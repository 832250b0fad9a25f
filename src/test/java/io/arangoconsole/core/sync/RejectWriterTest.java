package io.arangoconsole.core.sync;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class RejectWriterTest {
    @TempDir
    Path dir;

    @Test
    void writesOneJsonObjectPerRejectByLineOrKeyAndAppendsOnTheNextRun() throws Exception {
        Path file = dir.resolve("rejects.jsonl");
        try (RejectWriter writer = new RejectWriter(file)) {
            writer.write(SourceRecord.reject(12, null, "malformed JSON: \"x\""));
            writer.write(0, "k1", "unique constraint violated");
        }
        try (RejectWriter writer = new RejectWriter(file)) {
            writer.write(3, null, "expected 2 fields, found 1");
            assertEquals(1, writer.count());
        }
        assertEquals(List.of("{\"line\":12,\"reason\":\"malformed JSON: \\\"x\\\"\"}",
                "{\"key\":\"k1\",\"reason\":\"unique constraint violated\"}",
                "{\"line\":3,\"reason\":\"expected 2 fields, found 1\"}"), Files.readAllLines(file));
    }

    @Test
    void aFileInADirectoryThatDoesNotExistIsRefusedAndNoDirectoryIsCreated() {
        Path file = dir.resolve("nonexistent/dir/rejects.jsonl");
        try (RejectWriter writer = new RejectWriter(file)) {
            java.io.UncheckedIOException e = org.junit.jupiter.api.Assertions.assertThrows(
                    java.io.UncheckedIOException.class, () -> writer.write(1, null, "x"));
            assertEquals("The rejects file " + file + " cannot be created: its directory does not exist.",
                    e.getMessage());
        }
        org.junit.jupiter.api.Assertions.assertFalse(Files.exists(dir.resolve("nonexistent")));
    }
}
