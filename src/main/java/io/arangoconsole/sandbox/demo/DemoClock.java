package io.arangoconsole.sandbox.demo;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * The demo data's time line: a fixed five-year span (never the clock, so the same seed gives the same data),
 * submission instants whose volume grows over the years as a surveillance programme scales up, and fast ISO-8601
 * formatting (a million records need several million timestamps).
 */
final class DemoClock {
    static final long START_MILLIS = LocalDate.of(2021, 1, 1).atStartOfDay().toEpochSecond(ZoneOffset.UTC) * 1000;
    static final long END_MILLIS = LocalDate.of(2026, 1, 1).atStartOfDay().toEpochSecond(ZoneOffset.UTC) * 1000 - 1;
    static final int DAYS = (int) ((END_MILLIS + 1 - START_MILLIS) / 86_400_000L);
    /** Daily volume at the end of the span relative to its start. */
    private static final double GROWTH = 4.0;

    private DemoClock() {
    }

    /**
     * {@code count} submission instants (epoch millis, whole seconds) in ascending order: the day follows a linearly
     * growing density, the time of day mostly office hours when field workers upload.
     */
    static long[] submissionTimes(int count, SplittableRandom random) {
        long[] out = new long[count];
        double a = (GROWTH - 1) / 2;
        for (int i = 0; i < count; i++) {
            // inverse CDF of density (1 + (GROWTH-1) t) on [0,1]: solve a t^2 + t = u (1 + a)
            double u = random.nextDouble() * (1 + a);
            double t = (-1 + Math.sqrt(1 + 4 * a * u)) / (2 * a);
            long day = Math.min(DAYS - 1, (long) (t * DAYS));
            long secondOfDay = random.nextInt(10) < 9
                    ? 7 * 3600 + random.nextInt(12 * 3600)
                    : random.nextInt(24 * 3600);
            out[i] = START_MILLIS + day * 86_400_000L + secondOfDay * 1000L;
        }
        Arrays.sort(out);
        return out;
    }

    /** Clamps an instant into the span, so derived dates never leave it. */
    static long clamp(long millis) {
        return Math.max(START_MILLIS, Math.min(END_MILLIS, millis));
    }

    /** {@code 2023-04-17T09:12:44.000Z}. */
    static String iso(long epochMillis) {
        LocalDateTime t = LocalDateTime.ofEpochSecond(Math.floorDiv(epochMillis, 1000), 0, ZoneOffset.UTC);
        StringBuilder sb = new StringBuilder(24);
        appendDate(sb, t.getYear(), t.getMonthValue(), t.getDayOfMonth());
        sb.append('T');
        pad2(sb, t.getHour()).append(':');
        pad2(sb, t.getMinute()).append(':');
        pad2(sb, t.getSecond()).append('.');
        int ms = (int) Math.floorMod(epochMillis, 1000);
        if (ms < 100) {
            sb.append('0');
        }
        pad2(sb, ms).append('Z');
        return sb.toString();
    }

    /** {@code 2023-04-17}. */
    static String date(long epochMillis) {
        LocalDate d = LocalDate.ofEpochDay(Math.floorDiv(epochMillis, 86_400_000L));
        return appendDate(new StringBuilder(10), d.getYear(), d.getMonthValue(), d.getDayOfMonth()).toString();
    }

    private static StringBuilder appendDate(StringBuilder sb, int year, int month, int day) {
        sb.append(year).append('-');
        pad2(sb, month).append('-');
        return pad2(sb, day);
    }

    private static StringBuilder pad2(StringBuilder sb, int v) {
        if (v < 10) {
            sb.append('0');
        }
        return sb.append(v);
    }
}
