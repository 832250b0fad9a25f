package io.arangoconsole.app;

import io.arangoconsole.core.monitoring.SeriesNames;
import io.arangoconsole.ui.monitoring.ChartData;
import io.arangoconsole.ui.monitoring.ChartWindow;
import io.arangoconsole.ui.monitoring.LagBadge;
import java.util.function.Supplier;
import io.arangoconsole.core.arango.ArangoClients;
import io.arangoconsole.core.arango.ClusterMetricsSource;
import io.arangoconsole.core.arango.MonitoringMetricsSource;
import io.arangoconsole.core.arango.MonitoringPool;
import io.arangoconsole.core.arango.MonitoringQueries;
import io.arangoconsole.core.connection.ConnectionTarget;
import io.arangoconsole.core.monitoring.AlertRules;
import io.arangoconsole.core.monitoring.ConsoleCaches;
import io.arangoconsole.core.monitoring.LatencyRecorder;
import io.arangoconsole.core.monitoring.MetricsHistory;
import io.arangoconsole.core.monitoring.MonitoringSampler;
import io.arangoconsole.core.monitoring.PrometheusParser;
import io.arangoconsole.core.monitoring.ServerHistories;
import io.arangoconsole.core.monitoring.TrackedMetricsSource;
import io.arangoconsole.settings.MonitoringSettings;
import io.arangoconsole.settings.Settings;
import io.arangoconsole.ui.caches.CachesViewModel;
import io.arangoconsole.ui.common.FxPoller;
import io.arangoconsole.ui.common.FxTaskRunner;
import io.arangoconsole.ui.common.Poller;
import io.arangoconsole.ui.common.TaskRunner;
import io.arangoconsole.ui.monitoring.AlertNotifier;
import io.arangoconsole.ui.monitoring.AlertsViewModel;
import io.arangoconsole.ui.monitoring.MonitoringModel;
import io.arangoconsole.ui.monitoring.SeriesLoader;
import io.arangoconsole.ui.queries.QueriesViewModel;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicReference;
import javafx.beans.value.ObservableValue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The monitoring part of the composition root: one latency recorder for the console's requests, the
 * console caches registry, the on-disk history, the app-wide sampler and the Queries and Caches view models.
 */
final class MonitoringWiring implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(MonitoringWiring.class);
    /**
     * The endpoint name the scraped server's health is sampled under, for endpoint-down alerts: the server the
     * console is connected to, whichever label (primary, replica, sandbox) its connection has.
     */
    static final String ENDPOINT = "primary";

    final LatencyRecorder latency;
    final ConsoleCaches caches = new ConsoleCaches();
    final ServerHistories history;
    final MonitoringModel model;
    final QueriesViewModel queries;
    final CachesViewModel cachesPane;
    final AlertsViewModel alerts;
    /** The status bar's badge while a replica-lag rule fires. */
    final LagBadge lagBadge = new LagBadge();
    private final MonitoringSampler sampler;

    private volatile boolean closed;

    /**
     * @param executor the app's worker pool; after {@link #close()} this part hands it nothing more, so a sample
     *                 that falls due while the app shuts down is dropped rather than rejected by a stopped pool
     */
    MonitoringWiring(Path historyDir, Settings settings, ArangoClients clients,
                     ObservableValue<ConnectionTarget> target, Executor executor) {
        Executor guarded = command -> {
            if (!closed) {
                executor.execute(command);
            }
        };
        this.latency = clients.recorder();
        TaskRunner tasks = new FxTaskRunner(guarded);
        Poller poller = new FxPoller(guarded);
        // Background threads read the target; the FX thread is its only writer.
        AtomicReference<ConnectionTarget> current = new AtomicReference<>(target.getValue());
        this.history = new ServerHistories(historyDir, MetricsHistory.DEFAULT_RETENTION, Clock.systemUTC());
        select(target.getValue());
        target.addListener((obs, old, now) -> {
            current.set(now);
            select(now);
        });
        MonitoringMetricsSource metrics = new MonitoringMetricsSource(clients, current::get);
        TrackedMetricsSource source = new TrackedMetricsSource(metrics);
        MonitoringSettings prefs = settings.monitoringProperty().get();
        AlertRules rules = new AlertRules(prefs.alerts());
        this.sampler = new MonitoringSampler(source, metrics::targetLabel, new PrometheusParser(), latency,
                history::current, rules, Map.of(ENDPOINT, source::lastSucceeded), Clock.systemUTC());
        sampler.addSeries(caches::series);
        sampler.scrapeNodes(new ClusterMetricsSource(clients, current::get));
        this.model = new MonitoringModel(sampler, rules, new SeriesLoader(history::current), poller,
                Duration.ofSeconds(prefs.intervalSeconds()));
        model.addAlertListener(new AlertNotifier());
        model.addAlertListener(lagBadge);
        model.sampleOnlyWhen(() -> current.get() != null);
        settings.monitoringProperty().addListener((obs, old, now) -> {
            model.setRules(now.alerts());
            model.setInterval(Duration.ofSeconds(now.intervalSeconds()));
        });
        MonitoringQueries server = new MonitoringQueries(clients, current::get, latency);
        this.queries = new QueriesViewModel(model, server, tasks, poller);
        this.cachesPane = new CachesViewModel(model, server, caches, tasks, MonitoringPool::maxConnectionsPerEndpoint);
        this.alerts = new AlertsViewModel(settings.monitoringProperty());
        target.addListener((obs, old, now) -> cachesPane.connectionChanged());
    }

    /** Charts and samples follow the server: the sandbox keeps one history whatever port it gets. */
    private void select(ConnectionTarget target) {
        if (target != null) {
            history.select(target.label() == ConnectionTarget.Label.SANDBOX ? "sandbox"
                    : target.endpoint() + "/" + target.database());
        }
    }

    /** Adds series to every poll (e.g. the replica lag), kept in the history and watched by the alert rules. */
    void addSeries(Supplier<Map<String, Double>> provider) {
        sampler.addSeries(provider);
    }

    /** The lag of {@code collection} over the last 24 h from the history, with its rules' alert marks. Blocking. */
    ChartData lagHistory(String collection) {
        try {
            return model.loader().load(Map.of(SeriesNames.lagSeconds(collection), collection), ChartWindow.ONE_DAY,
                    model.rules());
        } catch (IOException e) {
            LOG.warn("Could not read the lag history of {}", collection, e);
            return ChartData.EMPTY;
        }
    }

    /** Starts the app-wide sampling. FX thread. */
    void start() {
        model.start();
    }

    @Override
    public void close() {
        closed = true;
        if (history != null) {
            try {
                history.close();
            } catch (IOException e) {
                LOG.warn("Closing the metrics history failed; the last samples may be missing after a restart", e);
            }
        }
    }
}
