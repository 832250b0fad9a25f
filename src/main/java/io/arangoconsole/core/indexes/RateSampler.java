package io.arangoconsole.core.indexes;

import io.arangoconsole.core.FailureLog;
import io.arangoconsole.core.monitoring.MetricsSnapshot;
import io.arangoconsole.core.monitoring.MetricsSource;
import io.arangoconsole.core.monitoring.PrometheusParser;
import io.arangoconsole.core.monitoring.ServerMetrics;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Feeds a {@link RequestRate} where no monitoring runs (the command line's {@code indexes apply --window "under
 * N/s"}): each {@link #sample()} reads the server's metrics page and hands the rate since the previous one, over the
 * caller's clock, to the rate. A failed read makes the rate unknown (busy), logged at WARN once per outage.
 */
public final class RateSampler {
    private static final Logger LOG = LoggerFactory.getLogger(RateSampler.class);
    private static final FailureLog FAILURES = new FailureLog(LOG);
    private static final String WHAT = "Reading the server's request rate";

    private final MetricsSource source;
    private final Clock clock;
    private final RequestRate rate;
    private final PrometheusParser parser = new PrometheusParser();
    private MetricsSnapshot previous;

    public RateSampler(MetricsSource source, Clock clock, RequestRate rate) {
        this.source = source;
        this.clock = clock;
        this.rate = rate;
    }

    /** The rate this sampler feeds. */
    public RequestRate rate() {
        return rate;
    }

    /**
     * Reads the metrics page once (blocking). The first read gives no rate yet (a rate needs two pages).
     *
     * @throws Exception when the page cannot be read or counts no requests; the rate is then unknown until a read
     *                   succeeds
     */
    public synchronized void sampleOrThrow() throws Exception {
        Instant at = clock.instant();
        try {
            MetricsSnapshot snapshot = parser.parse(source.fetchMetricsPage(), at);
            if (snapshot.samples(ServerMetrics.HTTP_REQUESTS).isEmpty()) {
                throw new IllegalStateException("its metrics do not count HTTP requests ("
                        + ServerMetrics.HTTP_REQUESTS + ")");
            }
            rate.sampled(at, ServerMetrics.from(previous, snapshot).series());
            previous = snapshot;
            FAILURES.recovered(WHAT);
        } catch (Exception e) {
            previous = null;
            rate.sampled(at, Map.of());
            throw e;
        }
    }

    /** {@link #sampleOrThrow()}, a failure logged (once per outage) and read as an unknown rate. */
    public void sample() {
        try {
            sampleOrThrow();
        } catch (Exception e) {
            FAILURES.warn(WHAT, e);
        }
    }
}
