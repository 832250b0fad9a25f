package io.arangoconsole.core.monitoring;

/**
 * Wraps a {@link MetricsSource} and remembers whether its last fetch succeeded: the health of the scraped endpoint
 * as the sampler sees it ({@link SeriesNames#endpointUp(String)}), with no extra request.
 */
public final class TrackedMetricsSource implements MetricsSource {
    private final MetricsSource source;
    private volatile boolean lastSucceeded = true;

    public TrackedMetricsSource(MetricsSource source) {
        this.source = source;
    }

    @Override
    public byte[] fetchMetricsPage() throws Exception {
        try {
            byte[] page = source.fetchMetricsPage();
            lastSucceeded = true;
            return page;
        } catch (Exception e) {
            lastSucceeded = false;
            throw e;
        }
    }

    /** True when the last fetch answered (and before the first). */
    public boolean lastSucceeded() {
        return lastSucceeded;
    }
}
