package io.arangoconsole.core.monitoring;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DownsamplerTest {
    private static final long T0 = 1_795_752_000_000L;

    /** A day of 1-second samples: a slow wave, one spike to 950 at 13:00 and one dip to -5 at 20:00. */
    private static TimeSeries day() {
        int n = 86_400;
        long[] t = new long[n];
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            t[i] = T0 + i * 1000L;
            v[i] = 100 + 50 * Math.sin(i / 3_600.0) + (i % 7);
        }
        v[13 * 3600] = 950;
        v[20 * 3600 + 17] = -5;
        return new TimeSeries("server.aql.query_time.p95_ms", t, v);
    }

    @Test
    void minMaxDrawsADayInAtMost2000PointsAndKeepsTheExtremes() {
        TimeSeries day = day();

        TimeSeries chart = Downsampler.minMax(day, Downsampler.CHART_POINTS);

        assertTrue(chart.size() <= 2_000 && chart.size() > 1_900, "points " + chart.size());
        assertTrue(contains(chart, T0 + 13 * 3600 * 1000L, 950), "spike kept");
        assertTrue(contains(chart, T0 + (20 * 3600 + 17) * 1000L, -5), "dip kept");
        assertInTimeOrder(chart);
        assertEquals(day.name(), chart.name());
    }

    @Test
    void lttbKeepsTheEndsTheSpikeAndTheCount() {
        TimeSeries day = day();

        TimeSeries chart = Downsampler.lttb(day, Downsampler.CHART_POINTS);

        assertEquals(2_000, chart.size());
        assertEquals(day.timesMillis()[0], chart.timesMillis()[0]);
        assertEquals(day.timesMillis()[day.size() - 1], chart.timesMillis()[chart.size() - 1]);
        assertTrue(contains(chart, T0 + 13 * 3600 * 1000L, 950), "spike kept");
        assertTrue(contains(chart, T0 + (20 * 3600 + 17) * 1000L, -5), "dip kept");
        assertInTimeOrder(chart);
    }

    @Test
    void smallSeriesAreLeftAlone() {
        TimeSeries small = new TimeSeries("s", new long[] {1, 2, 3}, new double[] {5, 6, 7});

        assertSame(small, Downsampler.minMax(small, 10));
        assertSame(small, Downsampler.lttb(small, 3));
        assertThrows(IllegalArgumentException.class, () -> Downsampler.lttb(small, 2));
    }

    private static boolean contains(TimeSeries s, long time, double value) {
        for (int i = 0; i < s.size(); i++) {
            if (s.timesMillis()[i] == time && s.value(i) == value) {
                return true;
            }
        }
        return false;
    }

    private static void assertInTimeOrder(TimeSeries s) {
        for (int i = 1; i < s.size(); i++) {
            assertTrue(s.timesMillis()[i] > s.timesMillis()[i - 1], "time order at " + i);
        }
    }
}
