package io.arangoconsole.core.stats;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import com.github.benmanes.caffeine.cache.Ticker;
import com.github.benmanes.caffeine.cache.stats.CacheStats;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;
import java.util.function.Supplier;

/**
 * Record stats served from a Caffeine cache: entries live {@code ttl}, are reloaded in the background when read
 * after {@code refreshAfter}, are refreshed on a schedule ({@link #startScheduledRefresh()}), and are invalidated after
 * the console's own writes. When the cache cannot serve (a load or a background refresh failed), the stats are read
 * live and marked so. The source is asked anew on every load, so reads follow the router (replica when healthy,
 * else primary). Collection names come from a {@link CollectionCatalog}, not from a list call per request.
 */
public final class StatsService implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(StatsService.class);

    private final Supplier<StatsSource> sources;
    private final CollectionCatalog catalog;
    private final StatsReader reader;
    private final StatsSettings settings;
    private final LoadingCache<String, CollectionStats> cache;
    /** Why the last background refresh of a collection failed; shown with its next (live) read. */
    private final Map<String, String> refreshFailures = new ConcurrentHashMap<>();
    private ScheduledExecutorService scheduler;

    public StatsService(Supplier<StatsSource> sources, StatsReader reader, StatsSettings settings, Executor executor,
                        Ticker ticker) {
        this.sources = sources;
        this.catalog = new CollectionCatalog(() -> sources.get().allCollections());
        this.reader = reader;
        this.settings = settings;
        this.cache = Caffeine.newBuilder()
                .expireAfterWrite(settings.ttl())
                .refreshAfterWrite(settings.refreshAfter())
                .executor(executor)
                .ticker(ticker)
                .recordStats()
                .build(collection -> reader.read(sources.get(), collection));
    }

    /** The stats of one collection, from the cache when it holds them, else loaded (and cached) now. Blocking. */
    public Fetched<CollectionStats> stats(String collection) {
        // Looked at quietly first, so one read counts as exactly one hit or one miss in the statistics.
        if (cache.policy().getIfPresentQuietly(collection) != null) {
            CollectionStats present = cache.getIfPresent(collection);
            if (present != null) {
                return new Fetched<>(present, true, age(collection), null);
            }
        }
        String refreshFailure = refreshFailures.remove(collection);
        if (refreshFailure != null) {
            return live(collection, "background refresh failed: " + refreshFailure);
        }
        try {
            return new Fetched<>(cache.get(collection), false, Duration.ZERO, null);
        } catch (RuntimeException e) {
            LOG.warn("Stats cache could not load {}; reading live", collection, e);
            return live(collection, "cache failed: " + rootMessage(e));
        }
    }

    /**
     * The shard copies in sync per collection, read now in one request; empty on a single server. Blocking.
     *
     * @throws RuntimeException with one sentence when the server could not be asked
     */
    public Map<String, ShardSync> shardSync() {
        return sources.get().shardSync();
    }

    /** Stats of every non-system collection of the database, names from the catalog. Blocking. */
    public List<Fetched<CollectionStats>> all() {
        return stats(catalog.names());
    }

    /**
     * Stats of the named collections (e.g. one page of the Overview), in order; a collection dropped since its name
     * was listed is left out. Blocking.
     */
    public List<Fetched<CollectionStats>> stats(List<String> names) {
        List<Fetched<CollectionStats>> out = new ArrayList<>();
        for (String collection : names) {
            try {
                out.add(stats(collection));
            } catch (RuntimeException e) {
                // Dropped by someone else since the names were cached: ask again and leave it out. Any other
                // failure (server down) is thrown on.
                catalog.invalidate();
                if (catalog.names(true).contains(collection)) {
                    throw e;
                }
                cache.invalidate(collection);
            }
        }
        return out;
    }

    /** Names of the database's non-system collections, from the catalog cache. */
    public List<String> collections() {
        return catalog.names();
    }

    /** Names of the database's collections, system ones only {@code withSystem}, from the catalog cache. */
    public List<String> collections(boolean withSystem) {
        return catalog.names(withSystem);
    }

    /** Reads one collection now and caches the result (a step of "Refresh stats"). Blocking. */
    public CollectionStats refresh(String collection) {
        CollectionStats stats = reader.read(sources.get(), collection);
        cache.put(collection, stats);
        refreshFailures.remove(collection);
        return stats;
    }

    /** Reloads every collection now (the scheduled refresh and the "Refresh stats" button). Blocking. */
    public void refreshAll() {
        refreshAll((done, total) -> { });
    }

    /**
     * Reloads every collection now, reporting {@code (done, total)} after each. A collection whose read fails is
     * dropped from the cache, so its next read is live and says why.
     */
    public void refreshAll(BiConsumer<Integer, Integer> progress) {
        catalog.invalidate();
        List<String> names = catalog.names();
        int done = 0;
        for (String collection : names) {
            try {
                cache.put(collection, reader.read(sources.get(), collection));
                refreshFailures.remove(collection);
            } catch (RuntimeException e) {
                cache.invalidate(collection);
                refreshFailures.put(collection, rootMessage(e));
                LOG.warn("Stats refresh of {} failed", collection, e);
            }
            progress.accept(++done, names.size());
        }
    }

    /** Refreshes every {@code refreshEvery} on a daemon thread until {@link #close()}. */
    public synchronized void startScheduledRefresh() {
        if (scheduler != null) {
            return;
        }
        scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "stats-refresh");
            t.setDaemon(true);
            return t;
        });
        long every = settings.refreshEvery().toMillis();
        scheduler.scheduleWithFixedDelay(this::scheduledRefresh, every, every, TimeUnit.MILLISECONDS);
    }

    /** True while the scheduled refresh runs. */
    public synchronized boolean refreshing() {
        return scheduler != null && !scheduler.isShutdown();
    }

    private void scheduledRefresh() {
        try {
            refreshAll();
        } catch (RuntimeException e) {
            // The list itself failed (server down): drop everything, so reads go live and say why.
            LOG.warn("Scheduled stats refresh failed", e);
            cache.asMap().keySet().forEach(c -> refreshFailures.put(c, rootMessage(e)));
            cache.invalidateAll();
        }
    }

    /** Forgets one collection's stats, after a write by the console (sync, index build). */
    public void invalidate(String collection) {
        cache.invalidate(collection);
    }

    /** Forgets every collection's stats. */
    public void invalidateAll() {
        cache.invalidateAll();
    }

    /** After the console created or dropped a collection: the name list is asked again. */
    public void collectionsChanged() {
        catalog.invalidate();
    }

    /** Hits, misses, load times and evictions of the stats cache. */
    public CacheStats cacheStats() {
        return cache.stats();
    }

    /** How many collections' stats are cached. */
    public long estimatedSize() {
        return cache.estimatedSize();
    }

    /** The collection-name cache, for the Caches pane. */
    public CollectionCatalog catalog() {
        return catalog;
    }

    /** Stops the scheduled refresh. */
    @Override
    public synchronized void close() {
        if (scheduler != null) {
            scheduler.shutdownNow();
        }
    }

    private Fetched<CollectionStats> live(String collection, String why) {
        return new Fetched<>(reader.read(sources.get(), collection), false, Duration.ZERO, why);
    }

    private Duration age(String collection) {
        return cache.policy().expireAfterWrite().flatMap(p -> p.ageOf(collection)).orElse(Duration.ZERO);
    }

    static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && (t.getMessage() == null || t instanceof CompletionException)) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }
}
