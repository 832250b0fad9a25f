package io.arangoconsole.core.stats;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * What a stored value is as a point in time: an ISO-8601 string (date, date-time, with or without offset), epoch
 * seconds or epoch milliseconds. Numbers count as epoch values only between 2000 and 2100, so an age, a price or a
 * counter is never taken for a date.
 */
public final class DateValues {
    private static final long SECONDS_FROM = 946_684_800L;
    private static final long SECONDS_TO = 4_102_444_800L;

    /** How a date is stored. */
    public enum Kind {
        ISO("ISO dates"), EPOCH_SECONDS("epoch seconds"), EPOCH_MILLIS("epoch milliseconds");

        private final String text;

        Kind(String text) {
            this.text = text;
        }

        /** "ISO dates", "epoch seconds", "epoch milliseconds". */
        public String text() {
            return text;
        }
    }

    private DateValues() {
    }

    /** The kind of date {@code value} is, or null when it is none (missing, null, a word, an age). */
    public static Kind kind(JsonNode value) {
        if (value == null || value.isNull() || value.isMissingNode()) {
            return null;
        }
        if (value.isTextual()) {
            return parseText(value.asText()) == null ? null : Kind.ISO;
        }
        if (value.isIntegralNumber() || (value.isNumber() && value.asDouble() == Math.rint(value.asDouble()))) {
            long n = value.asLong();
            if (n >= SECONDS_FROM && n < SECONDS_TO) {
                return Kind.EPOCH_SECONDS;
            }
            if (n >= SECONDS_FROM * 1000 && n < SECONDS_TO * 1000) {
                return Kind.EPOCH_MILLIS;
            }
        }
        return null;
    }

    /** The instant {@code value} stands for, or null when it is no date (see {@link #kind}). */
    public static Instant instant(JsonNode value) {
        Kind kind = kind(value);
        if (kind == null) {
            return null;
        }
        return switch (kind) {
            case ISO -> parseText(value.asText());
            case EPOCH_SECONDS -> Instant.ofEpochSecond(value.asLong());
            case EPOCH_MILLIS -> Instant.ofEpochMilli(value.asLong());
        };
    }

    private static Instant parseText(String text) {
        if (text.length() < 10 || !Character.isDigit(text.charAt(0))) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            // next form
        }
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            // next form
        }
        try {
            return LocalDateTime.parse(text).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            // next form
        }
        try {
            return text.length() == 10 ? LocalDate.parse(text).atStartOfDay().toInstant(ZoneOffset.UTC) : null;
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
