package io.arangoconsole.ui.common;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Locale;

/** How numbers, durations and errors read in the UI: one place, so every pane says it the same way. */
public final class Formats {

    private static final com.fasterxml.jackson.databind.ObjectMapper JSON =
            new com.fasterxml.jackson.databind.ObjectMapper();

    /** What every table and card shows for an absent value: one dash, never a blank here and "-" there. */
    public static final String NONE = "—";
    /** What a pane says for a figure the server does not export (never a made-up zero). */
    public static final String NOT_REPORTED = "not reported by this server";

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss", Locale.ROOT);

    private Formats() {
    }

    /** {@code 2026-12-03 11:32:55}: the local time, ISO-like, to the second; the zone is in {@link #zoned}. */
    public static String time(Instant at) {
        return time(at, ZoneId.systemDefault());
    }

    /** {@link #time(Instant)} in a given zone (tests, and a server's own zone when it is known). */
    public static String time(Instant at, ZoneId zone) {
        return at == null ? NONE : TIME.format(at.atZone(zone));
    }

    /** {@code 11:32:55}: today's local time of day, for "Updated" stamps only, where the date goes without saying. */
    public static String clock(Instant at) {
        return at == null ? NONE : CLOCK.format(at.atZone(ZoneId.systemDefault()));
    }

    /** For tooltips: {@code 2026-12-03 11:32:55 CET (UTC+01:00) · 2026-12-03T10:32:55Z}. */
    public static String zoned(Instant at) {
        return zoned(at, ZoneId.systemDefault());
    }

    /** {@link #zoned(Instant)} in a given zone. */
    public static String zoned(Instant at, ZoneId zone) {
        if (at == null) {
            return NONE;
        }
        var local = at.atZone(zone);
        String offset = local.getOffset().getTotalSeconds() == 0 ? "UTC" : "UTC" + local.getOffset().getId();
        return TIME.format(local) + " " + zone.getDisplayName(TextStyle.SHORT, Locale.ROOT) + " (" + offset + ") · "
                + at;
    }

    /** {@code 2026-12-03 11:32:55 (3 min ago)}: where the age matters as much as the moment. */
    public static String timeAndAge(Instant at, Instant now) {
        return at == null ? NONE : time(at) + " (" + age(Duration.between(at, now)) + ")";
    }

    /** {@code 87.5 %}; a dash for NaN (no requests yet). */
    public static String percent(double ratio) {
        return Double.isNaN(ratio) ? NONE : String.format(Locale.ROOT, "%.1f %%", ratio * 100);
    }

    /** {@code 87.5 %}, or {@link #NOT_REPORTED}. */
    public static String percent(java.util.OptionalDouble ratio) {
        return ratio.isPresent() ? percent(ratio.getAsDouble()) : NOT_REPORTED;
    }

    /** Progress of a job: {@code 42%}, whole percents. */
    public static String progress(double percent) {
        return String.format(Locale.ROOT, "%.0f%%", percent);
    }

    /**
     * A build's percent on a cluster, where the coordinator reports the mean over the collection's shards:
     * {@code 47% across 3 shards}; as {@link #progress(double)} for {@code shards} 0 (a single server) or 1.
     */
    public static String progress(double percent, int shards) {
        return shards > 1 ? progress(percent) + " across " + shards + " shards" : progress(percent);
    }

    /** Milliseconds without the unit, for columns headed "ms": {@code 0.42}, {@code 12.3}, {@code 1,204}. */
    public static String millis(double ms) {
        if (Double.isNaN(ms)) {
            return NONE;
        }
        return ms < 10 ? String.format(Locale.ROOT, "%.2f", ms)
                : ms < 1000 ? String.format(Locale.ROOT, "%.1f", ms) : String.format(Locale.ROOT, "%,.0f", ms);
    }

    /** Documents or requests per second: {@code 1,234/s}. */
    public static String rate(double perSecond) {
        return String.format(Locale.ROOT, "%,.0f/s", perSecond);
    }

    /** A figure per second with one decimal, for small rates: {@code 0.4}, {@code 12.5}. */
    public static String perSecond(double perSecond) {
        return String.format(Locale.ROOT, "%,.1f", perSecond);
    }

    /** {@code 38,000}: grouped, independent of the user's locale so screenshots and docs match. */
    public static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    /** How long ago: {@code just now}, {@code 42 s ago}, {@code 3 min ago}, {@code 5 h ago}, {@code 12 days ago}. */
    public static String age(Duration d) {
        long s = d.toSeconds();
        if (s < 0) {
            return "in the future";
        }
        if (s < 5) {
            return "just now";
        }
        return s < 60 ? s + " s ago" : s < 3600 ? s / 60 + " min ago" : s < 86_400 ? s / 3600 + " h ago"
                : s / 86_400 == 1 ? "1 day ago" : s / 86_400 + " days ago";
    }

    /** {@code 0.4 ms}, {@code 12 ms}, {@code 1.3 s}. */
    public static String latency(Duration d) {
        double ms = d.toNanos() / 1_000_000.0;
        if (ms < 10) {
            return String.format(Locale.ROOT, "%.1f ms", ms);
        }
        if (ms < 1000) {
            return String.format(Locale.ROOT, "%.0f ms", ms);
        }
        return String.format(Locale.ROOT, "%.1f s", ms / 1000);
    }

    /** Elapsed times and ETAs: {@code 420 ms}, {@code 12 s}, {@code 3 min 05 s}, {@code 2 h 10 min}; empty for none. */
    public static String duration(Duration d) {
        if (d == null || d.isNegative()) {
            return "";
        }
        long s = d.toSeconds();
        if (s < 1) {
            return d.toMillis() + " ms";
        }
        return s < 60 ? s + " s" : s < 3600 ? String.format(Locale.ROOT, "%d min %02d s", s / 60, s % 60)
                : String.format(Locale.ROOT, "%d h %02d min", s / 3600, s % 3600 / 60);
    }

    /**
     * {@code 512 B}, {@code 80 KiB}, {@code 256.0 MiB}, {@code 1.5 GiB}: binary units, never raw byte counts; a
     * no-break space keeps number and unit on one line.
     */
    public static String bytes(long n) {
        if (n < 1024) {
            return n + "\u00a0B";
        }
        String[] units = {"KiB", "MiB", "GiB", "TiB"};
        double v = n / 1024.0;
        int unit = 0;
        while (v >= 1024 && unit < units.length - 1) {
            v /= 1024;
            unit++;
        }
        return unit == 0 ? String.format(Locale.ROOT, "%.0f\u00a0KiB", v)
                : String.format(Locale.ROOT, "%.1f\u00a0%s", v, units[unit]);
    }

    /** Bind variables (or any small map) as compact JSON, {@code {"status":"error"}}, as a person pastes it. */
    public static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            return String.valueOf(value);
        }
    }

    /** What an optimizer cost means: {@code estimated cost 27 (the optimizer's unit, not milliseconds)}. */
    public static String cost(double estimatedCost) {
        return String.format(Locale.ROOT, "estimated cost %,.0f", estimatedCost);
    }

    /**
     * One sentence for an error: its message, or its type when it has none, ending with a full stop. Walks past
     * wrappers (e.g. {@code ExecutionException}) that add nothing.
     */
    public static String sentence(Throwable error) {
        Throwable t = error;
        while (t.getMessage() == null && t.getCause() != null) {
            t = t.getCause();
        }
        String text = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage().strip();
        int newline = text.indexOf('\n');
        if (newline > 0) {
            text = text.substring(0, newline).strip();
        }
        if (text.isEmpty()) {
            text = t.getClass().getSimpleName();
        }
        text = Character.toUpperCase(text.charAt(0)) + text.substring(1);
        return text.endsWith(".") || text.endsWith("!") || text.endsWith("?") ? text : text + ".";
    }
}
