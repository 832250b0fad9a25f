package io.arangoconsole.core.monitoring;

/** Which side of a threshold is bad. */
public enum Comparison {
    /** Bad when the value is under the threshold (e.g. a cache hit rate). */
    BELOW,
    /** Bad when the value is over the threshold (e.g. a p95 latency). */
    ABOVE;

    boolean breached(double value, double threshold) {
        return this == BELOW ? value < threshold : value > threshold;
    }
}
