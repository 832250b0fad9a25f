package io.arangoconsole.core.indexes;

import io.arangoconsole.core.monitoring.SeriesNames;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.function.DoubleSupplier;

/**
 * The server's HTTP requests per second as the monitoring last sampled them (its
 * {@link SeriesNames#HTTP_REQUESTS_PER_S} series): the one rate the quiet build window reads. NaN, which the window
 * counts as busy, before the first sample, when the server did not report the metric, and once the last sample is
 * older than {@code maxAge} (monitoring stopped or the server stopped answering).
 */
public final class RequestRate implements DoubleSupplier {

    private final Clock clock;
    private final Duration maxAge;
    private volatile double perSecond = Double.NaN;
    private volatile Instant at = Instant.MIN;

    public RequestRate(Clock clock, Duration maxAge) {
        this.clock = clock;
        this.maxAge = maxAge;
    }

    /** One monitoring sample taken at {@code sampledAt}, its named series. */
    public void sampled(Instant sampledAt, Map<String, Double> series) {
        Double rate = series.get(SeriesNames.HTTP_REQUESTS_PER_S);
        perSecond = rate == null ? Double.NaN : rate;
        at = sampledAt;
    }

    @Override
    public double getAsDouble() {
        return Duration.between(at, clock.instant()).compareTo(maxAge) > 0 ? Double.NaN : perSecond;
    }
}
