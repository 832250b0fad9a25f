package io.arangoconsole.core.stats;

import java.time.Duration;

/**
 * How stats are kept: the cache's time to live, how soon an entry is refreshed on access, and the interval of the
 * background refresh. Which attributes are read per collection is detected ({@link AttributeDetector}) or set by the
 * DBA ({@link AttributeOverrides}), never named here.
 */
public record StatsSettings(Duration ttl, Duration refreshAfter, Duration refreshEvery) {

    /** The plan's figures: TTL 5 min, refresh on access after 1 min, refresh every 5 min. */
    public static StatsSettings defaults() {
        return new StatsSettings(Duration.ofMinutes(5), Duration.ofMinutes(1), Duration.ofMinutes(5));
    }

    /** The same settings with another cache lifetime and refresh-on-access delay. */
    public StatsSettings withCache(Duration newTtl, Duration newRefreshAfter) {
        return new StatsSettings(newTtl, newRefreshAfter, refreshEvery);
    }
}
