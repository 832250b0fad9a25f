package io.arangoconsole.core.sync;

import java.time.Duration;
import java.time.Instant;

/**
 * One finished run as history and the command line report it. Counts are this run's: {@code read} records (documents,
 * rejects and duplicates), {@code written} documents created or changed, {@code rejected} records the file or the
 * server refused, {@code duplicates} later lines of a file repeating a {@code _key}, {@code unchanged} documents the
 * target already held as they are. {@code read = written + rejected + duplicates + unchanged}
 * ({@link #accountedFor()}). {@code verification} is null when the run did not finish or verification was off.
 */
public record SyncResult(String jobId, String source, String target, Instant start, Instant end, long read,
                         long written, long rejected, long duplicates, long unchanged, long durationMillis,
                         double docsPerSecond, SyncState state, String message, Verification verification,
                         String rejectsFile, boolean resumed) {

    /** Builds a result without duplicates or unchanged documents (a run that wrote nothing it read). */
    public static SyncResult of(String jobId, String source, String target, Instant start, Instant end, long read,
                                long written, long rejected, SyncState state, String message,
                                Verification verification, String rejectsFile, boolean resumed) {
        return of(jobId, source, target, start, end, new Counts(read, written, rejected, 0, 0), state, message,
                verification, rejectsFile, resumed);
    }

    /** A run's counts. */
    public record Counts(long read, long written, long rejected, long duplicates, long unchanged) {
    }

    /** Builds a result, deriving duration and throughput from the times and {@code read}. */
    public static SyncResult of(String jobId, String source, String target, Instant start, Instant end,
                                Counts counts, SyncState state, String message, Verification verification,
                                String rejectsFile, boolean resumed) {
        long millis = Duration.between(start, end).toMillis();
        double rate = millis <= 0 ? counts.read() : counts.read() * 1000.0 / millis;
        return new SyncResult(jobId, source, target, start, end, counts.read(), counts.written(), counts.rejected(),
                counts.duplicates(), counts.unchanged(), millis, rate, state, message, verification, rejectsFile,
                resumed);
    }

    /** How long the run took. */
    public Duration duration() {
        return Duration.ofMillis(durationMillis);
    }

    /** Whether the run succeeded and verification (if done) found both ends equal. */
    public boolean verified() {
        return verification != null && verification.equal();
    }

    /** Whether every record read is counted once: written, rejected, duplicate or unchanged. */
    public boolean accountedFor() {
        return read == written + rejected + duplicates + unchanged;
    }

    /**
     * " 3 rejected and 2 duplicate records are in /path/rejects.jsonl." when the run had any, else empty: what the
     * command line's summary and the Sync pane say after a run.
     */
    public String rejectsNote() {
        if (rejected + duplicates == 0 || rejectsFile == null) {
            return "";
        }
        return String.format(java.util.Locale.ROOT, " %,d rejected and %,d duplicate records are in %s.", rejected,
                duplicates, rejectsFile);
    }
}
