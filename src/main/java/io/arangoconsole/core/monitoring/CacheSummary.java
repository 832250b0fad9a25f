package io.arangoconsole.core.monitoring;

import java.util.OptionalLong;

/**
 * One of the console's own caches as the Caches pane shows it: hit rate (0..1, NaN before the first request), hits,
 * misses, evictions, loads that failed, mean load time in milliseconds (NaN before the first load) and how many
 * entries are live now (empty when the cache does not say).
 */
public record CacheSummary(String name, double hitRate, long hits, long misses, long evictions, long loadFailures,
                           double averageLoadMillis, OptionalLong liveEntries) {
}
