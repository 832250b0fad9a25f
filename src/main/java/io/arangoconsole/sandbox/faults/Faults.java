package io.arangoconsole.sandbox.faults;

import io.arangoconsole.sandbox.store.Store;

import java.util.Objects;
import java.util.function.ToLongFunction;

/**
 * Fault control of a running sandbox, for tests and demos: extra latency, a share of requests failing with a given
 * error, new connections refused, and slow index builds. The HTTP server consults it on every connection and request.
 * All settings are volatile so a test thread can flip them while the server runs.
 */
public final class Faults {
    /** Ordinary default: a 503 with errorNum 503, which the Java driver treats as "host unavailable" and retries. */
    public static final Failure UNAVAILABLE = new Failure(503, 503, "service unavailable");

    private final Store store;
    private volatile ToLongFunction<FaultRequest> latency = r -> 0;
    private volatile double failShare;
    private volatile Failure failure = UNAVAILABLE;
    private volatile boolean refuseConnections;

    private final java.util.concurrent.atomic.AtomicLong requests = new java.util.concurrent.atomic.AtomicLong();

    public Faults(Store store) {
        this.store = store;
    }

    /** A request as faults see it: method and path (with the {@code /_db/name} prefix as sent). */
    public record FaultRequest(String method, String path) {
    }

    /** The error injected into failing requests: HTTP status, ArangoDB errorNum, message. */
    public record Failure(int code, int errorNum, String message) {
    }

    /** Every request waits {@code millis} before it is served. */
    public Faults latency(long millis) {
        return latency(r -> millis);
    }

    /** Each request waits as long as {@code perRequest} says (milliseconds), e.g. only for some paths. */
    public Faults latency(ToLongFunction<FaultRequest> perRequest) {
        this.latency = Objects.requireNonNull(perRequest);
        return this;
    }

    /** A share (0..1) of requests fails with {@code failure} instead of being served. */
    public Faults failRequests(double share, Failure failure) {
        if (share < 0 || share > 1) {
            throw new IllegalArgumentException("share must be within 0..1: " + share);
        }
        this.failure = Objects.requireNonNull(failure);
        this.requests.set(0);
        this.failShare = share;
        return this;
    }

    /** A share of requests fails with HTTP {@code code} and {@code errorNum}. */
    public Faults failRequests(double share, int code, int errorNum) {
        return failRequests(share, new Failure(code, errorNum, "injected fault"));
    }

    /**
     * While on, every new connection is closed as soon as it is accepted; connections already open keep working
     * (use {@code Sandbox.stop()} to drop them too).
     */
    public Faults refuseConnections(boolean refuse) {
        this.refuseConnections = refuse;
        return this;
    }

    /** Pause after each chunk of 1,000 documents of an index build, so a build can be watched in progress. */
    public Faults indexBuildDelay(long millis) {
        store.setIndexBuildDelayMillis(millis);
        return this;
    }

    /** Back to normal: no latency, no failures, connections accepted, index builds at full speed. */
    public Faults reset() {
        latency = r -> 0;
        failShare = 0;
        failure = UNAVAILABLE;
        refuseConnections = false;
        store.setIndexBuildDelayMillis(0);
        return this;
    }

    // ---- consulted by the server ----

    public boolean refusesConnections() {
        return refuseConnections;
    }

    /** Milliseconds this request should wait before it is served. */
    public long latencyFor(String method, String path) {
        return Math.max(0, latency.applyAsLong(new FaultRequest(method, path)));
    }

    /**
     * The failure to answer this request with, or null to serve it. Failures are spread evenly rather than drawn at
     * random (with a share of 0.15, one request in about seven fails), so a test of retries never meets a streak of
     * failures that only chance produced.
     */
    public Failure failureFor() {
        double share = failShare;
        if (share <= 0) {
            return null;
        }
        long n = requests.incrementAndGet();
        return Math.floor(n * share) > Math.floor((n - 1) * share) ? failure : null;
    }
}
