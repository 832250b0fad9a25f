package io.arangoconsole.ui.queries;

import io.arangoconsole.core.monitoring.LatencyStats;
import io.arangoconsole.core.monitoring.MonitoringSample;
import io.arangoconsole.core.monitoring.RunningQuery;
import io.arangoconsole.core.monitoring.ServerQueries;
import io.arangoconsole.core.monitoring.TrackingProperties;
import io.arangoconsole.ui.common.Formats;
import io.arangoconsole.ui.common.Poller;
import io.arangoconsole.ui.common.TaskRunner;
import io.arangoconsole.ui.monitoring.ChartData;
import io.arangoconsole.ui.monitoring.ChartWindow;
import io.arangoconsole.ui.monitoring.MonitoringModel;
import io.arangoconsole.ui.monitoring.ReloadThrottle;
import java.nio.file.Path;
import java.time.Duration;
import io.arangoconsole.core.monitoring.SeriesNames;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.InvalidationListener;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Queries pane: the console's own request times, the server's AQL query times and rates with history, the
 * running queries (polled only while the pane is visible) with kill, the slow query log, and the tracking settings.
 */
public final class QueriesViewModel {
    /** How often running queries are re-read while the pane is visible. */
    public static final Duration RUNNING_PERIOD = Duration.ofSeconds(2);

    private final MonitoringModel monitoring;
    private final ServerQueries queries;
    private final TaskRunner tasks;
    private final Poller.Polling runningPolling;
    private final ObservableList<LatencyStats> timings = FXCollections.observableArrayList();
    private final ObservableList<RunningQuery> running = FXCollections.observableArrayList();
    private final ObservableList<RunningQuery> slow = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper serverSummary = new ReadOnlyStringWrapper(this, "serverSummary", "");
    private final ReadOnlyObjectWrapper<ChartData> chart = new ReadOnlyObjectWrapper<>(this, "chart",
            ChartData.EMPTY);
    private final ObjectProperty<ChartWindow> window = new SimpleObjectProperty<>(this, "window",
            ChartWindow.FIVE_MINUTES);
    private final ObservableList<String> nodes = FXCollections.observableArrayList(QueryFigures.THIS_SERVER);
    private final ObjectProperty<String> node = new SimpleObjectProperty<>(this, "node", QueryFigures.THIS_SERVER);
    private final ObjectProperty<ChartKind> chartKind = new SimpleObjectProperty<>(this, "chartKind",
            ChartKind.SERVER_QUERY_TIME);
    private final StringProperty threshold = new SimpleStringProperty(this, "threshold", "");
    private final StringProperty keep = new SimpleStringProperty(this, "keep", "");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyStringWrapper killMessage = new ReadOnlyStringWrapper(this, "killMessage", "");
    private final InvalidationListener onSample = obs -> onSample();
    private TrackingProperties tracking;
    private final ReloadThrottle reloads = new ReloadThrottle();
    private java.util.function.Consumer<RunningQuery> opener = q -> { };
    private boolean active;

    public QueriesViewModel(MonitoringModel monitoring, ServerQueries queries, TaskRunner tasks, Poller poller) {
        this.monitoring = monitoring;
        this.queries = queries;
        this.tasks = tasks;
        // the slow log follows the running list's schedule: a query that just went over the threshold shows up
        this.runningPolling = poller.poll("running and slow queries", RUNNING_PERIOD,
                () -> new QueryLists(queries.running(), queries.slow()),
                lists -> {
                    running.setAll(lists.running());
                    slow.setAll(lists.slow());
                    error.set("");
                }, e -> error.set(Formats.sentence(e)));
        window.addListener(obs -> {
            reloads.reset();
            reloadChart();
        });
        chartKind.addListener(obs -> reloadChart());
        node.addListener(obs -> reloadChart());
    }

    /** The pane is shown: poll running queries, follow the samples, read the slow log and the settings. */
    public void activate() {
        if (active) {
            return;
        }
        active = true;
        monitoring.samplesProperty().addListener(onSample);
        runningPolling.start();
        refresh();
        loadSlow();
        loadTracking();
    }

    /** The pane is hidden: stop polling (the app-wide sampling goes on). */
    public void deactivate() {
        active = false;
        runningPolling.stop();
        monitoring.samplesProperty().removeListener(onSample);
    }

    private void onSample() {
        refresh();
        // Opened before the connection was up: the first read failed, so try again with each sample.
        if (tracking == null) {
            loadTracking();
            loadSlow();
        }
    }

    /** Redraws from the latest sample and the history. */
    public void refresh() {
        MonitoringSample sample = monitoring.latestProperty().get();
        if (sample != null) {
            timings.setAll(sample.console());
            showNodes(sample.series());
            serverSummary.set(sample.server().map(QueryFigures::summary).orElse(""));
        }
        if (reloads.due(window.get())) {
            reloadChart();
        }
    }

    /** The series the chart shows now: history name to display name. */
    Map<String, String> visibleSeries() {
        return QueryFigures.series(chartKind.get(), timings, node.get(), nodes.subList(Math.min(2, nodes.size()),
                nodes.size()));
    }

    /** The node choices: this server, all nodes, then each node seen in the sample (only this server if none). */
    private void showNodes(Map<String, Double> series) {
        java.util.TreeSet<String> seen = new java.util.TreeSet<>();
        series.keySet().forEach(name -> {
            String n = SeriesNames.nodeOf(name);
            if (n != null) {
                seen.add(n);
            }
        });
        List<String> choices = new java.util.ArrayList<>(List.of(QueryFigures.THIS_SERVER));
        if (!seen.isEmpty()) {
            choices.add(QueryFigures.ALL_NODES);
            choices.addAll(seen);
        }
        if (!choices.equals(nodes)) {
            String was = node.get();
            nodes.setAll(choices);
            node.set(choices.contains(was) ? was : QueryFigures.THIS_SERVER);
        }
    }

    private void reloadChart() {
        Map<String, String> names = visibleSeries();
        ChartWindow w = window.get();
        tasks.run("load query history", () -> monitoring.loader().load(names, w, monitoring.rules()), chart::set,
                e -> error.set(Formats.sentence(e)));
    }

    /** Writes the visible series over the chosen window, at full resolution, to {@code file} in the background. */
    public void exportCsv(Path file) {
        Map<String, String> names = visibleSeries();
        ChartWindow w = window.get();
        message.set("Exporting…");
        tasks.run("export csv", () -> {
            monitoring.loader().exportCsv(names, w, file);
            return file;
        }, f -> message.set("Exported to " + f.getFileName() + "."), e -> message.set(Formats.sentence(e)));
    }

    /** Re-reads the slow query log. */
    public void loadSlow() {
        tasks.run("read slow queries", queries::slow, slow::setAll, e -> error.set(Formats.sentence(e)));
    }

    /** Empties the slow query log on the server. */
    public void clearSlow() {
        busy.set(true);
        tasks.run("clear slow queries", () -> {
            queries.clearSlow();
            return queries.slow();
        }, list -> {
            busy.set(false);
            slow.setAll(list);
            message.set("Slow query log cleared.");
        }, e -> {
            busy.set(false);
            message.set(Formats.sentence(e));
        });
    }

    /**
     * Kills {@code query}; the view has already asked the user to confirm. The outcome is said next to the Kill
     * button ({@link #killMessageProperty()}); a query that finished meanwhile is said so, not sent a kill.
     */
    public void kill(RunningQuery query) {
        busy.set(true);
        killMessage.set("Killing query " + query.id() + "...");
        tasks.run("kill query", () -> {
            boolean stillRunning = queries.running().stream().anyMatch(q -> q.id().equals(query.id()));
            if (stillRunning) {
                queries.kill(query.id());
            }
            return new KillOutcome(stillRunning, queries.running());
        }, outcome -> {
            busy.set(false);
            running.setAll(outcome.running());
            killMessage.set(outcome.killed() ? "Query " + query.id() + " killed."
                    : "Query " + query.id() + " had already finished: nothing to kill.");
        }, e -> {
            busy.set(false);
            killMessage.set("Query " + query.id() + " was not killed: " + Formats.sentence(e));
        });
    }

    /** Where "Open in Workbench" sends a running or slow query (the query pane, wired by the app). */
    public void onOpen(java.util.function.Consumer<RunningQuery> opener) {
        this.opener = opener;
    }

    /** Opens {@code query} with its bind variables in the query pane. */
    public void open(RunningQuery query) {
        if (query != null) {
            opener.accept(query);
        }
    }

    /** What a kill did, and the running list after it. */
    private record KillOutcome(boolean killed, List<RunningQuery> running) {
    }

    /** One poll: the running queries and the slow log, read together. */
    private record QueryLists(List<RunningQuery> running, List<RunningQuery> slow) {
    }

    /** The outcome of the last kill, shown next to the Kill button; empty before the first. */
    public ReadOnlyStringProperty killMessageProperty() {
        return killMessage.getReadOnlyProperty();
    }

    /** Reads the tracking settings. */
    public void loadTracking() {
        tasks.run("read tracking properties", queries::tracking, this::showTracking,
                e -> error.set(Formats.sentence(e)));
    }

    /** Sends the edited threshold and log size; refused before sending when they are not numbers. */
    public void applyTracking() {
        if (tracking == null) {
            message.set("The tracking settings have not been read yet.");
            return;
        }
        TrackingProperties wanted;
        try {
            wanted = tracking.with(parse(threshold.get(), "The threshold"),
                    (long) parse(keep.get(), "The number of slow queries kept"));
        } catch (IllegalArgumentException e) {
            message.set(Formats.sentence(e));
            return;
        }
        busy.set(true);
        tasks.run("set tracking properties", () -> queries.setTracking(wanted), p -> {
            busy.set(false);
            showTracking(p);
            message.set("Slow queries: from " + threshold.get() + " s, " + keep.get() + " kept.");
        }, e -> {
            busy.set(false);
            message.set(Formats.sentence(e));
        });
    }

    private void showTracking(TrackingProperties p) {
        tracking = p;
        threshold.set(trim(p.slowQueryThresholdSeconds()));
        keep.set(Long.toString(p.maxSlowQueries()));
    }

    private static String trim(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }

    private static double parse(String text, String what) {
        try {
            return Double.parseDouble(text == null ? "" : text.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(what + " must be a number, not '" + text + "'");
        }
    }

    public ObservableList<LatencyStats> timings() {
        return timings;
    }

    public ObservableList<RunningQuery> running() {
        return running;
    }

    public ObservableList<RunningQuery> slow() {
        return slow;
    }

    public boolean isPollingRunning() {
        return runningPolling.isRunning();
    }

    public ReadOnlyStringProperty serverSummaryProperty() {
        return serverSummary.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ChartData> chartProperty() {
        return chart.getReadOnlyProperty();
    }

    public ObjectProperty<ChartWindow> windowProperty() {
        return window;
    }

    /** Whose server figures the chart draws: {@code this server}, {@code all nodes} or one node's short name. */
    public ObjectProperty<String> nodeProperty() {
        return node;
    }

    /** The node choices; just {@code this server} on a single server (the choice is then hidden). */
    public ObservableList<String> nodes() {
        return nodes;
    }

    public ObjectProperty<ChartKind> chartKindProperty() {
        return chartKind;
    }

    public StringProperty thresholdProperty() {
        return threshold;
    }

    public StringProperty keepProperty() {
        return keep;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** The sampling error, e.g. the server is unreachable. */
    public ReadOnlyStringProperty samplingErrorProperty() {
        return monitoring.errorProperty();
    }

    Optional<TrackingProperties> tracking() {
        return Optional.ofNullable(tracking);
    }
}
