package io.arangoconsole.ui.caches;

import io.arangoconsole.core.monitoring.CacheSummary;
import io.arangoconsole.core.monitoring.ConsoleCaches;
import io.arangoconsole.core.monitoring.MonitoringSample;
import io.arangoconsole.core.monitoring.QueryCacheSettings;
import io.arangoconsole.core.monitoring.SeriesNames;
import io.arangoconsole.core.monitoring.ServerMetrics;
import io.arangoconsole.core.monitoring.ServerQueries;
import io.arangoconsole.ui.common.Formats;
import io.arangoconsole.ui.common.TaskRunner;
import io.arangoconsole.ui.monitoring.ChartData;
import io.arangoconsole.ui.monitoring.ChartWindow;
import io.arangoconsole.ui.monitoring.MonitoringModel;
import io.arangoconsole.ui.monitoring.ReloadThrottle;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntSupplier;
import javafx.beans.InvalidationListener;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Caches pane: the console's own caches, the server's in-memory cache hit rates with their trend, the plan
 * cache, the AQL results cache settings (editable), and the connection pool. Refreshes on every monitoring sample
 * while visible.
 */
public final class CachesViewModel {
    /** Hit rate series of the trend chart, by display name. */
    static final Map<String, String> CHART_SERIES = chartSeries();

    private final MonitoringModel monitoring;
    private final ServerQueries queries;
    private final ConsoleCaches caches;
    private final TaskRunner tasks;
    private final IntSupplier poolMax;
    private final ObservableList<CacheSummary> consoleCaches = FXCollections.observableArrayList();
    private final ObservableList<PoolRow> pool = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper hitRateRecent = new ReadOnlyStringWrapper(this, "hitRateRecent", Formats.NONE);
    private final ReadOnlyStringWrapper hitRateLifetime = new ReadOnlyStringWrapper(this, "hitRateLifetime",
            Formats.NONE);
    private final ReadOnlyStringWrapper planCache = new ReadOnlyStringWrapper(this, "planCache", Formats.NONE);
    private final ReadOnlyObjectWrapper<ChartData> chart = new ReadOnlyObjectWrapper<>(this, "chart",
            ChartData.EMPTY);
    private final ObjectProperty<ChartWindow> window = new SimpleObjectProperty<>(this, "window",
            ChartWindow.FIVE_MINUTES);
    private final ObjectProperty<String> mode = new SimpleObjectProperty<>(this, "mode");
    private final StringProperty maxResults = new SimpleStringProperty(this, "maxResults", "");
    private final StringProperty maxResultsSize = new SimpleStringProperty(this, "maxResultsSize", "");
    private final StringProperty maxEntrySize = new SimpleStringProperty(this, "maxEntrySize", "");
    private final BooleanProperty includeSystem = new SimpleBooleanProperty(this, "includeSystem");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ReadOnlyStringWrapper settingsMessage = new ReadOnlyStringWrapper(this, "settingsMessage", "");
    private final ReadOnlyObjectWrapper<Instant> lastUpdated = new ReadOnlyObjectWrapper<>(this, "lastUpdated");
    private final InvalidationListener onSample = obs -> onSample();
    private final ReloadThrottle reloads = new ReloadThrottle();
    private boolean active;

    /** @param poolMax the configured maximum of connections per endpoint */
    public CachesViewModel(MonitoringModel monitoring, ServerQueries queries, ConsoleCaches caches, TaskRunner tasks,
                           IntSupplier poolMax) {
        this.monitoring = monitoring;
        this.queries = queries;
        this.caches = caches;
        this.tasks = tasks;
        this.poolMax = poolMax;
        window.addListener(obs -> {
            reloads.reset();
            reloadChart();
        });
    }

    /** The pane is shown: follow the samples and read the cache settings. */
    public void activate() {
        if (active) {
            return;
        }
        active = true;
        monitoring.samplesProperty().addListener(onSample);
        refresh();
        loadCacheSettings();
    }

    /** The pane is hidden: stop following. */
    public void deactivate() {
        active = false;
        monitoring.samplesProperty().removeListener(onSample);
    }

    private void onSample() {
        refresh();
        // Opened before the connection was up: the first read failed, so try again with each sample.
        if (mode.get() == null && !busy.get()) {
            loadCacheSettings();
        }
    }

    /** Redraws from the latest sample and the history (background read). */
    public void refresh() {
        consoleCaches.setAll(caches.summaries());
        MonitoringSample sample = monitoring.latestProperty().get();
        if (sample != null) {
            Optional<ServerMetrics> server = sample.server();
            hitRateRecent.set(server.map(s -> Formats.percent(s.cacheHitRateRecent())).orElse(Formats.NONE));
            hitRateLifetime.set(server.map(s -> Formats.percent(s.cacheHitRateLifetime())).orElse(Formats.NONE));
            planCache.set(server.map(CachesViewModel::planCacheText).orElse(Formats.NONE));
            List<PoolRow> rows = new ArrayList<>();
            sample.inFlight().forEach((endpoint, n) -> rows.add(new PoolRow(endpoint, n, poolMax.getAsInt())));
            pool.setAll(rows);
            lastUpdated.set(sample.at());
        }
        if (reloads.due(window.get())) {
            reloadChart();
        }
    }

    static String planCacheText(ServerMetrics s) {
        if (s.planCacheHits().isEmpty() && s.planCacheMisses().isEmpty()) {
            return Formats.NOT_REPORTED;
        }
        long hits = (long) s.planCacheHits().orElse(0);
        long misses = (long) s.planCacheMisses().orElse(0);
        String rate = s.planCacheHitRate().isPresent() ? " (" + Formats.percent(s.planCacheHitRate()) + " hits)" : "";
        return Formats.count(hits) + " hits, " + Formats.count(misses) + " misses" + rate;
    }

    private void reloadChart() {
        ChartWindow w = window.get();
        tasks.run("load cache hit rate history", () -> monitoring.loader().load(CHART_SERIES, w, monitoring.rules()),
                chart::set, e -> error.set(Formats.sentence(e)));
    }

    /** Reads the AQL results cache settings from the server. */
    public void loadCacheSettings() {
        busy.set(true);
        tasks.run("read query cache settings", queries::cacheSettings, s -> {
            busy.set(false);
            show(s);
            error.set("");
        }, e -> {
            busy.set(false);
            error.set(Formats.sentence(e));
        });
    }

    /** Sends the edited settings to the server, in the background; a bad number is refused before sending. */
    public void applyCacheSettings() {
        QueryCacheSettings wanted;
        try {
            wanted = new QueryCacheSettings(mode.get(), number(maxResults, "Max results"),
                    number(maxResultsSize, "Max results size"), number(maxEntrySize, "Max entry size"),
                    includeSystem.get());
        } catch (IllegalArgumentException e) {
            settingsMessage.set(Formats.sentence(e));
            return;
        }
        busy.set(true);
        settingsMessage.set("Applying…");
        tasks.run("apply query cache settings", () -> queries.setCacheSettings(wanted), s -> {
            busy.set(false);
            show(s);
            settingsMessage.set("Applied: mode " + s.mode() + ".");
        }, e -> {
            busy.set(false);
            settingsMessage.set(Formats.sentence(e));
        });
    }

    /**
     * Another server: its settings are read afresh, and no message about the previous server's form (e.g. a
     * refused number) stays on screen.
     */
    public void connectionChanged() {
        settingsMessage.set("");
        mode.set(null);
        if (active) {
            loadCacheSettings();
        }
    }

    private void show(QueryCacheSettings s) {
        // what the server says now replaces whatever the form said about the values typed before
        settingsMessage.set("");
        mode.set(s.mode());
        maxResults.set(Long.toString(s.maxResults()));
        maxResultsSize.set(Long.toString(s.maxResultsSize()));
        maxEntrySize.set(Long.toString(s.maxEntrySize()));
        includeSystem.set(s.includeSystem());
    }

    private static long number(StringProperty text, String what) {
        String t = text.get() == null ? "" : text.get().strip().replace(",", "").replace("_", "");
        try {
            return Long.parseLong(t);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(what + " must be a whole number, not '" + text.get() + "'");
        }
    }

    private static Map<String, String> chartSeries() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put(SeriesNames.CACHE_HIT_RATE_RECENT, "hit rate (recent)");
        m.put(SeriesNames.CACHE_HIT_RATE_LIFETIME, "hit rate (lifetime)");
        return m;
    }

    public ObservableList<CacheSummary> consoleCaches() {
        return consoleCaches;
    }

    public ObservableList<PoolRow> pool() {
        return pool;
    }

    public ReadOnlyStringProperty hitRateRecentProperty() {
        return hitRateRecent.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty hitRateLifetimeProperty() {
        return hitRateLifetime.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty planCacheProperty() {
        return planCache.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ChartData> chartProperty() {
        return chart.getReadOnlyProperty();
    }

    public ObjectProperty<ChartWindow> windowProperty() {
        return window;
    }

    public List<String> modes() {
        return List.of("off", "on", "demand");
    }

    public ObjectProperty<String> modeProperty() {
        return mode;
    }

    public StringProperty maxResultsProperty() {
        return maxResults;
    }

    public StringProperty maxResultsSizeProperty() {
        return maxResultsSize;
    }

    public StringProperty maxEntrySizeProperty() {
        return maxEntrySize;
    }

    public BooleanProperty includeSystemProperty() {
        return includeSystem;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty settingsMessageProperty() {
        return settingsMessage.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Instant> lastUpdatedProperty() {
        return lastUpdated.getReadOnlyProperty();
    }

    /** The sampling error, e.g. the server is unreachable. */
    public ReadOnlyStringProperty samplingErrorProperty() {
        return monitoring.errorProperty();
    }

}
