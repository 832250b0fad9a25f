package io.arangoconsole.core.monitoring;

import java.util.Arrays;

/** Collects points of one series while history files are read; sorts them only if they arrived out of order. */
final class SeriesBuilder {
    private long[] times = new long[256];
    private double[] values = new double[256];
    private int size;
    private boolean sorted = true;

    void add(long timeMillis, double value) {
        if (size == times.length) {
            times = Arrays.copyOf(times, size * 2);
            values = Arrays.copyOf(values, size * 2);
        }
        if (size > 0 && timeMillis < times[size - 1]) {
            sorted = false;
        }
        times[size] = timeMillis;
        values[size] = value;
        size++;
    }

    boolean isEmpty() {
        return size == 0;
    }

    TimeSeries build(String name) {
        long[] t = Arrays.copyOf(times, size);
        double[] v = Arrays.copyOf(values, size);
        if (!sorted) {
            Integer[] order = new Integer[size];
            for (int i = 0; i < size; i++) {
                order[i] = i;
            }
            // Stable, so two samples at the same millisecond keep the order they were written in.
            Arrays.sort(order, (a, b) -> Long.compare(times[a], times[b]));
            for (int i = 0; i < size; i++) {
                t[i] = times[order[i]];
                v[i] = values[order[i]];
            }
        }
        return new TimeSeries(name, t, v);
    }
}
