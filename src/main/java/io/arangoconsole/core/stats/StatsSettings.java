package io.arangoconsole.core.stats;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * How stats are read and kept: the watermark attribute per collection (collections not listed use
 * {@code defaultWatermark} only if an index on it exists), the attribute of the status breakdown, the cache's time to
 * live, how soon an entry is refreshed on access, the interval of the background refresh, and the collections whose
 * replica drift is watched.
 */
public record StatsSettings(Map<String, String> watermarks, String defaultWatermark, String statusAttribute,
                            Duration ttl, Duration refreshAfter, Duration refreshEvery, List<String> watched) {

    /** The plan's figures: TTL 5 min, refresh every 5 min; the demo's three collections watched. */
    public static StatsSettings defaults() {
        return new StatsSettings(Map.of("va_table", "submissiondate", "ccva_results", "created_at",
                "system_configs", "last_sync_date"), "submissiondate", "status", Duration.ofMinutes(5),
                Duration.ofMinutes(1), Duration.ofMinutes(5), List.of("va_table", "ccva_results", "system_configs"));
    }

    /** The same settings with another cache lifetime and refresh-on-access delay. */
    public StatsSettings withCache(Duration newTtl, Duration newRefreshAfter) {
        return new StatsSettings(watermarks, defaultWatermark, statusAttribute, newTtl, newRefreshAfter, refreshEvery,
                watched);
    }

    /** The attribute named for {@code collection}, or null when it has none of its own. */
    public String configuredWatermark(String collection) {
        return watermarks.get(collection);
    }
}
