package io.arangoconsole.core.arango;

import com.github.benmanes.caffeine.cache.Ticker;
import io.arangoconsole.core.connection.ConnectionTarget;
import io.arangoconsole.core.monitoring.ConsoleCaches;
import io.arangoconsole.core.routing.EndpointHealth;
import io.arangoconsole.core.routing.Route;
import io.arangoconsole.core.routing.Router;
import io.arangoconsole.core.stats.AttributeOverrides;
import io.arangoconsole.core.stats.DriftService;
import io.arangoconsole.core.stats.NaiveComparison;
import io.arangoconsole.core.stats.StatsReader;
import io.arangoconsole.core.stats.StatsService;
import io.arangoconsole.core.stats.StatsSession;
import io.arangoconsole.core.stats.StatsSettings;
import io.arangoconsole.core.stats.StatsSource;

import java.time.Clock;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

/** Builds the {@link StatsSession} of a connection over the shared driver clients. */
public final class StatsSessions {
    private final StatsSources sources;
    private final StatsSettings settings;
    private final Executor executor;
    private final ConsoleCaches caches;

    public StatsSessions(ArangoClients clients, StatsSettings settings, Executor executor) {
        this(clients, settings, executor, null);
    }

    /**
     * As above; each session's stats cache and collection-name cache are registered with {@code caches} (as
     * "stats" and "collections", replacing the previous session's) for the Caches pane.
     */
    public StatsSessions(ArangoClients clients, StatsSettings settings, Executor executor, ConsoleCaches caches) {
        this.sources = new StatsSources(clients);
        this.settings = settings;
        this.executor = executor;
        this.caches = caches;
    }

    /** A session on the primary alone: every read is labelled "primary", no drift. */
    public StatsSession open(ConnectionTarget primary) {
        return open(new Router<>(primary, null, new EndpointHealth(1)), new AttributeOverrides());
    }

    /**
     * A session whose reads follow {@code router} (replica while healthy, else primary); with a replica, drift
     * compares the primary with it. Attributes are detected per collection, then {@code overrides} (the DBA's
     * choices for this database) apply. The scheduled refresh is started.
     */
    public StatsSession open(Router<ConnectionTarget> router, AttributeOverrides overrides) {
        StatsReader reader = new StatsReader(overrides, Clock.systemUTC());
        Supplier<StatsSource> reads = sources.routed(router);
        StatsService stats = new StatsService(reads, reader, settings, executor, Ticker.systemTicker());
        stats.startScheduledRefresh();
        if (caches != null) {
            caches.register("stats", stats::cacheStats, stats::estimatedSize);
            caches.register("collections", stats.catalog()::cacheStats, stats.catalog()::estimatedSize);
        }
        DriftService drift = null;
        if (router.replica() != null) {
            drift = new DriftService(() -> sources.on(router.primary(), Route.PRIMARY),
                    () -> sources.on(router.replica(), Route.REPLICA), reader);
        }
        return new StatsSession(stats, new NaiveComparison(reads), drift, settings, overrides);
    }
}
