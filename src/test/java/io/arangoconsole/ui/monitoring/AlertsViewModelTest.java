package io.arangoconsole.ui.monitoring;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.arangoconsole.core.monitoring.EndpointDownRule;
import io.arangoconsole.core.monitoring.SeriesNames;
import io.arangoconsole.core.monitoring.ThresholdRule;
import io.arangoconsole.settings.MonitoringSettings;
import io.arangoconsole.settings.Settings;
import io.arangoconsole.settings.SettingsStore;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AlertsViewModelTest {
    @TempDir
    Path dir;

    @Test
    void rulesAreAddedValidatedAndSavedWithTheSettings() throws Exception {
        Settings settings = new Settings();
        AlertsViewModel model = new AlertsViewModel(settings.monitoringProperty());
        model.addCacheHitRateBelow("90", "5");
        model.addP95Above("250", "1");
        model.addSlowQueriesAbove("3", "0.5");
        model.addEndpointDown("primary", "2");
        model.addP95Above("fast", "1");
        assertEquals("The p95 must be a positive number, not 'fast'.", model.errorProperty().get());
        model.setInterval("10");
        assertEquals(4, model.rules().size());

        ThresholdRule hitRate = (ThresholdRule) model.rules().get(0);
        assertEquals(SeriesNames.CACHE_HIT_RATE_RECENT, hitRate.watchedSeries());
        assertEquals(300, hitRate.forSeconds());
        assertEquals(30, model.rules().get(2).forSeconds());
        assertEquals(SeriesNames.endpointUp("primary"), ((EndpointDownRule) model.rules().get(3)).watchedSeries());

        SettingsStore store = new SettingsStore(dir, Duration.ZERO);
        store.save(settings.toDto());
        MonitoringSettings loaded = store.load().monitoringProperty().get();
        assertEquals(10, loaded.intervalSeconds());
        assertEquals(settings.monitoringProperty().get().alerts(), loaded.alerts());

        model.remove(model.rules().get(1));
        assertEquals(3, settings.monitoringProperty().get().alerts().size());
    }

    @Test
    void aReplicaLagRuleCountsSamplesAtTheCurrentInterval() throws Exception {
        Settings settings = new Settings();
        AlertsViewModel model = new AlertsViewModel(settings.monitoringProperty());
        model.setInterval("5");
        model.addLagAbove("orders", "5", "2");
        model.addLagAbove(" ", "5", "2");
        assertEquals("Name the collection whose replica lag to watch.", model.errorProperty().get());
        model.addLagAbove("orders", "5", "1.5");
        assertEquals("The samples must be a whole number, 1 or more, not '1.5'.", model.errorProperty().get());

        assertEquals(1, model.rules().size());
        ThresholdRule lag = (ThresholdRule) model.rules().get(0);
        assertEquals("lag of orders over 5 min for 2 samples", lag.name());
        assertEquals(SeriesNames.lagSeconds("orders"), lag.watchedSeries());
        assertEquals(300, lag.threshold());
        assertEquals(5, lag.forSeconds(), "held from the first breaching sample to the second, 5 s later");
        SettingsStore store = new SettingsStore(dir, Duration.ZERO);
        store.save(settings.toDto());
        assertEquals(settings.monitoringProperty().get().alerts(), store.load().monitoringProperty().get().alerts(),
                "saved with the settings like any threshold rule");
    }
}
