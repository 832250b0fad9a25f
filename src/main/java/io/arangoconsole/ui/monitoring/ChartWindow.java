package io.arangoconsole.ui.monitoring;

import java.time.Duration;

/** How far back a monitoring chart looks. */
public enum ChartWindow {
    FIVE_MINUTES("5 min", Duration.ofMinutes(5)),
    ONE_HOUR("1 h", Duration.ofHours(1)),
    ONE_DAY("24 h", Duration.ofHours(24));

    private final String label;
    private final Duration duration;

    ChartWindow(String label, Duration duration) {
        this.label = label;
        this.duration = duration;
    }

    public Duration duration() {
        return duration;
    }

    @Override
    public String toString() {
        return label;
    }
}
