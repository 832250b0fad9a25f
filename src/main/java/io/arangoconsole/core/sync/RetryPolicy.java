package io.arangoconsole.core.sync;

import java.time.Duration;

/**
 * Exponential backoff with jitter for transient failures: before retry n (1-based) the job waits
 * {@code min(cap, initial * 2^(n-1))}, scaled by a random factor in [0.5, 1) so that several jobs hitting the same
 * restarted server do not retry in lockstep; after {@code maxRetries} retries the failure stands.
 */
public record RetryPolicy(int maxRetries, Duration initial, Duration cap) {

    /**
     * 10 retries, 200 ms doubling to at most 10 s: 26 to 52 s of patience, more than a cluster's DB-Server failover
     * takes (about 15 s: FAILED after 10 s, then a supervision round); 8 retries used 7 in the 200,000-document
     * failover run (docs/benchmarks.md).
     */
    public static RetryPolicy defaults() {
        return new RetryPolicy(10, Duration.ofMillis(200), Duration.ofSeconds(10));
    }

    /** The wait before retry {@code attempt}, given a uniform random number in [0, 1). */
    public Duration delay(int attempt, double random) {
        double base = initial.toMillis() * Math.pow(2, Math.max(0, attempt - 1));
        double capped = Math.min(cap.toMillis(), base);
        return Duration.ofMillis(Math.round(capped * (0.5 + random / 2)));
    }
}
