package io.arangoconsole.core.sync;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.zip.CRC32;

/**
 * How far a sync job got, stored after each committed batch in a collection of the target database (the job's
 * {@link CheckpointPlace}) as {@code {"_key": "sync-<job>", "type": "sync", <date attribute>: updatedAt, ...}}.
 *
 * <p>It belongs to one target collection instance ({@code collectionId}, its {@code globallyUniqueId}) and says what
 * it expects there: at least {@code expectedCount} documents. A run trusts it only when both still hold
 * ({@link CheckpointCheck}). {@code (lastWatermark, lastKey)} is the highest {@code (watermark, _key)} written, where
 * the next incremental run starts; a full copy in {@code _key} order ({@code readOrder} "key") resumes after
 * {@code resumeKey}; file sources resume after {@code lastLine}. {@code complete} is set only after a run read
 * everything and verified both ends equal; a run that failed or found differences leaves it false with
 * {@code readDone} true, which makes the next run a full re-sync. The counts are those of the run it belongs to, so a
 * resumed run continues them; {@code refusedKeys} (at most {@link #MAX_REFUSED} of them) are source documents the
 * target refused, which verification accounts for.
 */
public record Checkpoint(String jobId, String collection, String collectionId, String watermarkAttribute,
                         JsonNode lastWatermark, String lastKey, String readOrder, String resumeKey, long lastLine,
                         long read, long written, long rejected, long duplicates, long unchanged, long expectedCount,
                         List<String> refusedKeys, boolean readDone, boolean complete, Instant updatedAt) {

    public static final String TYPE = "sync";
    public static final String KEY_ORDER = "key";
    public static final String WATERMARK_ORDER = "watermark";
    /** Refused keys kept for verification; beyond this many the checkpoint stops remembering them. */
    public static final int MAX_REFUSED = 10_000;

    /** Normalises a missing list (an older checkpoint) to empty. */
    public Checkpoint {
        refusedKeys = refusedKeys == null ? List.of() : List.copyOf(refusedKeys);
    }

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

    /** Where the next incremental (or resumed watermark-order) run starts reading. */
    public Position position() {
        return new Position(lastWatermark, lastKey, complete ? 0 : lastLine);
    }

    /** Whether a run was interrupted during a full copy in {@code _key} order and resumes after {@link #resumeKey}. */
    public boolean inKeyOrder() {
        return KEY_ORDER.equals(readOrder) && !complete && !readDone;
    }

    /** The checkpoint as its document, the time of this update under {@code dateAttribute}. */
    public ObjectNode toDocument(String dateAttribute) {
        ObjectNode doc = SyncJson.MAPPER.valueToTree(this);
        ObjectNode out = SyncJson.MAPPER.createObjectNode();
        out.put("_key", documentKey(jobId));
        out.put("type", TYPE);
        out.put(dateAttribute, updatedAt.toString());
        out.setAll(doc);
        return out;
    }

    /** Reads a checkpoint back from its document (extra attributes, the date one included, are ignored). */
    public static Checkpoint fromDocument(JsonNode doc) {
        try {
            ObjectNode copy = ((ObjectNode) doc).deepCopy();
            copy.remove(List.of("_key", "_id", "_rev", "type"));
            return SyncJson.MAPPER.treeToValue(copy, Checkpoint.class);
        } catch (JsonProcessingException | ClassCastException e) {
            throw new IllegalArgumentException("not a sync checkpoint: " + e.getMessage(), e);
        }
    }
}
