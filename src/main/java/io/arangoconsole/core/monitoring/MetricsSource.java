package io.arangoconsole.core.monitoring;

/**
 * Reads the raw Prometheus page of one server ({@code GET /_admin/metrics/v2}); implemented in {@code core.arango},
 * the only package that talks to the driver, and by a lambda in tests.
 */
@FunctionalInterface
public interface MetricsSource {

    /** The page as the server sent it; throws when the server cannot be reached or refuses. */
    byte[] fetchMetricsPage() throws Exception;
}
