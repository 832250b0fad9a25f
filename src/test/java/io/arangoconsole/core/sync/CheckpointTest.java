package io.arangoconsole.core.sync;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CheckpointTest {

    @Test
    void roundTripsThroughItsSystemConfigsDocument() {
        Instant at = Instant.parse("2026-11-27T04:00:00Z");
        Checkpoint checkpoint = new Checkpoint("va_table to replica", "va_table", "h1/42", "submissiondate",
                TextNode.valueOf("2024-05-01T10:00:00Z"), "k42", Checkpoint.KEY_ORDER, "k42", 0, 1000, 980, 10, 5, 5,
                1200, List.of("k7"), false, false, at);

        ObjectNode doc = checkpoint.toDocument("last_sync_date");

        assertEquals("sync", doc.get("type").asText());
        assertEquals("2026-11-27T04:00:00Z", doc.get("last_sync_date").asText());
        assertTrue(DocumentKeys.isLegal(doc.get("_key").asText()), doc.get("_key").asText());
        assertTrue(doc.get("_key").asText().startsWith("sync-va_table_to_replica-"));
        assertEquals("2024-05-01T10:00:00Z", doc.get("lastWatermark").asText());
        doc.put("_rev", "_abc");
        doc.put("_id", "system_configs/x");
        assertEquals(checkpoint, Checkpoint.fromDocument(doc));
    }

    @Test
    void keysOfDifferentJobsDiffer() {
        assertEquals("sync-nightly", Checkpoint.documentKey("nightly"));
        assertFalse(Checkpoint.documentKey("a b").equals(Checkpoint.documentKey("a/b")));
    }

    @Test
    void aFinishedRunResumesByWatermarkNotByLine() {
        Checkpoint done = new Checkpoint("j", "c", "id", "w", null, "k", "watermark", null, 77, 1, 1, 0, 0, 0, 1,
                List.of(), true, true, Instant.EPOCH);
        assertEquals(0, done.position().line());
        Checkpoint killed = new Checkpoint("j", "c", "id", "w", null, "k", "watermark", null, 77, 1, 1, 0, 0, 0, 1,
                List.of(), false, false, Instant.EPOCH);
        assertEquals(77, killed.position().line());
    }

    @Test
    void anotherDocumentIsNotACheckpoint() {
        JsonNode other = SyncJson.MAPPER.createArrayNode();
        assertThrows(IllegalArgumentException.class, () -> Checkpoint.fromDocument(other));
    }
}
