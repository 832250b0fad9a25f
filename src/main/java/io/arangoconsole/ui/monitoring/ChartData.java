package io.arangoconsole.ui.monitoring;

import io.arangoconsole.core.monitoring.TimeSeries;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What a monitoring chart draws: series by display name (already downsampled to a few hundred points), and the
 * moments alerts fired, to mark on the chart; {@code from}..{@code to} is the time window shown (null: fit).
 */
public record ChartData(Map<String, TimeSeries> series, List<AlertMark> marks, Instant from, Instant to) {
    public static final ChartData EMPTY = new ChartData(Map.of(), List.of(), null, null);

    /** Data without a fixed time span: the chart fits its x axis to the points. */
    public ChartData(Map<String, TimeSeries> series, List<AlertMark> marks) {
        this(series, marks, null, null);
    }

    /** An alert that fired at {@code at}. */
    public record AlertMark(Instant at, String rule) {
    }

    public ChartData {
        series = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(series));
        marks = List.copyOf(marks);
    }

    /** True when no series has a point. */
    public boolean isEmpty() {
        return series.values().stream().allMatch(TimeSeries::isEmpty);
    }
}
