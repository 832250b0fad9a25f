package io.arangoconsole.core.monitoring;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * Times every request the console makes, per operation name (e.g. {@code stats.count}, {@code index.create}) and
 * per target ({@code primary}, {@code replica}), in HdrHistograms over a sliding window: the last {@code window},
 * kept as {@code window / interval} intervals (the oldest one leaves as a whole, so the window covers between
 * {@code window - interval} and {@code window}). Thread-safe; recording is wait-free and allocation-free once an
 * (operation, target) has been seen.
 */
public final class LatencyRecorder {
    private final long intervalNanos;
    private final int intervals;
    private final LongSupplier nanoClock;
    private final Map<String, Map<String, LatencyWindow>> windows = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> inFlight = new ConcurrentHashMap<>();

    /** A 5-minute window in 10-second intervals on the system's monotonic clock. */
    public LatencyRecorder() {
        this(Duration.ofMinutes(5), Duration.ofSeconds(10), System::nanoTime);
    }

    /**
     * @param window    how far back {@link #snapshot()} looks
     * @param interval  the step in which old requests leave the window
     * @param nanoClock a monotonic nanosecond clock ({@code System::nanoTime}; a manual one in tests)
     */
    public LatencyRecorder(Duration window, Duration interval, LongSupplier nanoClock) {
        if (interval.isZero() || interval.isNegative() || window.compareTo(interval) < 0) {
            throw new IllegalArgumentException("need 0 < interval <= window, got " + interval + " and " + window);
        }
        this.intervalNanos = interval.toNanos();
        this.intervals = (int) Math.max(1, window.toNanos() / intervalNanos);
        this.nanoClock = nanoClock;
    }

    /** Records one request that took {@code nanos}; {@code error} when it failed (it still counts in the times). */
    public void record(String operation, String target, long nanos, boolean error) {
        long now = nanoClock.getAsLong();
        window(operation, target, now).record(now, nanos / 1000, error);
    }

    /** Records one request that took {@code duration}. */
    public void record(String operation, String target, Duration duration, boolean error) {
        record(operation, target, duration.toNanos(), error);
    }

    /** Runs {@code call}, records how long it took and whether it threw, and returns its result or rethrows. */
    public <T> T time(String operation, String target, Callable<T> call) throws Exception {
        AtomicInteger running = inFlight.computeIfAbsent(target, k -> new AtomicInteger());
        running.incrementAndGet();
        long start = nanoClock.getAsLong();
        boolean failed = true;
        try {
            T result = call.call();
            failed = false;
            return result;
        } finally {
            running.decrementAndGet();
            record(operation, target, nanoClock.getAsLong() - start, failed);
        }
    }

    /** As {@link #time(String, String, Callable)} for code that throws only unchecked exceptions. */
    public <T> T timed(String operation, String target, Supplier<T> call) {
        try {
            return time(operation, target, call::get);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("a Supplier cannot throw checked exceptions", e);
        }
    }

    /**
     * Requests running now through {@link #time} / {@link #timed}, per target: what the connection pool pane sets
     * against the configured maximum. Targets seen before and idle now show 0.
     */
    public Map<String, Integer> inFlight() {
        Map<String, Integer> out = new TreeMap<>();
        inFlight.forEach((target, count) -> out.put(target, count.get()));
        return out;
    }

    /**
     * Count, errors, p50, p95, p99 and max of every (operation, target) seen, over the window, sorted by operation
     * then target. An operation without requests in the window has count 0 and NaN times.
     */
    public List<LatencyStats> snapshot() {
        long now = nanoClock.getAsLong();
        List<LatencyStats> out = new ArrayList<>();
        windows.forEach((operation, byTarget) -> byTarget.forEach(
                (target, window) -> out.add(window.stats(operation, target, now))));
        out.sort(Comparator.comparing(LatencyStats::operation).thenComparing(LatencyStats::target));
        return out;
    }

    private LatencyWindow window(String operation, String target, long now) {
        Map<String, LatencyWindow> byTarget = windows.get(operation);
        if (byTarget == null) {
            byTarget = windows.computeIfAbsent(operation, k -> new ConcurrentHashMap<>());
        }
        LatencyWindow window = byTarget.get(target);
        if (window == null) {
            window = byTarget.computeIfAbsent(target, k -> new LatencyWindow(intervalNanos, intervals, now));
        }
        return window;
    }
}
