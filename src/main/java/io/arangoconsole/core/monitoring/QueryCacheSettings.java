package io.arangoconsole.core.monitoring;

import java.util.Locale;
import java.util.Set;

/**
 * The AQL query results cache settings ({@code /_api/query-cache/properties}).
 *
 * @param mode           {@code off}, {@code on} (every query) or {@code demand} (queries that ask for it)
 * @param maxResults     results kept per database
 * @param maxResultsSize bytes of results kept per database
 * @param maxEntrySize   the largest result kept, in bytes
 * @param includeSystem  whether queries on system collections are cached
 */
public record QueryCacheSettings(String mode, long maxResults, long maxResultsSize, long maxEntrySize,
                                 boolean includeSystem) {
    public static final Set<String> MODES = Set.of("off", "on", "demand");

    public QueryCacheSettings {
        mode = mode == null ? "" : mode.toLowerCase(Locale.ROOT);
        if (!MODES.contains(mode)) {
            throw new IllegalArgumentException("the cache mode must be off, on or demand, was '" + mode + "'");
        }
        if (maxResults < 1 || maxResultsSize < 1 || maxEntrySize < 1) {
            throw new IllegalArgumentException("the cache limits must be positive");
        }
    }
}
