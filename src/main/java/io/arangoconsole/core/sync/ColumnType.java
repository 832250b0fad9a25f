package io.arangoconsole.core.sync;

/**
 * How a CSV column's text becomes a JSON value. {@code AUTO} infers: empty is null, {@code true}/{@code false} are
 * booleans, plain numbers (no leading zeros, so codes like "007" stay text) are numbers, anything else (ISO dates
 * included) stays a string; a quoted field is always a string. {@code DATE} checks for an ISO-8601 date or date-time
 * and keeps the text, as ArangoDB stores dates as strings.
 */
public enum ColumnType {
    AUTO, STRING, NUMBER, BOOLEAN, DATE
}
