package io.arangoconsole.core.sync;

import java.time.Duration;
import java.time.Instant;

/**
 * One finished run as history and the command line report it. Counts are this run's: {@code read} records (documents
 * and rejects), {@code written} documents created or changed (0 when nothing was new), {@code rejected} records sent
 * to the reject file. {@code verification} is null when the run did not finish or verification was off.
 */
public record SyncResult(String jobId, String source, String target, Instant start, Instant end, long read,
                         long written, long rejected, long durationMillis, double docsPerSecond, SyncState state,
                         String message, Verification verification, String rejectsFile, boolean resumed) {

    /** Builds a result, deriving duration and throughput from the times and {@code read}. */
    public static SyncResult of(String jobId, String source, String target, Instant start, Instant end, long read,
                                long written, long rejected, SyncState state, String message,
                                Verification verification, String rejectsFile, boolean resumed) {
        long millis = Duration.between(start, end).toMillis();
        double rate = millis <= 0 ? read : read * 1000.0 / millis;
        return new SyncResult(jobId, source, target, start, end, read, written, rejected, millis, rate, state,
                message, verification, rejectsFile, resumed);
    }

    /** How long the run took. */
    public Duration duration() {
        return Duration.ofMillis(durationMillis);
    }

    /** Whether the run succeeded and verification (if done) found both ends equal. */
    public boolean verified() {
        return verification != null && verification.equal();
    }
}
