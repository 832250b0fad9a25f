package io.arangoconsole.core.indexes;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.function.DoubleSupplier;

/**
 * When scheduled index builds may start: a daily time window in local time ({@code 02:00-04:00}, may span
 * midnight), or a quiet server ("when requests stay under N/s for 5 minutes"). Builds start only while the window
 * is open; one already started keeps going after it closes (ArangoDB cannot pause a build). Times come from the
 * caller's clock, so tests decide what "now" is.
 */
public interface BuildWindow {

    /** True when a build may start at {@code now}. May ask the server (the quiet window); call off the UI thread. */
    boolean isOpen(Instant now);

    /** When the window that is open at {@code now} closes; null when it has no end (the quiet window). */
    Instant closesAt(Instant now);

    /** When the window next opens after {@code now}; null when that depends on the server (the quiet window). */
    Instant nextOpening(Instant now);

    /** "02:00–04:00 local" or "when requests stay under 50/s for 5 min", for the Jobs pane and the CLI. */
    String describe();

    /** The text {@link #parse(String, ZoneId, DoubleSupplier)} reads back, with {@link #zone()}: "02:00-04:00". */
    String text();

    /** The zone of a daily window's times (UTC for the quiet window, which has none). */
    ZoneId zone();

    /** Why the window cannot be judged now (its server's rate is not read), for the waiting build; else null. */
    default String note() {
        return null;
    }

    /**
     * Parses {@code HH:mm-HH:mm} in {@code zone}. Throws {@link IllegalArgumentException} with one sentence saying
     * what was wrong.
     */
    static BuildWindow parse(String text, ZoneId zone) {
        return parse(text, zone, null);
    }

    /** How long the request rate must stay under the limit before a quiet window opens (issue 15: 5 minutes). */
    Duration CALM = Duration.ofMinutes(5);

    /**
     * As {@link #parse(String, ZoneId)}, or {@code under N/s}: a quiet window over {@code rate} (requests per second
     * of the server, NaN when unknown), open once it stayed under N for {@link #CALM}; null {@code rate}: refused.
     */
    static BuildWindow parse(String text, ZoneId zone, DoubleSupplier rate) {
        java.util.regex.Matcher quiet = text == null ? null : java.util.regex.Pattern
                .compile("(?i)\\s*(?:under|<)\\s*([0-9]+(?:\\.[0-9]+)?)\\s*/\\s*s\\s*").matcher(text);
        if (quiet != null && quiet.matches()) {
            if (rate == null) {
                throw new IllegalArgumentException("The window '" + text.strip() + "' needs the server's request "
                        + "rate, which is not read here: give a time range like 02:00-04:00.");
            }
            double max = Double.parseDouble(quiet.group(1));
            if (max <= 0) {
                throw new IllegalArgumentException("The window '" + text.strip() + "' needs a rate above 0/s.");
            }
            return quiet(max, CALM, rate);
        }
        String[] parts = text == null ? new String[0] : text.strip().split("-");
        if (parts.length != 2) {
            throw new IllegalArgumentException("The window '" + text + "' is not a time range like 02:00-04:00.");
        }
        try {
            LocalTime from = LocalTime.parse(parts[0].strip());
            LocalTime to = LocalTime.parse(parts[1].strip());
            if (from.equals(to)) {
                throw new IllegalArgumentException("The window '" + text + "' starts and ends at the same time.");
            }
            return new Daily(from, to, zone);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("The window '" + text + "' is not a time range like 02:00-04:00: "
                    + "times are HH:mm, 00:00 to 23:59.", e);
        }
    }

    /** A window that opens once {@code rate} (requests per second) has stayed under {@code max} for {@code calm}. */
    static BuildWindow quiet(double max, Duration calm, DoubleSupplier rate) {
        return new Quiet(max, calm, rate);
    }

    /** A daily window from {@code from} to {@code to} local time; {@code to} before {@code from} spans midnight. */
    record Daily(LocalTime from, LocalTime to, ZoneId zone) implements BuildWindow {

        @Override
        public boolean isOpen(Instant now) {
            LocalTime t = now.atZone(zone).toLocalTime();
            return from.isBefore(to) ? !t.isBefore(from) && t.isBefore(to) : !t.isBefore(from) || t.isBefore(to);
        }

        @Override
        public Instant closesAt(Instant now) {
            if (!isOpen(now)) {
                return null;
            }
            ZonedDateTime local = now.atZone(zone);
            ZonedDateTime close = local.with(to);
            return (close.isAfter(local) ? close : close.plusDays(1)).toInstant();
        }

        @Override
        public Instant nextOpening(Instant now) {
            if (isOpen(now)) {
                return now;
            }
            ZonedDateTime local = now.atZone(zone);
            ZonedDateTime open = local.with(from);
            return (open.isAfter(local) ? open : open.plusDays(1)).toInstant();
        }

        @Override
        public String describe() {
            return from + "\u2013" + to + " local";
        }

        @Override
        public String text() {
            return from + "-" + to;
        }
    }

    /** Open once the server's request rate has stayed under {@code max} per second for {@code calm}. */
    final class Quiet implements BuildWindow {
        private final double max;
        private final Duration calm;
        private final DoubleSupplier rate;
        private Instant calmSince;

        Quiet(double max, Duration calm, DoubleSupplier rate) {
            this.max = max;
            this.calm = calm;
            this.rate = rate;
        }

        @Override
        public synchronized boolean isOpen(Instant now) {
            double r = rate.getAsDouble();
            if (!(r < max)) {
                // NaN (rate unknown) counts as busy: never start a build on a guess
                calmSince = null;
                return false;
            }
            if (calmSince == null) {
                calmSince = now;
            }
            return !Duration.between(calmSince, now).minus(calm).isNegative();
        }

        @Override
        public Instant closesAt(Instant now) {
            return null;
        }

        @Override
        public String note() {
            return rate instanceof RequestRates.ServerRate server ? server.unreadable() : null;
        }

        @Override
        public Instant nextOpening(Instant now) {
            return null;
        }

        @Override
        public String describe() {
            return String.format(Locale.ROOT, "when requests stay under %s/s for %d min", limit(), calm.toMinutes());
        }

        @Override
        public String text() {
            return "under " + limit() + "/s";
        }

        @Override
        public ZoneId zone() {
            return java.time.ZoneOffset.UTC;
        }

        private String limit() {
            return max == Math.rint(max) ? Long.toString((long) max) : Double.toString(max);
        }
    }
}
