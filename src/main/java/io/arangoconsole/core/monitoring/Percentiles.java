package io.arangoconsole.core.monitoring;

/** The 50th, 95th and 99th percentile of some latency, in the unit the producer documents. */
public record Percentiles(double p50, double p95, double p99) {

    /** The same percentiles multiplied by {@code factor}, e.g. 1000 to turn seconds into milliseconds. */
    public Percentiles scaled(double factor) {
        return new Percentiles(p50 * factor, p95 * factor, p99 * factor);
    }
}
