package io.arangoconsole.settings;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.arangoconsole.core.monitoring.AlertRule;
import java.util.List;

/**
 * The monitoring preferences kept in the settings file: how often the server is sampled, and the alert rules.
 *
 * @param intervalSeconds seconds between two samples (1..300)
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record MonitoringSettings(int intervalSeconds, List<AlertRule> alerts) {
    public static final int DEFAULT_INTERVAL_SECONDS = 5;
    public static final MonitoringSettings DEFAULTS = new MonitoringSettings(DEFAULT_INTERVAL_SECONDS, List.of());

    public MonitoringSettings {
        // A hand-edited file may hold nonsense; fall back rather than refuse to start.
        intervalSeconds = intervalSeconds < 1 || intervalSeconds > 300 ? DEFAULT_INTERVAL_SECONDS : intervalSeconds;
        alerts = alerts == null ? List.of() : List.copyOf(alerts);
    }

    /** The same preferences with other alert rules. */
    public MonitoringSettings withAlerts(List<AlertRule> rules) {
        return new MonitoringSettings(intervalSeconds, rules);
    }
}
