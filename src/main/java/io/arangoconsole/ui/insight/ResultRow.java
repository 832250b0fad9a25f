package io.arangoconsole.ui.insight;

import java.util.List;

/** One row of a query's result as the table shows it: its number, a cell per column, the row's JSON. */
public record ResultRow(int index, List<String> cells, String json) {

    public ResultRow {
        cells = List.copyOf(cells);
    }

    /** The cell of column {@code i}, empty when the row has none. */
    public String cell(int i) {
        return i < cells.size() ? cells.get(i) : "";
    }
}
