package io.arangoconsole.core.stats;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import com.github.benmanes.caffeine.cache.Ticker;
import com.github.benmanes.caffeine.cache.stats.CacheStats;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

/**
 * Record stats served from a Caffeine cache: entries live {@code ttl}, are reloaded in the background when read
 * after {@code refreshAfter}, and are invalidated after the console's own writes. When the cache cannot serve
 * (the load failed), the stats are read live and marked so. The source is asked anew on every load, so reads follow
 * the router (replica when healthy, else primary).
 */
public final class StatsService {
    private final Supplier<StatsSource> sources;
    private final StatsReader reader;
    private final LoadingCache<String, CollectionStats> cache;

    public StatsService(Supplier<StatsSource> sources, StatsReader reader, StatsSettings settings, Executor executor,
                        Ticker ticker) {
        this.sources = sources;
        this.reader = reader;
        this.cache = Caffeine.newBuilder()
                .expireAfterWrite(settings.ttl())
                .refreshAfterWrite(settings.refreshAfter())
                .executor(executor)
                .ticker(ticker)
                .recordStats()
                .build(collection -> reader.read(sources.get(), collection));
    }

    /** The stats of one collection, from the cache when it holds them, else loaded (and cached) now. */
    public Fetched<CollectionStats> stats(String collection) {
        CollectionStats present = cache.getIfPresent(collection);
        if (present != null) {
            return new Fetched<>(present, true, age(collection), null);
        }
        try {
            return new Fetched<>(cache.get(collection), false, Duration.ZERO, null);
        } catch (CompletionException | IllegalStateException e) {
            return live(collection, "cache load failed: " + rootMessage(e));
        }
    }

    /** Stats of every collection of the database. */
    public List<Fetched<CollectionStats>> all() {
        List<Fetched<CollectionStats>> out = new ArrayList<>();
        for (String collection : sources.get().collections()) {
            out.add(stats(collection));
        }
        return out;
    }

    /** Reloads every cached collection now (the scheduled refresh and the "Refresh stats" button). */
    public void refreshAll() {
        for (String collection : sources.get().collections()) {
            cache.put(collection, reader.read(sources.get(), collection));
        }
    }

    /** Forgets one collection's stats, after a write by the console (sync, index build). */
    public void invalidate(String collection) {
        cache.invalidate(collection);
    }

    public void invalidateAll() {
        cache.invalidateAll();
    }

    /** Hits, misses, load times and evictions of the stats cache. */
    public CacheStats cacheStats() {
        return cache.stats();
    }

    private Fetched<CollectionStats> live(String collection, String why) {
        return new Fetched<>(reader.read(sources.get(), collection), false, Duration.ZERO, why);
    }

    private Duration age(String collection) {
        return cache.policy().expireAfterWrite().flatMap(p -> p.ageOf(collection)).orElse(Duration.ZERO);
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }
}
