package io.arangoconsole.ui.monitoring;

import io.arangoconsole.core.monitoring.AlertEvent;
import io.arangoconsole.core.monitoring.AlertRule;
import io.arangoconsole.core.monitoring.AlertRules;
import io.arangoconsole.core.monitoring.MonitoringSample;
import io.arangoconsole.core.monitoring.MonitoringSampler;
import io.arangoconsole.ui.common.Formats;
import io.arangoconsole.ui.common.Poller;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The one background sampling loop of the monitoring panes: polls the {@link MonitoringSampler} at the configured
 * interval for as long as the app runs (so history accumulates while the panes are hidden), publishes the latest
 * sample, and hands alert transitions to listeners (the desktop notifier, the chart marks). FX thread only.
 */
public final class MonitoringModel {
    private static final int KEPT_EVENTS = 50;

    private final MonitoringSampler sampler;
    private final AlertRules alerts;
    private final SeriesLoader loader;
    private final Poller poller;
    private final ObjectProperty<MonitoringSample> latest = new SimpleObjectProperty<>(this, "latest");
    private final ReadOnlyLongWrapper samples = new ReadOnlyLongWrapper(this, "samples");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ObservableList<AlertEvent> events = FXCollections.observableArrayList();
    private final List<Consumer<AlertEvent>> listeners = new ArrayList<>();
    private Duration interval;
    private Poller.Polling polling;
    private volatile BooleanSupplier ready = () -> true;

    public MonitoringModel(MonitoringSampler sampler, AlertRules alerts, SeriesLoader loader, Poller poller,
                           Duration interval) {
        this.sampler = sampler;
        this.alerts = alerts;
        this.loader = loader;
        this.poller = poller;
        this.interval = interval;
    }

    /** Starts sampling; the first sample is taken at once. */
    public void start() {
        if (polling == null) {
            polling = poller.poll("monitoring sample", interval, () -> ready.getAsBoolean() ? sampler.sample() : null,
                    this::accept,
                    e -> error.set(Formats.sentence(e)));
        }
        polling.start();
    }

    /** Stops sampling (on exit). */
    public void stop() {
        if (polling != null) {
            polling.stop();
        }
    }

    /** Samples every {@code newInterval} from now on. */
    public void setInterval(Duration newInterval) {
        if (newInterval.equals(interval)) {
            return;
        }
        interval = newInterval;
        boolean running = polling != null && polling.isRunning();
        stop();
        polling = null;
        if (running) {
            start();
        }
    }

    public Duration interval() {
        return interval;
    }

    /** Replaces the alert rules; a rule that did not change keeps its state (firing, breached since). */
    public void setRules(List<AlertRule> rules) {
        alerts.setRules(rules);
    }

    public List<AlertRule> rules() {
        return alerts.rules();
    }

    /** Called on the FX thread for every alert that fires or clears. */
    public void addAlertListener(Consumer<AlertEvent> listener) {
        listeners.add(listener);
    }

    /**
     * Samples only while {@code condition} holds (read on the worker thread), e.g. once a connection exists:
     * before that there is nothing to scrape, and a failed scrape would only clutter the timings.
     */
    public void sampleOnlyWhen(BooleanSupplier condition) {
        this.ready = condition;
    }

    private void accept(MonitoringSample sample) {
        if (sample == null) {
            return;
        }
        latest.set(sample);
        samples.set(samples.get() + 1);
        error.set(sample.error().map(e -> Formats.sentence(new RuntimeException(e))).orElse(""));
        for (AlertEvent event : sample.events()) {
            events.add(0, event);
            if (events.size() > KEPT_EVENTS) {
                events.remove(KEPT_EVENTS, events.size());
            }
            listeners.forEach(l -> l.accept(event));
        }
    }

    /** The last sample; null before the first. */
    public ReadOnlyObjectProperty<MonitoringSample> latestProperty() {
        return latest;
    }

    /** How many samples were taken: panes reload their charts when it moves. */
    public ReadOnlyLongProperty samplesProperty() {
        return samples.getReadOnlyProperty();
    }

    /** Why the last sample is incomplete (e.g. the server is unreachable), or empty. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** Recent alert transitions, newest first. */
    public ObservableList<AlertEvent> events() {
        return events;
    }

    /** Reads chart series out of the history (blocking). */
    public SeriesLoader loader() {
        return loader;
    }
}
