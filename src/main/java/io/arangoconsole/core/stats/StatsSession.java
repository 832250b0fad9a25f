package io.arangoconsole.core.stats;

/**
 * The stats services of one connection: cached stats, the naive-query comparison, and drift when a replica is
 * configured ({@code drift} null otherwise), and the DBA's attribute choices of its database ({@code overrides}).
 * Closing it stops the scheduled refresh.
 */
public record StatsSession(StatsService stats, NaiveComparison comparison, DriftService drift,
                           StatsSettings settings, AttributeOverrides overrides) implements AutoCloseable {

    /** True when a replica is configured, so drift can be shown. */
    public boolean hasReplica() {
        return drift != null;
    }

    @Override
    public void close() {
        stats.close();
    }
}
