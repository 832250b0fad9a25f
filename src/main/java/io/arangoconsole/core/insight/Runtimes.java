package io.arangoconsole.core.insight;

import java.util.Arrays;

/** Nearest-rank percentiles of a few runtimes (a shape's runs, not a stream: no sketch needed). */
final class Runtimes {
    private Runtimes() {
    }

    /** The {@code p}-th percentile (0..100) of {@code values} by nearest rank; 0 for none. */
    static double percentile(double[] values, double p) {
        if (values.length == 0) {
            return 0;
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }
}
