package io.arangoconsole.core.indexes;

import io.arangoconsole.core.stats.PlanSummary;

/**
 * A query explained and timed once: the plan's gist, the measured wall time of running it to the last row in
 * milliseconds, and the rows it returned. When the server refused the query, {@code plan} is null and {@code error}
 * says why.
 */
public record Measurement(PlanSummary plan, double millis, int rows, String error) {

    /** A measurement that could not be taken. */
    public static Measurement failed(String error) {
        return new Measurement(null, 0, 0, error);
    }

    /** True when the plan reads through an index ({@code IndexNode}). */
    public boolean usesIndex() {
        return plan != null && plan.usesIndex();
    }

    /** True when the plan scans the whole collection ({@code EnumerateCollectionNode}). */
    public boolean scansCollection() {
        return plan != null && plan.scansCollection();
    }
}
