package io.arangoconsole.ui.monitoring;

import io.arangoconsole.core.monitoring.AlertRule;
import io.arangoconsole.core.monitoring.EndpointDownRule;
import io.arangoconsole.core.monitoring.ThresholdRule;
import io.arangoconsole.settings.MonitoringSettings;
import io.arangoconsole.ui.common.Formats;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The alert rules and the sampling interval, edited in a small dialog and kept in the settings (which the app
 * hands on to the sampler). Each kind of rule the issue names has its own command.
 */
public final class AlertsViewModel {
    private final ObjectProperty<MonitoringSettings> settings;
    private final ObservableList<AlertRule> rules = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");

    /** @param settings the monitoring part of the settings: read and written here */
    public AlertsViewModel(ObjectProperty<MonitoringSettings> settings) {
        this.settings = settings;
        rules.setAll(settings.get().alerts());
        settings.addListener((obs, old, now) -> rules.setAll(now.alerts()));
    }

    /** Cache hit rate (recent) under {@code percent} % for {@code minutes}. */
    public void addCacheHitRateBelow(String percent, String minutes) {
        add(() -> ThresholdRule.cacheHitRateBelow(number(percent, "The hit rate") / 100,
                Duration.ofSeconds(Math.round(number(minutes, "The minutes") * 60))));
    }

    /** Server AQL p95 above {@code millis} for {@code minutes}. */
    public void addP95Above(String millis, String minutes) {
        add(() -> ThresholdRule.aqlP95Above(number(millis, "The p95"),
                Duration.ofSeconds(Math.round(number(minutes, "The minutes") * 60))));
    }

    /** More than {@code perMinute} slow queries a minute for {@code minutes}. */
    public void addSlowQueriesAbove(String perMinute, String minutes) {
        add(() -> ThresholdRule.slowQueriesPerMinuteAbove(number(perMinute, "The slow queries a minute"),
                Duration.ofSeconds(Math.round(number(minutes, "The minutes") * 60))));
    }

    /** The endpoint ({@code primary}) unreachable for {@code minutes}. */
    public void addEndpointDown(String endpoint, String minutes) {
        add(() -> EndpointDownRule.of(endpoint == null ? "" : endpoint.strip(),
                Duration.ofSeconds(Math.round(number(minutes, "The minutes") * 60))));
    }

    /**
     * The replica's lag of {@code collection} over {@code lagMinutes} in {@code samples} consecutive samples at the
     * current interval ("lag of orders over 5 min for 2 samples").
     */
    public void addLagAbove(String collection, String lagMinutes, String samples) {
        add(() -> {
            String name = collection == null ? "" : collection.strip();
            if (name.isEmpty()) {
                throw new IllegalArgumentException("Name the collection whose replica lag to watch");
            }
            double count = number(samples, "The samples");
            if (count < 1 || count != Math.rint(count)) {
                throw new IllegalArgumentException("The samples must be a whole number, 1 or more, not '" + samples
                        + "'");
            }
            return ThresholdRule.lagAbove(name, Duration.ofSeconds(Math.round(number(lagMinutes, "The lag") * 60)),
                    (int) count, Duration.ofSeconds(intervalSeconds()));
        });
    }

    /** Removes a rule. */
    public void remove(AlertRule rule) {
        List<AlertRule> now = new ArrayList<>(settings.get().alerts());
        now.removeIf(r -> r.id().equals(rule.id()));
        settings.set(settings.get().withAlerts(now));
    }

    /** Samples every {@code seconds} (1..300). */
    public void setInterval(String seconds) {
        try {
            int s = (int) number(seconds, "The interval");
            if (s < 1 || s > 300) {
                throw new IllegalArgumentException("The interval must be 1 to 300 seconds");
            }
            settings.set(new MonitoringSettings(s, settings.get().alerts()));
            error.set("");
        } catch (IllegalArgumentException e) {
            error.set(Formats.sentence(e));
        }
    }

    public int intervalSeconds() {
        return settings.get().intervalSeconds();
    }

    private void add(java.util.function.Supplier<AlertRule> rule) {
        try {
            List<AlertRule> now = new ArrayList<>(settings.get().alerts());
            now.add(rule.get());
            settings.set(settings.get().withAlerts(now));
            error.set("");
        } catch (IllegalArgumentException e) {
            error.set(Formats.sentence(e));
        }
    }

    private static double number(String text, String what) {
        try {
            double v = Double.parseDouble(text == null ? "" : text.strip());
            if (v < 0 || !Double.isFinite(v)) {
                throw new NumberFormatException();
            }
            return v;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(what + " must be a positive number, not '" + text + "'");
        }
    }

    public ObservableList<AlertRule> rules() {
        return rules;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}
