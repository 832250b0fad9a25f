package io.arangoconsole.core.routing;

import io.arangoconsole.core.FailureLog;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.LoggerFactory;

/**
 * Probes an endpoint on a fixed interval (default 5 s) on a daemon thread and feeds the result to its
 * {@link EndpointHealth}, so reads fall back to the primary within one interval of the replica going down.
 */
public final class HealthProbe implements AutoCloseable {
    private static final FailureLog FAILURES = new FailureLog(LoggerFactory.getLogger(HealthProbe.class));
    /** A cheap call that throws when the endpoint cannot serve, e.g. {@code GET /_api/version}. */
    @FunctionalInterface
    public interface Ping {
        void ping() throws Exception;
    }

    private final ScheduledExecutorService scheduler;
    private final Ping ping;
    private final EndpointHealth health;

    public HealthProbe(Ping ping, EndpointHealth health, Duration interval) {
        this.ping = ping;
        this.health = health;
        this.scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "health-probe");
            t.setDaemon(true);
            return t;
        });
        if (interval != null) {
            long millis = interval.toMillis();
            scheduler.scheduleWithFixedDelay(this::probeOnce, 0, millis, TimeUnit.MILLISECONDS);
        }
    }

    /** A probe that runs only when {@link #probeOnce()} is called: tests drive it step by step, no timing. */
    public static HealthProbe manual(Ping ping, EndpointHealth health) {
        return new HealthProbe(ping, health, null);
    }

    /** Runs one probe now on the calling thread. */
    public void probeOnce() {
        try {
            ping.ping();
            FAILURES.recovered("Health probe");
            health.success();
        } catch (Exception e) {
            FAILURES.warn("Health probe", e);
            health.failure(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        }
    }

    @Override
    public void close() {
        scheduler.shutdownNow();
    }
}
