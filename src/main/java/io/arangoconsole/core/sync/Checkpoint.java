package io.arangoconsole.core.sync;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.zip.CRC32;

/**
 * How far a sync job got, stored after each committed batch in the target database's {@code system_configs} as
 * {@code {"_key": "sync-<job>", "type": "sync", "last_sync_date": updatedAt, ...}}. Database sources resume strictly
 * after {@code (lastWatermark, lastKey)}; file sources resume after {@code lastLine} while {@code complete} is false
 * (a finished run resets it to 0, and the next run reads the file again, writing only what changed). The counts are
 * those of the run the checkpoint belongs to, so a resumed run continues them.
 */
public record Checkpoint(String jobId, String collection, String watermarkAttribute, JsonNode lastWatermark,
                         String lastKey, long lastLine, long read, long written, long rejected, boolean complete,
                         Instant updatedAt) {

    public static final String COLLECTION = "system_configs";
    public static final String TYPE = "sync";

    /** The {@code _key} of a job's checkpoint document: {@code sync-<jobId>}, made key-safe. */
    public static String documentKey(String jobId) {
        String candidate = "sync-" + jobId;
        if (candidate.length() <= 200 && DocumentKeys.isLegal(candidate)) {
            return candidate;
        }
        String safe = candidate.replaceAll("[^A-Za-z0-9_\\-:.@()+,=;$!*'%]", "_");
        CRC32 crc = new CRC32();
        crc.update(jobId.getBytes(StandardCharsets.UTF_8));
        return safe.substring(0, Math.min(safe.length(), 200)) + "-" + Long.toHexString(crc.getValue());
    }

    /** Where the next run or the resumed run starts reading. */
    public Position position() {
        return new Position(lastWatermark, lastKey, complete ? 0 : lastLine);
    }

    /** The checkpoint as its {@code system_configs} document. */
    public ObjectNode toDocument() {
        ObjectNode doc = SyncJson.MAPPER.valueToTree(this);
        ObjectNode out = SyncJson.MAPPER.createObjectNode();
        out.put("_key", documentKey(jobId));
        out.put("type", TYPE);
        out.put("last_sync_date", updatedAt.toString());
        out.setAll(doc);
        return out;
    }

    /** Reads a checkpoint back from its {@code system_configs} document (extra attributes are ignored). */
    public static Checkpoint fromDocument(JsonNode doc) {
        try {
            ObjectNode copy = ((ObjectNode) doc).deepCopy();
            copy.remove(java.util.List.of("_key", "_id", "_rev", "type", "last_sync_date"));
            return SyncJson.MAPPER.treeToValue(copy, Checkpoint.class);
        } catch (JsonProcessingException | ClassCastException e) {
            throw new IllegalArgumentException("not a sync checkpoint: " + e.getMessage(), e);
        }
    }
}
