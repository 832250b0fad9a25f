package io.arangoconsole.ui.caches;

/** One endpoint's connection pool: the console's requests in flight against the configured maximum. */
public record PoolRow(String endpoint, int inFlight, int max) {

    /** In flight as a share of the maximum, 0..1. */
    public double usage() {
        return max <= 0 ? 0 : Math.min(1, (double) inFlight / max);
    }
}
