package io.arangoconsole.core.monitoring;

import java.util.Arrays;

/**
 * Thins a series to what a chart can draw (about one point per pixel column): 24 hours of 1-second samples are
 * 86,400 points, a chart needs at most ~2,000. Series already small enough are returned unchanged.
 */
public final class Downsampler {
    /** What a chart of 24 hours draws without stalling the FX thread. */
    public static final int CHART_POINTS = 2_000;

    private Downsampler() {
    }

    /**
     * Min and max of each bucket, in time order: at most {@code maxPoints} points, and every spike and dip survives
     * (the global minimum and maximum always do). The choice for alert-relevant charts.
     */
    public static TimeSeries minMax(TimeSeries series, int maxPoints) {
        requireRoom(maxPoints, 2);
        int n = series.size();
        if (n <= maxPoints) {
            return series;
        }
        int buckets = maxPoints / 2;
        long[] times = new long[buckets * 2];
        double[] values = new double[buckets * 2];
        int out = 0;
        for (int b = 0; b < buckets; b++) {
            int start = (int) ((long) b * n / buckets);
            int end = (int) ((long) (b + 1) * n / buckets);
            int min = start;
            int max = start;
            for (int i = start + 1; i < end; i++) {
                double v = series.value(i);
                if (v < series.value(min)) {
                    min = i;
                }
                if (v > series.value(max)) {
                    max = i;
                }
            }
            int first = Math.min(min, max);
            int second = Math.max(min, max);
            times[out] = series.timesMillis()[first];
            values[out++] = series.value(first);
            if (second != first) {
                times[out] = series.timesMillis()[second];
                values[out++] = series.value(second);
            }
        }
        return new TimeSeries(series.name(), Arrays.copyOf(times, out), Arrays.copyOf(values, out));
    }

    /**
     * Largest-Triangle-Three-Buckets (Steinarsson 2013): keeps the first and last point and, per bucket, the point
     * that forms the largest triangle with its neighbours, which preserves the visual shape with exactly
     * {@code maxPoints} points.
     */
    public static TimeSeries lttb(TimeSeries series, int maxPoints) {
        requireRoom(maxPoints, 3);
        int n = series.size();
        if (n <= maxPoints) {
            return series;
        }
        long[] t = series.timesMillis();
        double[] v = series.values();
        long[] times = new long[maxPoints];
        double[] values = new double[maxPoints];
        double every = (double) (n - 2) / (maxPoints - 2);
        int a = 0;
        times[0] = t[0];
        values[0] = v[0];
        for (int i = 0; i < maxPoints - 2; i++) {
            int nextStart = (int) Math.floor((i + 1) * every) + 1;
            int nextEnd = Math.min((int) Math.floor((i + 2) * every) + 1, n);
            double avgT = 0;
            double avgV = 0;
            for (int j = nextStart; j < nextEnd; j++) {
                avgT += t[j];
                avgV += v[j];
            }
            int span = nextEnd - nextStart;
            avgT /= span;
            avgV /= span;
            int start = (int) Math.floor(i * every) + 1;
            int end = (int) Math.floor((i + 1) * every) + 1;
            double bestArea = -1;
            int best = start;
            // Times relative to point a keep the products small enough for doubles to stay exact-ish.
            double at = 0;
            double av = v[a];
            for (int j = start; j < end; j++) {
                double area = Math.abs((at - (avgT - t[a])) * (v[j] - av) - (at - (t[j] - t[a])) * (avgV - av));
                if (area > bestArea) {
                    bestArea = area;
                    best = j;
                }
            }
            times[i + 1] = t[best];
            values[i + 1] = v[best];
            a = best;
        }
        times[maxPoints - 1] = t[n - 1];
        values[maxPoints - 1] = v[n - 1];
        return new TimeSeries(series.name(), times, values);
    }

    private static void requireRoom(int maxPoints, int least) {
        if (maxPoints < least) {
            throw new IllegalArgumentException("need at least " + least + " points, got " + maxPoints);
        }
    }
}
