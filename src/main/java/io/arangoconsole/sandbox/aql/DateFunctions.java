package io.arangoconsole.sandbox.aql;

import static io.arangoconsole.sandbox.aql.Functions.arg;
import static io.arangoconsole.sandbox.aql.Functions.register;

import com.fasterxml.jackson.databind.JsonNode;
import io.arangoconsole.sandbox.store.Json;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.function.ToIntFunction;

/** DATE_* functions over UTC: dates are millisecond timestamps or ISO 8601 strings; bad input is null + warning. */
final class DateFunctions {
    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'")
            .withZone(ZoneOffset.UTC);

    private DateFunctions() {
    }

    static void registerAll() {
        Functions.registerVolatile("DATE_NOW", 0, 0, (a, c) -> Json.NODES.numberNode(System.currentTimeMillis()));
        register("DATE_ISO8601", 1, 7, (a, c) -> {
            ZonedDateTime t = a.length > 1 ? fromParts(a) : date(arg(a, 0), c);
            return t == null ? Values.NULL : iso(t);
        });
        register("DATE_TIMESTAMP", 1, 7, (a, c) -> {
            ZonedDateTime t = a.length > 1 ? fromParts(a) : date(arg(a, 0), c);
            return t == null ? Values.NULL : Json.NODES.numberNode(t.toInstant().toEpochMilli());
        });
        part("DATE_YEAR", ZonedDateTime::getYear);
        part("DATE_MONTH", ZonedDateTime::getMonthValue);
        part("DATE_DAY", ZonedDateTime::getDayOfMonth);
        part("DATE_HOUR", ZonedDateTime::getHour);
        part("DATE_MINUTE", ZonedDateTime::getMinute);
        part("DATE_SECOND", ZonedDateTime::getSecond);
        part("DATE_MILLISECOND", t -> t.getNano() / 1_000_000);
        part("DATE_DAYOFWEEK", t -> t.getDayOfWeek().getValue() % 7);
        part("DATE_DAYOFYEAR", ZonedDateTime::getDayOfYear);
        register("DATE_FORMAT", 2, 2, (a, c) -> {
            ZonedDateTime t = date(arg(a, 0), c);
            return t == null ? Values.NULL : Json.NODES.textNode(format(t, Values.toText(arg(a, 1))));
        });
        register("DATE_ADD", 3, 3, (a, c) -> shift(a, c, 1));
        register("DATE_SUBTRACT", 3, 3, (a, c) -> shift(a, c, -1));
        register("DATE_DIFF", 3, 4, (a, c) -> {
            ZonedDateTime from = date(arg(a, 0), c);
            ZonedDateTime to = date(arg(a, 1), c);
            ChronoUnit unit = unit(Values.toText(arg(a, 2)));
            if (from == null || to == null || unit == null) {
                return Values.NULL;
            }
            double millis = to.toInstant().toEpochMilli() - from.toInstant().toEpochMilli();
            double diff = unit == ChronoUnit.MONTHS || unit == ChronoUnit.YEARS
                    ? unit.between(from, to) : millis / unit.getDuration().toMillis();
            return Values.number(Values.truthy(arg(a, 3)) ? diff : (long) diff);
        });
    }

    private static void part(String name, ToIntFunction<ZonedDateTime> f) {
        register(name, 1, 1, (a, c) -> {
            ZonedDateTime t = date(arg(a, 0), c);
            return t == null ? Values.NULL : Values.number(f.applyAsInt(t));
        });
    }

    static JsonNode iso(ZonedDateTime t) {
        return Json.NODES.textNode(ISO.format(t.toInstant()));
    }

    /** A date from a timestamp in ms or an ISO 8601 string; null (with warning 1572) when it is neither. */
    static ZonedDateTime date(JsonNode v, QueryContext c) {
        try {
            if (v.isNumber()) {
                return Instant.ofEpochMilli(v.longValue()).atZone(ZoneOffset.UTC);
            }
            if (v.isTextual()) {
                return parse(v.textValue().trim());
            }
        } catch (DateTimeParseException | ArithmeticException bad) {
            // reported below
        }
        c.warn(1572, "invalid date value");
        return null;
    }

    private static ZonedDateTime parse(String s) {
        String t = s.replace(' ', 'T');
        try {
            return OffsetDateTime.parse(t).atZoneSameInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException noOffset) {
            if (t.length() <= 10) {
                return LocalDate.parse(t).atStartOfDay(ZoneOffset.UTC);
            }
            return LocalDateTime.parse(t).atZone(ZoneOffset.UTC);
        }
    }

    private static ZonedDateTime fromParts(JsonNode[] a) {
        int[] p = {1970, 1, 1, 0, 0, 0, 0};
        for (int i = 0; i < a.length; i++) {
            p[i] = (int) Values.toNumber(a[i]);
        }
        return ZonedDateTime.of(p[0], p[1], p[2], p[3], p[4], p[5], p[6] * 1_000_000, ZoneOffset.UTC);
    }

    static ChronoUnit unit(String u) {
        switch (u.toLowerCase(Locale.ROOT)) {
            case "y": case "year": case "years":
                return ChronoUnit.YEARS;
            case "m": case "month": case "months":
                return ChronoUnit.MONTHS;
            case "w": case "week": case "weeks":
                return ChronoUnit.WEEKS;
            case "d": case "day": case "days":
                return ChronoUnit.DAYS;
            case "h": case "hour": case "hours":
                return ChronoUnit.HOURS;
            case "i": case "minute": case "minutes":
                return ChronoUnit.MINUTES;
            case "s": case "second": case "seconds":
                return ChronoUnit.SECONDS;
            case "f": case "millisecond": case "milliseconds":
                return ChronoUnit.MILLIS;
            default:
                return null;
        }
    }

    private static JsonNode shift(JsonNode[] a, QueryContext c, int sign) {
        ZonedDateTime t = date(arg(a, 0), c);
        ChronoUnit unit = unit(Values.toText(arg(a, 2)));
        if (t == null || unit == null) {
            if (t != null) {
                c.warn(1572, "invalid date value");
            }
            return Values.NULL;
        }
        double amount = Values.toNumber(arg(a, 1)) * sign;
        ZonedDateTime out = unit == ChronoUnit.MONTHS || unit == ChronoUnit.YEARS
                ? t.plus((long) amount, unit) : t.plus((long) (amount * unit.getDuration().toMillis()), ChronoUnit.MILLIS);
        return iso(out);
    }

    static String format(ZonedDateTime t, String fmt) {
        StringBuilder sb = new StringBuilder();
        int i = 0;
        while (i < fmt.length()) {
            char ch = fmt.charAt(i);
            if (ch != '%' || i + 1 >= fmt.length()) {
                sb.append(ch);
                i++;
                continue;
            }
            String rest = fmt.substring(i + 1);
            String[][] table = {{"yyyyyy", String.format("%06d", t.getYear())},
                {"yyyy", String.format("%04d", t.getYear())}, {"yy", String.format("%02d", t.getYear() % 100)},
                {"mmmm", t.getMonth().getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH)},
                {"mmm", t.getMonth().getDisplayName(java.time.format.TextStyle.SHORT, Locale.ENGLISH)},
                {"mm", String.format("%02d", t.getMonthValue())}, {"dd", String.format("%02d", t.getDayOfMonth())},
                {"hh", String.format("%02d", t.getHour())}, {"ii", String.format("%02d", t.getMinute())},
                {"ss", String.format("%02d", t.getSecond())}, {"fff", String.format("%03d", t.getNano() / 1_000_000)},
                {"t", Long.toString(t.toInstant().toEpochMilli())}, {"z", ISO.format(t.toInstant())},
                {"y", Integer.toString(t.getYear())}, {"m", Integer.toString(t.getMonthValue())},
                {"d", Integer.toString(t.getDayOfMonth())}, {"h", Integer.toString(t.getHour())},
                {"i", Integer.toString(t.getMinute())}, {"s", Integer.toString(t.getSecond())},
                {"f", Integer.toString(t.getNano() / 1_000_000)}, {"%", "%"}};
            boolean matched = false;
            for (String[] entry : table) {
                if (rest.startsWith(entry[0])) {
                    sb.append(entry[1]);
                    i += 1 + entry[0].length();
                    matched = true;
                    break;
                }
            }
            if (!matched) {
                sb.append(ch);
                i++;
            }
        }
        return sb.toString();
    }
}
