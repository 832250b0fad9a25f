package io.arangoconsole.core.sync;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where a sync writes: one collection of one database, plus a collection of that database for checkpoints.
 * Blocking; failures are {@link SyncFailure}s that say whether they are worth retrying.
 */
public interface SyncTarget extends AutoCloseable {

    /** Human-readable destination for messages and history, e.g. {@code url/db/collection}. */
    String describe();

    /** The target collection's name, as recorded in the checkpoint. */
    String collection();

    /**
     * The target collection instance's identity ({@code globallyUniqueId}, else its id), which changes when the
     * collection is dropped and created again or the server is replaced; null when the target cannot say.
     */
    default String collectionId() {
        return null;
    }

    /** Creates the target collection (and the checkpoint collection) when missing. Safe to call repeatedly. */
    void prepare();

    /** Imports {@code docs} in one request with {@code onDuplicate}; per-document errors come back, not thrown. */
    ImportResult importBatch(List<ObjectNode> docs, OnDuplicate onDuplicate);

    /** The stored documents among {@code keys}, by key; absent keys are missing from the map. */
    Map<String, ObjectNode> fetch(List<String> keys);

    /** The job's checkpoint, if one was stored. */
    Optional<Checkpoint> loadCheckpoint(String jobId);

    /** Stores (creates or replaces) the job's checkpoint. */
    void saveCheckpoint(Checkpoint checkpoint);

    /** Documents in the target collection. */
    long count();

    /**
     * Documents with {@code (watermark, _key)} strictly after {@code after} (all when null) and at or before
     * {@code upTo} (no upper bound when null).
     */
    long countRange(String watermark, Position after, Position upTo);

    /** The collection checksum with {@code withData=true&withRevisions=false}, or null when unavailable. */
    default String checksum() {
        return null;
    }

    /** "sandbox" or "arangodb": checksums are comparable only between servers of the same kind. */
    default String serverKind() {
        return null;
    }

    @Override
    void close();
}
