package io.arangoconsole.core.stats;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.stats.CacheStats;

import java.util.List;
import java.util.function.Supplier;

/**
 * Which collections exist, asked of the server once and then cached until the console itself creates or drops a
 * collection (the user's plan found an existence check on every request). One list call answers every name.
 */
public final class CollectionCatalog {
    private static final String KEY = "collections";
    private final Supplier<? extends java.util.Collection<String>> lister;
    private final Cache<String, List<String>> cache = Caffeine.newBuilder().maximumSize(1).recordStats().build();

    public CollectionCatalog(Supplier<? extends java.util.Collection<String>> lister) {
        this.lister = lister;
    }

    /** True when the collection exists; asks the server only when the list is not cached. */
    public boolean exists(String collection) {
        return names().contains(collection);
    }

    /** The non-system collections, sorted; asks the server only when the list is not cached. */
    public List<String> names() {
        return names(false);
    }

    /**
     * The collections, sorted, system ones ({@code _...}) only {@code withSystem}; asks the server only when the
     * list is not cached.
     */
    public List<String> names(boolean withSystem) {
        List<String> all = cache.get(KEY, k -> lister.get().stream().sorted().toList());
        return withSystem ? all : all.stream().filter(n -> !n.startsWith("_")).toList();
    }

    /** Call after creating or dropping a collection. */
    public void invalidate() {
        cache.invalidateAll();
    }

    public CacheStats cacheStats() {
        return cache.stats();
    }

    /** 1 while the list is cached, else 0: for the Caches pane. */
    public long estimatedSize() {
        return cache.estimatedSize();
    }
}
