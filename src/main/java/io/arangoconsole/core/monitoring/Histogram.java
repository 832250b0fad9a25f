package io.arangoconsole.core.monitoring;

import java.util.ArrayList;
import java.util.List;

/**
 * One histogram series (name without {@code _bucket}, labels without {@code le}): buckets sorted by upper bound with
 * cumulative counts (the last one is {@code +Inf} on a well-formed page), the sum and the count of observations.
 */
public record Histogram(String name, Labels labels, List<Bucket> buckets, double sum, double count) {

    public Histogram {
        buckets = List.copyOf(buckets);
    }

    /**
     * What was observed between {@code earlier} and this histogram: counts and sum subtracted bucket by bucket.
     * When any count went down, the server restarted in between (counters reset), so everything since the
     * restart is this histogram itself. Buckets are matched by upper bound; one missing from {@code earlier} counts
     * from zero.
     */
    public Histogram since(Histogram earlier) {
        if (earlier == null || count < earlier.count) {
            return this;
        }
        List<Bucket> delta = new ArrayList<>(buckets.size());
        for (Bucket b : buckets) {
            double before = earlier.cumulativeAt(b.upperBound());
            if (b.cumulativeCount() < before) {
                return this;
            }
            delta.add(new Bucket(b.upperBound(), b.cumulativeCount() - before));
        }
        return new Histogram(name, labels, delta, sum - earlier.sum, count - earlier.count);
    }

    /** The cumulative count of the bucket with exactly this upper bound, 0 when there is none. */
    public double cumulativeAt(double upperBound) {
        for (Bucket b : buckets) {
            if (Double.compare(b.upperBound(), upperBound) == 0) {
                return b.cumulativeCount();
            }
        }
        return 0;
    }

    /** The mean observation, or NaN when nothing was observed. */
    public double mean() {
        return count > 0 ? sum / count : Double.NaN;
    }
}
