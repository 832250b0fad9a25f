package io.arangoconsole.core.monitoring;

import java.time.Instant;

/**
 * One series' points in time order: {@code timesMillis[i]} (epoch milliseconds) has {@code values[i]}. Arrays
 * rather than a list of points because a day at one sample a second is 86,400 points.
 */
public record TimeSeries(String name, long[] timesMillis, double[] values) {

    public TimeSeries {
        if (timesMillis.length != values.length) {
            throw new IllegalArgumentException("times and values differ in length");
        }
    }

    /** How many points. */
    public int size() {
        return values.length;
    }

    /** The time of point {@code index}. */
    public Instant time(int index) {
        return Instant.ofEpochMilli(timesMillis[index]);
    }

    /** The value of point {@code index}. */
    public double value(int index) {
        return values[index];
    }

    /** True when the series has no points. */
    public boolean isEmpty() {
        return values.length == 0;
    }
}
