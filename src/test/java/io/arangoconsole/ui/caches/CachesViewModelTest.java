package io.arangoconsole.ui.caches;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.arangoconsole.core.monitoring.ConsoleCaches;
import io.arangoconsole.core.monitoring.QueryCacheSettings;
import io.arangoconsole.ui.common.InlineTaskRunner;
import io.arangoconsole.ui.monitoring.MonitoringFixture;
import io.arangoconsole.core.monitoring.ThresholdRule;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CachesViewModelTest {
    @TempDir
    Path dir;
    private MonitoringFixture fixture;
    private CachesViewModel model;
    private final Cache<String, Boolean> cache = Caffeine.newBuilder().recordStats().build();

    @BeforeEach
    void setUp() throws Exception {
        fixture = new MonitoringFixture(dir);
        ConsoleCaches caches = new ConsoleCaches();
        caches.register("collection existence", cache::stats, cache::estimatedSize);
        model = new CachesViewModel(fixture.model, fixture.server, caches, new InlineTaskRunner(), () -> 20);
    }

    @AfterEach
    void tearDown() throws Exception {
        fixture.close();
    }

    @Test
    void showsConsoleCachesServerHitRatesAndThePool() {
        cache.put("people", true);
        cache.getIfPresent("people");
        cache.getIfPresent("nothing");
        fixture.model.start();
        model.activate();
        fixture.sampling.tick();

        assertEquals("collection existence", model.consoleCaches().get(0).name());
        assertEquals(0.5, model.consoleCaches().get(0).hitRate());
        assertEquals("75.0 %", model.hitRateRecentProperty().get());
        assertEquals("50.0 %", model.hitRateLifetimeProperty().get());
        assertEquals("not reported by this server", model.planCacheProperty().get());
        assertEquals(List.of(new PoolRow("primary", 0, 20)), model.pool());
        assertTrue(model.chartProperty().get().series().get("hit rate (recent)").size() >= 2);
        assertEquals("demand", model.modeProperty().get());
        assertEquals("128", model.maxResultsProperty().get());
    }

    @Test
    void firedAlertIsMarkedOnTheChart() {
        fixture.model.setRules(List.of(ThresholdRule.cacheHitRateBelow(0.9, Duration.ZERO)));
        fixture.model.start();
        model.activate();
        assertEquals(1, fixture.model.events().size());
        assertEquals(List.of("server.cache.hit_rate_recent below 0.9"),
                model.chartProperty().get().marks().stream().map(m -> m.rule()).toList());
    }

    @Test
    void appliesEditedResultsCacheSettings() {
        model.activate();
        model.modeProperty().set("on");
        model.maxResultsProperty().set("256");
        model.applyCacheSettings();
        assertEquals(new QueryCacheSettings("on", 256, 268_435_456L, 16_777_216L, false), fixture.server.cache);
        assertEquals("Applied: mode on.", model.settingsMessageProperty().get());
    }

    @Test
    void refusesANonNumberBeforeSending() {
        model.activate();
        model.maxEntrySizeProperty().set("lots");
        model.applyCacheSettings();
        assertEquals("Max entry size must be a whole number, not 'lots'.", model.settingsMessageProperty().get());
        assertEquals("demand", fixture.server.cache.mode());
    }

    @Test
    void aRefusedNumberIsNotStillSaidAfterReloadOrASwitchOfConnection() {
        model.activate();
        model.maxEntrySizeProperty().set("lots");
        model.applyCacheSettings();
        model.loadCacheSettings();
        assertEquals("", model.settingsMessageProperty().get(), "Reload shows the server's values, no stale sentence");

        model.maxEntrySizeProperty().set("lots");
        model.applyCacheSettings();
        model.connectionChanged();
        assertEquals("", model.settingsMessageProperty().get(), "another server: nothing said about the last form");
    }

    @Test
    void hiddenPaneStopsFollowingSamples() {
        fixture.model.start();
        model.activate();
        model.deactivate();
        cache.getIfPresent("x");
        fixture.sampling.tick();
        assertEquals(0, model.consoleCaches().get(0).misses(), "the table is not refreshed while hidden");
    }
}
