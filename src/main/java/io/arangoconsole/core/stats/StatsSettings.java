package io.arangoconsole.core.stats;

import java.time.Duration;
import java.util.Map;

/**
 * How stats are read and kept: the watermark attribute per collection (collections not listed use
 * {@code defaultWatermark} if they have it indexed), the attribute of the status breakdown, the cache's time to live,
 * how soon an entry is refreshed on access, and the interval of the background refresh.
 */
public record StatsSettings(Map<String, String> watermarks, String defaultWatermark, String statusAttribute,
                            Duration ttl, Duration refreshAfter, Duration refreshEvery) {

    public static StatsSettings defaults() {
        return new StatsSettings(Map.of("ccva_results", "created_at", "system_configs", "last_sync_date"),
                "submissiondate", "status", Duration.ofMinutes(5), Duration.ofMinutes(1), Duration.ofMinutes(5));
    }

    public String watermarkOf(String collection) {
        return watermarks.getOrDefault(collection, defaultWatermark);
    }
}
