package io.arangoconsole.core.insight;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Query results as a table: one column per top-level attribute seen in any row (first seen first), nested values as
 * compact JSON; rows that are not objects go to a single column named {@value #VALUE}.
 */
public record ResultTable(List<String> columns, List<List<String>> cells) {
    public static final String VALUE = "(value)";

    public ResultTable {
        columns = List.copyOf(columns);
        cells = List.copyOf(cells);
    }

    /** Flattens {@code rows} to their top-level attributes. */
    public static ResultTable of(List<JsonNode> rows) {
        Set<String> names = new LinkedHashSet<>();
        for (JsonNode row : rows) {
            if (row != null && row.isObject()) {
                row.fieldNames().forEachRemaining(names::add);
            } else {
                names.add(VALUE);
            }
        }
        List<String> columns = new ArrayList<>(names);
        List<List<String>> cells = new ArrayList<>();
        for (JsonNode row : rows) {
            List<String> line = new ArrayList<>(columns.size());
            for (String c : columns) {
                JsonNode v = row != null && row.isObject() ? row.get(c) : (c.equals(VALUE) ? row : null);
                line.add(text(v));
            }
            cells.add(line);
        }
        return new ResultTable(columns, cells);
    }

    private static String text(JsonNode v) {
        if (v == null || v.isMissingNode()) {
            return "";
        }
        return v.isValueNode() && !v.isNull() ? v.asText() : v.toString();
    }
}
