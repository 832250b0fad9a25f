package io.arangoconsole.core.sync;

import java.nio.file.Path;

/**
 * One sync job's settings. {@code jobId} names the checkpoint; {@code watermark} is the incremental attribute
 * (chosen by the caller: detected, picked or typed) with {@code _key} as tiebreak; {@code batchSize} documents per import (default
 * 1,000) with at most {@code inFlight} read batches waiting (default 2), so memory stays bounded; {@code full}
 * ignores the checkpoint and reads everything; {@code rejectsFile} may be null to count rejects only;
 * {@code checkpoints} says where the checkpoint is kept (the user's convention, given by the caller);
 * {@code autoResync} (default true) lets a run whose checkpoint no longer matches the target copy everything that is
 * missing again, instead of stopping with the reason.
 */
public record SyncJobConfig(String jobId, String watermark, int batchSize, int inFlight, OnDuplicate onDuplicate,
                            boolean full, boolean verify, RetryPolicy retry, Path rejectsFile, boolean autoResync,
                            CheckpointPlace checkpoints) {

    /** Checks the id, the watermark attribute name and the sizes. */
    public SyncJobConfig {
        SyncQueries.requireAttribute(watermark);
        if (jobId == null || jobId.isBlank()) {
            throw new IllegalArgumentException("a sync job needs an id");
        }
        if (checkpoints == null) {
            throw new IllegalArgumentException("a sync job needs a place for its checkpoint");
        }
        if (batchSize < 1 || inFlight < 1) {
            throw new IllegalArgumentException("batch size and batches in flight must be at least 1");
        }
    }

    /**
     * Defaults for a job on {@code watermark} keeping its checkpoint at {@code checkpoints}: batches of 1,000, 2 in
     * flight, update, incremental, verified.
     */
    public static SyncJobConfig defaults(String jobId, String watermark, CheckpointPlace checkpoints) {
        return new SyncJobConfig(jobId, watermark, 1000, 2, OnDuplicate.UPDATE, false, true,
                RetryPolicy.defaults(), null, true, checkpoints);
    }

    /** A copy keeping its checkpoint at {@code place}. */
    public SyncJobConfig withCheckpoints(CheckpointPlace place) {
        return new SyncJobConfig(jobId, watermark, batchSize, inFlight, onDuplicate, full, verify, retry, rejectsFile,
                autoResync, place);
    }

    /** A copy with another watermark attribute. */
    public SyncJobConfig withWatermark(String attribute) {
        return new SyncJobConfig(jobId, attribute, batchSize, inFlight, onDuplicate, full, verify, retry,
                rejectsFile, autoResync, checkpoints);
    }

    /** A copy with another batch size. */
    public SyncJobConfig withBatchSize(int size) {
        return new SyncJobConfig(jobId, watermark, size, inFlight, onDuplicate, full, verify, retry,
                rejectsFile, autoResync, checkpoints);
    }

    /** A copy with another {@code onDuplicate} mode. */
    public SyncJobConfig withOnDuplicate(OnDuplicate mode) {
        return new SyncJobConfig(jobId, watermark, batchSize, inFlight, mode, full, verify, retry,
                rejectsFile, autoResync, checkpoints);
    }

    /** A copy that ignores (true) or uses (false) the checkpoint. */
    public SyncJobConfig withFull(boolean fullResync) {
        return new SyncJobConfig(jobId, watermark, batchSize, inFlight, onDuplicate, fullResync, verify, retry,
                rejectsFile, autoResync, checkpoints);
    }

    /** A copy that verifies at the end (true) or not. */
    public SyncJobConfig withVerify(boolean verifyAtEnd) {
        return new SyncJobConfig(jobId, watermark, batchSize, inFlight, onDuplicate, full, verifyAtEnd, retry,
                rejectsFile, autoResync, checkpoints);
    }

    /** A copy with another retry policy. */
    public SyncJobConfig withRetry(RetryPolicy policy) {
        return new SyncJobConfig(jobId, watermark, batchSize, inFlight, onDuplicate, full, verify, policy, rejectsFile,
                autoResync, checkpoints);
    }

    /** A copy writing rejects to {@code file} (null: count only). */
    public SyncJobConfig withRejectsFile(Path file) {
        return new SyncJobConfig(jobId, watermark, batchSize, inFlight, onDuplicate, full, verify, retry, file,
                autoResync, checkpoints);
    }

    /** A copy that re-syncs on its own (true) or stops (false) when the checkpoint no longer matches the target. */
    public SyncJobConfig withAutoResync(boolean resync) {
        return new SyncJobConfig(jobId, watermark, batchSize, inFlight, onDuplicate, full, verify, retry, rejectsFile,
                resync, checkpoints);
    }
}
