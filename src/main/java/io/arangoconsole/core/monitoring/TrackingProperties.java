package io.arangoconsole.core.monitoring;

/**
 * The server's query tracking settings ({@code /_api/query/properties}): whether slow queries are logged, from how
 * many seconds a query counts as slow, and how many slow queries are kept.
 */
public record TrackingProperties(boolean enabled, boolean trackSlowQueries, double slowQueryThresholdSeconds,
                                 long maxSlowQueries, long maxQueryStringLength) {

    public TrackingProperties {
        if (!(slowQueryThresholdSeconds >= 0)) {
            throw new IllegalArgumentException("the slow query threshold must not be negative");
        }
        if (maxSlowQueries < 1) {
            throw new IllegalArgumentException("at least one slow query must be kept");
        }
    }

    /** The same settings with a new threshold and log size, as the Queries pane edits them. */
    public TrackingProperties with(double thresholdSeconds, long keep) {
        return new TrackingProperties(enabled, trackSlowQueries, thresholdSeconds, keep, maxQueryStringLength);
    }
}
