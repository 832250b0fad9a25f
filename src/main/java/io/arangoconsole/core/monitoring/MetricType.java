package io.arangoconsole.core.monitoring;

import java.util.Locale;

/** The {@code # TYPE} of a Prometheus metric family; {@code UNTYPED} when the page declares none. */
public enum MetricType {
    COUNTER, GAUGE, HISTOGRAM, SUMMARY, UNTYPED;

    /** The type for a {@code # TYPE} word; unknown words give {@code UNTYPED} rather than failing the scrape. */
    public static MetricType fromText(String word) {
        return switch (word.toLowerCase(Locale.ROOT)) {
            case "counter" -> COUNTER;
            case "gauge" -> GAUGE;
            case "histogram" -> HISTOGRAM;
            case "summary" -> SUMMARY;
            default -> UNTYPED;
        };
    }
}
