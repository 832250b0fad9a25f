package io.arangoconsole.core.monitoring;

import com.github.benmanes.caffeine.cache.stats.CacheStats;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * The console's own Caffeine caches (stats, collection existence, ...), registered by name at start-up, read for the
 * Caches pane and as series ({@code console.cache.<name>.hit_rate}...) for history and alerts. Thread-safe.
 */
public final class ConsoleCaches {
    private record Entry(Supplier<CacheStats> stats, LongSupplier size) {
    }

    private final Map<String, Entry> caches = new LinkedHashMap<>();

    /** Registers a cache whose statistics {@code stats} returns (e.g. {@code statsService::cacheStats}). */
    public synchronized void register(String name, Supplier<CacheStats> stats) {
        caches.put(name, new Entry(stats, null));
    }

    /** Registers a cache that can also tell how many entries it holds (e.g. {@code cache::estimatedSize}). */
    public synchronized void register(String name, Supplier<CacheStats> stats, LongSupplier liveEntries) {
        caches.put(name, new Entry(stats, liveEntries));
    }

    /** Every registered cache, in registration order. */
    public synchronized List<CacheSummary> summaries() {
        List<CacheSummary> out = new ArrayList<>(caches.size());
        caches.forEach((name, entry) -> {
            CacheStats s = entry.stats().get();
            long requests = s.requestCount();
            long loads = s.loadCount();
            out.add(new CacheSummary(name, requests == 0 ? Double.NaN : s.hitRate(), s.hitCount(), s.missCount(),
                    s.evictionCount(), s.loadFailureCount(), loads == 0 ? Double.NaN : s.averageLoadPenalty() / 1e6,
                    entry.size() == null ? OptionalLong.empty() : OptionalLong.of(entry.size().getAsLong())));
        });
        return out;
    }

    /** The caches' figures as named series; a hit rate before any request is left out rather than written as 0. */
    public Map<String, Double> series() {
        Map<String, Double> out = new LinkedHashMap<>();
        for (CacheSummary c : summaries()) {
            String prefix = "console.cache." + c.name() + ".";
            if (!Double.isNaN(c.hitRate())) {
                out.put(prefix + "hit_rate", c.hitRate());
            }
            out.put(prefix + "hits", (double) c.hits());
            out.put(prefix + "misses", (double) c.misses());
            out.put(prefix + "evictions", (double) c.evictions());
            c.liveEntries().ifPresent(n -> out.put(prefix + "live", (double) n));
        }
        return out;
    }
}
