package io.arangoconsole.core.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.arangoconsole.core.arango.ConnectionFailure;
import io.arangoconsole.core.connection.ConnectionTarget;
import io.arangoconsole.core.monitoring.CacheSummary;
import io.arangoconsole.core.monitoring.ConsoleCaches;
import io.arangoconsole.core.routing.EndpointHealth;
import io.arangoconsole.core.routing.Router;
import io.arangoconsole.sandbox.Sandbox;
import io.arangoconsole.sandbox.SandboxConfig;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The cached stats service against a sandbox over HTTP: hits, TTL, invalidation, live reads, routing labels. */
class StatsServiceSandboxTest {

    private final FakeTicker ticker = new FakeTicker();
    private final StatsSettings settings = StatsSettings.defaults();
    private StatsFixture fx;
    private StatsService service;

    @BeforeEach
    void start() {
        fx = new StatsFixture(2_000);
        service = service(() -> fx.source("primary"));
    }

    @AfterEach
    void stop() {
        service.close();
        fx.close();
    }

    private StatsService service(Supplier<StatsSource> sources) {
        // A same-thread executor: refresh-after-write reloads happen inside the read, deterministically.
        return new StatsService(sources, new StatsReader(DemoChoices.overrides(), Clock.systemUTC()), settings, Runnable::run, ticker);
    }

    @Test
    void theSecondReadIsACacheHitWithItsAge() {
        Fetched<CollectionStats> first = service.stats("va_table");
        assertFalse(first.cached());
        assertEquals("live", first.describe());
        assertEquals(2_000, first.value().count());

        ticker.advance(Duration.ofSeconds(42));
        Fetched<CollectionStats> second = service.stats("va_table");
        assertTrue(second.cached());
        assertSame(first.value(), second.value());
        assertEquals("cached, 42 s old", second.describe());
        assertEquals(1, service.cacheStats().hitCount());
        assertEquals(1, service.cacheStats().loadSuccessCount());
    }

    @Test
    void afterTheTtlTheStatsAreReadAgain() {
        service.stats("va_table");
        fx.db().collection("va_table").insertDocument(Map.of("submissiondate", "2026-01-01T00:00:00.000Z"));
        assertEquals(2_000, service.stats("va_table").value().count(), "still cached: the write is not seen yet");

        ticker.advance(settings.ttl().plusSeconds(1));
        Fetched<CollectionStats> after = service.stats("va_table");
        assertFalse(after.cached());
        assertEquals(2_001, after.value().count());
        assertTrue(service.cacheStats().missCount() >= 2);
    }

    @Test
    void readAfterTheRefreshDelayTheStatsAreReloadedWhileTheOldOnesAreServed() {
        service.stats("va_table");
        fx.db().collection("va_table").insertDocument(Map.of("status", "pending"));
        ticker.advance(settings.refreshAfter().plusSeconds(1));

        Fetched<CollectionStats> stale = service.stats("va_table");
        assertTrue(stale.cached(), "served from the cache while the reload runs");
        Fetched<CollectionStats> refreshed = service.stats("va_table");
        assertTrue(refreshed.cached());
        assertEquals(2_001, refreshed.value().count());
        assertEquals("cached, 0 s old", refreshed.describe());
        assertEquals(2, service.cacheStats().loadSuccessCount());
    }

    @Test
    void invalidatingAfterTheConsolesOwnWriteShowsTheNewCountAtOnce() {
        service.stats("va_table");
        fx.db().collection("va_table").insertDocument(Map.of("status", "pending"));
        service.invalidate("va_table");
        assertEquals(2_001, service.stats("va_table").value().count());
    }

    @Test
    void whenTheCacheCannotLoadTheStatsAreReadLiveWithANote() {
        AtomicBoolean failNext = new AtomicBoolean(true);
        StatsService flaky = service(() -> failNext.getAndSet(false)
                ? failingCount(fx.source("primary")) : fx.source("primary"));
        Fetched<CollectionStats> fetched = flaky.stats("va_table");
        assertFalse(fetched.cached());
        assertEquals(2_000, fetched.value().count());
        assertEquals("live (cache failed: count failed once)", fetched.describe());
        assertEquals(1, flaky.cacheStats().loadFailureCount());
    }

    @Test
    void aFailedBackgroundRefreshMakesTheNextReadLiveAndSaysWhy() {
        AtomicBoolean down = new AtomicBoolean();
        StatsService s = service(() -> down.get() ? failingCount(fx.source("primary")) : fx.source("primary"));
        s.stats("va_table");
        down.set(true);
        s.refreshAll();
        down.set(false);
        Fetched<CollectionStats> next = s.stats("va_table");
        assertFalse(next.cached());
        assertEquals("live (background refresh failed: count failed once)", next.describe());
    }

    @Test
    void whenTheServerIsDownTheErrorIsOneSentence() {
        fx.sandbox.stop();
        ConnectionFailure e = assertThrows(ConnectionFailure.class, () -> service.stats("va_table"));
        assertEquals(ConnectionFailure.Reason.UNREACHABLE, e.reason());
        assertTrue(e.getMessage().startsWith("Cannot reach " + fx.sandbox.url()), e.getMessage());
    }

    @Test
    void collectionNamesComeFromTheCatalogUntilTheConsoleCreatesOne() {
        assertEquals(List.of("ccva_results", "system_configs", "va_table"), service.collections());
        fx.db().createCollection("scratch");
        assertEquals(3, service.all().size(), "the list is cached");
        service.collectionsChanged();
        assertEquals(4, service.all().size());
        assertEquals(1, service.catalog().cacheStats().hitCount());
    }

    @Test
    void aCollectionDroppedByAnotherClientIsLeftOutInsteadOfFailingTheList() {
        assertEquals(3, service.all().size());
        fx.db().collection("system_configs").drop();
        service.invalidate("system_configs");
        assertEquals(List.of("ccva_results", "va_table"),
                service.all().stream().map(f -> f.value().collection()).toList());
    }

    @Test
    void theCachesShowInTheConsoleCachesSummary() {
        ConsoleCaches caches = new ConsoleCaches();
        caches.register("stats", service::cacheStats, service::estimatedSize);
        service.stats("va_table");
        service.stats("va_table");
        CacheSummary summary = caches.summaries().get(0);
        assertEquals("stats", summary.name());
        assertEquals(0.5, summary.hitRate());
        assertEquals(1, summary.liveEntries().getAsLong());
    }

    @Test
    void aSessionRegistersItsCachesForTheCachesPane() {
        ConsoleCaches caches = new ConsoleCaches();
        try (StatsSession session = new io.arangoconsole.core.arango.StatsSessions(fx.clients, settings, Runnable::run,
                caches).open(fx.target)) {
            session.stats().all();
            assertEquals(List.of("stats", "collections"), caches.summaries().stream().map(CacheSummary::name).toList());
            assertEquals(3, caches.summaries().get(0).liveEntries().getAsLong());
            assertTrue(session.stats().refreshing(), "a session refreshes on its schedule until closed");
        }
    }

    @Test
    void theScheduledRefreshStopsOnClose() {
        service.startScheduledRefresh();
        assertTrue(service.refreshing());
        service.close();
        assertFalse(service.refreshing());
    }

    @Test
    void readsAreLabelledWithTheTargetThatServedThem() {
        try (Sandbox replica = Sandbox.start(SandboxConfig.defaults().withRecords(2_000))) {
            ConnectionTarget replicaTarget = new ConnectionTarget(replica.url(), "root", "", "demo",
                    ConnectionTarget.Label.REPLICA);
            EndpointHealth health = new EndpointHealth(1);
            Router<ConnectionTarget> router = new Router<>(fx.target, replicaTarget, health);
            StatsService routed = service(fx.sources.routed(router));

            assertEquals("replica", routed.stats("va_table").value().target());
            replica.stop();
            health.failure("connection refused");
            routed.invalidateAll();
            assertEquals("replica unavailable, from primary", routed.stats("va_table").value().target());
            replica.restart();
            health.success();
            routed.invalidateAll();
            assertEquals("replica", routed.stats("va_table").value().target());
        }
    }

    /** A source whose count throws, as a server that fails one call would. */
    private static StatsSource failingCount(StatsSource real) {
        return new StatsSource() {
            @Override
            public String target() {
                return real.target();
            }

            @Override
            public List<String> collections() {
                return real.collections();
            }

            @Override
            public long count(String collection) {
                throw new IllegalStateException("count failed once");
            }

            @Override
            public Figures figures(String collection) {
                return real.figures(collection);
            }

            @Override
            public List<IndexInfo> indexes(String collection) {
                return real.indexes(collection);
            }

            @Override
            public PlanSummary explain(String query, Map<String, Object> bindVars) {
                return real.explain(query, bindVars);
            }

            @Override
            public List<JsonNode> query(String query, Map<String, Object> bindVars) {
                return real.query(query, bindVars);
            }
        };
    }
}
