package io.arangoconsole.core.sync;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/** Converts CSV field text to JSON values by {@link ColumnType}; throws {@link IllegalArgumentException} to reject. */
final class CsvValues {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Pattern INTEGER = Pattern.compile("-?(0|[1-9][0-9]{0,17})");
    private static final Pattern DECIMAL = Pattern.compile("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?");

    private CsvValues() {
    }

    static JsonNode convert(String text, boolean quoted, ColumnType type) {
        if (text.isEmpty() && !(quoted && (type == ColumnType.AUTO || type == ColumnType.STRING))) {
            return NODES.nullNode();
        }
        switch (type) {
            case STRING:
                return NODES.textNode(text);
            case NUMBER:
                return number(text.trim());
            case BOOLEAN:
                return bool(text.trim());
            case DATE:
                return date(text.trim());
            default:
                return quoted ? NODES.textNode(text) : infer(text);
        }
    }

    private static JsonNode infer(String text) {
        if (text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false")) {
            return NODES.booleanNode(Boolean.parseBoolean(text.toLowerCase()));
        }
        if (INTEGER.matcher(text).matches()) {
            return NODES.numberNode(Long.parseLong(text));
        }
        if (DECIMAL.matcher(text).matches()) {
            return NODES.numberNode(Double.parseDouble(text));
        }
        return NODES.textNode(text);
    }

    private static JsonNode number(String text) {
        try {
            BigDecimal value = new BigDecimal(text);
            if (value.scale() <= 0 && value.abs().compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) <= 0) {
                return NODES.numberNode(value.longValueExact());
            }
            return NODES.numberNode(value.doubleValue());
        } catch (NumberFormatException | ArithmeticException e) {
            throw new IllegalArgumentException("'" + DocumentKeys.abbreviate(text) + "' is not a number");
        }
    }

    private static JsonNode bool(String text) {
        if (text.equalsIgnoreCase("true") || text.equals("1")) {
            return NODES.booleanNode(true);
        }
        if (text.equalsIgnoreCase("false") || text.equals("0")) {
            return NODES.booleanNode(false);
        }
        throw new IllegalArgumentException("'" + DocumentKeys.abbreviate(text) + "' is not a boolean");
    }

    private static JsonNode date(String text) {
        try {
            if (text.length() == 10) {
                LocalDate.parse(text);
            } else if (text.endsWith("Z") || text.matches(".*[+-][0-9]{2}:[0-9]{2}$")) {
                OffsetDateTime.parse(text);
            } else {
                LocalDateTime.parse(text);
            }
            return NODES.textNode(text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("'" + DocumentKeys.abbreviate(text) + "' is not an ISO-8601 date");
        }
    }
}
