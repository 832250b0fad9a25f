package io.arangoconsole.core.stats;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.stats.CacheStats;

import java.util.HashSet;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Which collections exist, asked of the server once and then cached until the console itself creates or drops a
 * collection (the user's plan found an existence check on every request). One list call answers every name.
 */
public final class CollectionCatalog {
    private static final String KEY = "collections";
    private final Supplier<? extends java.util.Collection<String>> lister;
    private final Cache<String, Set<String>> cache = Caffeine.newBuilder().maximumSize(1).recordStats().build();

    public CollectionCatalog(Supplier<? extends java.util.Collection<String>> lister) {
        this.lister = lister;
    }

    public boolean exists(String collection) {
        return cache.get(KEY, k -> new HashSet<>(lister.get())).contains(collection);
    }

    /** Call after creating or dropping a collection. */
    public void invalidate() {
        cache.invalidateAll();
    }

    public CacheStats cacheStats() {
        return cache.stats();
    }
}
