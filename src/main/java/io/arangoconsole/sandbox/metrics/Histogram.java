package io.arangoconsole.sandbox.metrics;

import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.atomic.DoubleAdder;
import java.util.concurrent.atomic.LongAdder;

/**
 * A Prometheus histogram with fixed upper bounds (seconds): cumulative buckets, count and sum, as ArangoDB exports
 * them. Plain counters rather than HdrHistogram because Prometheus needs exactly these buckets.
 */
public final class Histogram {
    private final double[] bounds;
    private final AtomicLongArray counts;
    private final LongAdder count = new LongAdder();
    private final DoubleAdder sum = new DoubleAdder();

    public Histogram(double... bounds) {
        this.bounds = bounds.clone();
        this.counts = new AtomicLongArray(bounds.length);
    }

    /** Bounds from {@code first}, each {@code factor} times the previous one, {@code n} of them. */
    public static Histogram exponential(double first, double factor, int n) {
        double[] b = new double[n];
        double v = first;
        for (int i = 0; i < n; i++) {
            b[i] = v;
            v *= factor;
        }
        return new Histogram(b);
    }

    public void observe(double value) {
        for (int i = 0; i < bounds.length; i++) {
            if (value <= bounds[i]) {
                counts.incrementAndGet(i);
                break;
            }
        }
        count.increment();
        sum.add(value);
    }

    public long count() {
        return count.sum();
    }

    public double sum() {
        return sum.sum();
    }

    double[] bounds() {
        return bounds.clone();
    }

    /** Cumulative count of observations up to and including bucket {@code i}. */
    long cumulative(int i) {
        long total = 0;
        for (int j = 0; j <= i; j++) {
            total += counts.get(j);
        }
        return total;
    }
}
