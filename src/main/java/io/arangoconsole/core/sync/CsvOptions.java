package io.arangoconsole.core.sync;

import java.util.Map;

/**
 * How a CSV file is read: the type of named columns (columns not listed are {@link ColumnType#AUTO}) and the column
 * that gives {@code _key} when there is no {@code _key} column (null: the file must have one).
 */
public record CsvOptions(Map<String, ColumnType> columns, String keyColumn) {

    /** Every column inferred, {@code _key} from a {@code _key} column. */
    public static CsvOptions defaults() {
        return new CsvOptions(Map.of(), null);
    }

    /** The type of {@code column}; {@code _key} is always a string. */
    public ColumnType typeOf(String column) {
        return "_key".equals(column) ? ColumnType.STRING : columns.getOrDefault(column, ColumnType.AUTO);
    }
}
