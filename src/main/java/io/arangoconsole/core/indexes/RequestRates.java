package io.arangoconsole.core.indexes;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.DoubleSupplier;

/**
 * The request rate of each server the console has monitored, by endpoint: the monitoring samples only the server
 * the console is connected to, so a build scheduled for "under N/s" on one server must not read another's rate when
 * the console moves on (decision 0093). A server's rate reads as unknown (busy, so its builds wait) while another
 * server is the monitored one, and {@link ServerRate#unreadable()} says why.
 */
public final class RequestRates {

    private final Clock clock;
    private final Duration maxAge;
    private final Map<String, RequestRate> rates = new ConcurrentHashMap<>();
    private volatile String monitored;

    /** @param maxAge how old a server's last sample may be before its rate is unknown (see {@link RequestRate}) */
    public RequestRates(Clock clock, Duration maxAge) {
        this.clock = clock;
        this.maxAge = maxAge;
    }

    /** The console monitors {@code server} (an endpoint) from now on: the next samples are its. */
    public void monitoring(String server) {
        monitored = server;
    }

    /** One monitoring sample of the server monitored now; dropped when none is. */
    public void sampled(Instant at, Map<String, Double> series) {
        String server = monitored;
        if (server != null) {
            rates.computeIfAbsent(server, s -> new RequestRate(clock, maxAge)).sampled(at, series);
        }
    }

    /** The rate of {@code server}, as a window reads it: live, whichever server is monitored when it is read. */
    public ServerRate of(String server) {
        return new ServerRate(Objects.requireNonNull(server, "server"));
    }

    /** One server's request rate: NaN while it is not the monitored server, stale or not reported. */
    public final class ServerRate implements DoubleSupplier {
        private final String server;

        private ServerRate(String server) {
            this.server = server;
        }

        @Override
        public double getAsDouble() {
            RequestRate rate = rates.get(server);
            return server.equals(monitored) && rate != null ? rate.getAsDouble() : Double.NaN;
        }

        /** Why the rate cannot be read now, for the waiting build's line; null while it can be. */
        public String unreadable() {
            return server.equals(monitored) ? null : "waits: the rate of " + server + " is read only while the "
                    + "console is connected to it";
        }
    }
}
