package io.arangoconsole.core.monitoring;

/** One histogram bucket: observations at most {@code upperBound}, counted cumulatively as Prometheus does. */
public record Bucket(double upperBound, double cumulativeCount) {
}
