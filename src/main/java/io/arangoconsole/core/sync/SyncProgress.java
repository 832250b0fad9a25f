package io.arangoconsole.core.sync;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Duration;

/**
 * A job's progress as the jobs panel shows it: records {@code done} (documents and rejects read by this run) of
 * {@code estimatedTotal} (-1 unknown), throughput, {@code eta} (null unknown), rejects and failures so far, the
 * watermark of the last committed batch, the state and a message ("Timed out after 10 s waiting for the target
 * http://h:8529; retrying in 2 s (3 of 8).").
 */
public record SyncProgress(long done, long estimatedTotal, double docsPerSecond, Duration eta, long errors,
                           JsonNode currentWatermark, SyncState state, String message) {

    /** 0..1, or -1 when the total is unknown. */
    public double fraction() {
        return estimatedTotal <= 0 ? -1 : Math.min(1.0, (double) done / estimatedTotal);
    }
}
