package io.arangoconsole.core.monitoring;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Quantiles from cumulative Prometheus buckets, computed as PromQL's {@code histogram_quantile} does: find the bucket
 * that holds the rank, interpolate linearly inside it (from 0 for the first bucket), and answer the highest finite
 * bound when the rank falls into {@code +Inf}. So the result is an estimate whose precision is the bucket width.
 */
public final class HistogramQuantiles {
    private HistogramQuantiles() {
    }

    /**
     * The {@code q}-quantile (0..1) of a histogram, in the unit of its bounds; empty when nothing was observed or the
     * buckets cannot answer (no {@code +Inf} bucket, fewer than two buckets).
     */
    public static OptionalDouble quantile(double q, Histogram histogram) {
        if (Double.isNaN(q) || q < 0 || q > 1) {
            throw new IllegalArgumentException("quantile must be within 0..1, was " + q);
        }
        List<Bucket> buckets = histogram.buckets();
        int last = buckets.size() - 1;
        if (last < 1 || buckets.get(last).upperBound() != Double.POSITIVE_INFINITY) {
            return OptionalDouble.empty();
        }
        double observations = buckets.get(last).cumulativeCount();
        if (!(observations > 0)) {
            return OptionalDouble.empty();
        }
        // Counts can be non-monotonic when the server wrote buckets while observing; like Prometheus, a lower
        // count is taken as equal to the one before it.
        double[] counts = new double[buckets.size()];
        double max = 0;
        for (int i = 0; i <= last; i++) {
            max = Math.max(max, buckets.get(i).cumulativeCount());
            counts[i] = max;
        }
        double rank = q * counts[last];
        int b = 0;
        while (b < last && counts[b] < rank) {
            b++;
        }
        if (b == last) {
            return OptionalDouble.of(buckets.get(last - 1).upperBound());
        }
        double end = buckets.get(b).upperBound();
        if (b == 0 && end <= 0) {
            return OptionalDouble.of(end);
        }
        double start = b == 0 ? 0 : buckets.get(b - 1).upperBound();
        double before = b == 0 ? 0 : counts[b - 1];
        double inBucket = counts[b] - before;
        if (inBucket <= 0) {
            return OptionalDouble.of(end);
        }
        return OptionalDouble.of(start + (end - start) * ((rank - before) / inBucket));
    }

    /** p50, p95 and p99 of a histogram, in the unit of its bounds; empty when nothing was observed. */
    public static Optional<Percentiles> percentiles(Histogram histogram) {
        OptionalDouble p50 = quantile(0.50, histogram);
        if (p50.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Percentiles(p50.getAsDouble(), quantile(0.95, histogram).orElseThrow(),
                quantile(0.99, histogram).orElseThrow()));
    }

    /**
     * p50, p95 and p99 of what was observed between two scrapes (the difference of the buckets), so a pane shows
     * the latency of the last poll interval rather than since the server started. Empty when the series is missing
     * from the later scrape or nothing was observed in between. With no earlier series (first scrape, new series)
     * the later histogram is used whole.
     */
    public static Optional<Percentiles> between(MetricsSnapshot earlier, MetricsSnapshot later, String name,
                                                Labels selector) {
        Optional<Histogram> now = later.histogram(name, selector);
        if (now.isEmpty()) {
            return Optional.empty();
        }
        Histogram before = earlier == null ? null : earlier.histogramExactly(name, now.get().labels()).orElse(null);
        return percentiles(now.get().since(before));
    }
}
