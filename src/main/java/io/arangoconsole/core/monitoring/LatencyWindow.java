package io.arangoconsole.core.monitoring;

import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

import java.util.Arrays;
import java.util.concurrent.atomic.LongAdder;

/**
 * The sliding window of one (operation, target): a wait-free HdrHistogram {@link Recorder} for the current interval
 * and a ring of the completed intervals. Recording never locks; rotating to a new interval and reading the window do,
 * briefly, on this window only. Values are microseconds with two significant digits (1 % resolution), which keeps
 * a histogram at about 10-20 KB instead of 150 KB at three digits; idle intervals store nothing.
 */
final class LatencyWindow {
    private static final int SIGNIFICANT_DIGITS = 2;
    private final long intervalNanos;
    private final Recorder recorder = new Recorder(SIGNIFICANT_DIGITS);
    private final LongAdder errors = new LongAdder();
    private final Histogram[] ring;
    private final long[] ringErrors;
    private final long[] ringSlot;
    private Histogram scratch;
    private Histogram current = newHistogram();
    private long currentErrors;
    private volatile long currentSlot;

    LatencyWindow(long intervalNanos, int intervals, long nowNanos) {
        this.intervalNanos = intervalNanos;
        this.ring = new Histogram[intervals];
        this.ringErrors = new long[intervals];
        this.ringSlot = new long[intervals];
        Arrays.fill(ringSlot, Long.MIN_VALUE);
        this.currentSlot = Math.floorDiv(nowNanos, intervalNanos);
    }

    void record(long nowNanos, long micros, boolean error) {
        long slot = Math.floorDiv(nowNanos, intervalNanos);
        if (slot > currentSlot) {
            rotate(slot);
        }
        recorder.recordValue(Math.max(0, micros));
        if (error) {
            errors.increment();
        }
    }

    /** The window's figures at {@code nowNanos}: the current interval plus the completed ones still inside. */
    synchronized LatencyStats stats(String operation, String target, long nowNanos) {
        rotate(Math.floorDiv(nowNanos, intervalNanos));
        drain();
        Histogram merged = current.copy();
        long errorCount = currentErrors;
        long oldest = currentSlot - ring.length;
        for (int i = 0; i < ring.length; i++) {
            if (ring[i] != null && ringSlot[i] > oldest) {
                merged.add(ring[i]);
                errorCount += ringErrors[i];
            } else {
                ring[i] = null;
            }
        }
        long count = merged.getTotalCount();
        if (count == 0) {
            return new LatencyStats(operation, target, 0, errorCount, Double.NaN, Double.NaN, Double.NaN,
                    Double.NaN);
        }
        return new LatencyStats(operation, target, count, errorCount, ms(merged.getValueAtPercentile(50)),
                ms(merged.getValueAtPercentile(95)), ms(merged.getValueAtPercentile(99)), ms(merged.getMaxValue()));
    }

    private synchronized void rotate(long slot) {
        if (slot <= currentSlot) {
            return;
        }
        // Whatever the recorder holds was recorded before this rotation, so it belongs to the interval ending now.
        drain();
        if (current.getTotalCount() > 0) {
            int index = (int) Math.floorMod(currentSlot, (long) ring.length);
            Histogram evicted = ring[index];
            ring[index] = current;
            ringErrors[index] = currentErrors;
            ringSlot[index] = currentSlot;
            if (evicted != null) {
                evicted.reset();
                current = evicted;
            } else {
                current = newHistogram();
            }
        }
        currentErrors = 0;
        currentSlot = slot;
    }

    private void drain() {
        scratch = recorder.getIntervalHistogram(scratch);
        current.add(scratch);
        currentErrors += errors.sumThenReset();
    }

    private static Histogram newHistogram() {
        Histogram h = new Histogram(SIGNIFICANT_DIGITS);
        h.setAutoResize(true);
        return h;
    }

    private static double ms(long micros) {
        return micros / 1000.0;
    }
}
