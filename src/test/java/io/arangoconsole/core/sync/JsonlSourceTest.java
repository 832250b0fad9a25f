package io.arangoconsole.core.sync;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JsonlSourceTest {
    @TempDir
    Path dir;

    private List<SourceRecord> readAll(Path file, Position after, int batch) {
        List<SourceRecord> all = new ArrayList<>();
        try (JsonlSource source = new JsonlSource(file, null)) {
            source.open(after);
            List<SourceRecord> part;
            while (!(part = source.nextBatch(batch)).isEmpty()) {
                assertTrue(part.size() <= batch);
                all.addAll(part);
            }
        }
        return all;
    }

    @Test
    void corruptLinesBecomeRejectsWithTheirLineNumbersAndTheRestGoesThrough() throws Exception {
        Path file = dir.resolve("in.jsonl");
        Files.writeString(file, "{\"_key\":\"a\",\"n\":1}\r\n"
                + "{\"_key\":\"b\",\"n\":\n"
                + "\n"
                + "[1,2]\n"
                + "{\"_key\":\"bad key\"}\r\n"
                + "{\"_key\":\"c\",\"n\":3}\n"
                + "{\"n\":4}\n"
                + "{\"_key\":5}\n", StandardCharsets.UTF_8);

        List<SourceRecord> records = readAll(file, null, 2);

        assertEquals(7, records.size());
        SourceRecord first = records.get(0);
        assertEquals(1, first.line());
        assertEquals("a", first.key());
        assertEquals(1, first.doc().get("n").asInt());
        assertEquals(2, records.get(1).line());
        assertTrue(records.get(1).rejectReason().startsWith("malformed JSON"), records.get(1).rejectReason());
        assertEquals(4, records.get(2).line());
        assertEquals("not a JSON object", records.get(2).rejectReason());
        assertEquals(5, records.get(3).line());
        assertTrue(records.get(3).rejectReason().startsWith("illegal _key 'bad key'"));
        assertEquals(6, records.get(4).line());
        assertNull(records.get(4).rejectReason());
        assertEquals("missing _key", records.get(5).rejectReason());
        assertEquals(7, records.get(5).line());
        assertTrue(records.get(6).rejectReason().contains("not a string"));
    }

    @Test
    void resumesAfterTheGivenLineAndEstimatesWhatIsLeft() throws Exception {
        Path file = dir.resolve("in.jsonl");
        StringBuilder text = new StringBuilder();
        for (int i = 1; i <= 10; i++) {
            text.append("{\"_key\":\"k").append(i).append("\"}\n");
        }
        Files.writeString(file, text);

        List<SourceRecord> rest = readAll(file, Position.ofLine(7), 4);

        assertEquals(List.of("k8", "k9", "k10"), rest.stream().map(SourceRecord::key).toList());
        assertEquals(8, rest.get(0).line());
        try (JsonlSource source = new JsonlSource(file, null)) {
            assertEquals(10, source.estimateRemaining(null));
            assertEquals(3, source.estimateRemaining(Position.ofLine(7)));
        }
    }

    @Test
    void aKeyAttributeFillsAMissingKey() throws Exception {
        Path file = dir.resolve("in.jsonl");
        Files.writeString(file, "{\"id\":17,\"x\":true}\n");
        try (JsonlSource source = new JsonlSource(file, "id")) {
            source.open(null);
            SourceRecord record = source.nextBatch(10).get(0);
            assertEquals("17", record.key());
            assertEquals("17", record.doc().get("_key").asText());
        }
    }
}
