package io.arangoconsole.ui.common;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.function.Function;

/**
 * Rows of a table as text a person pastes elsewhere: TSV (spreadsheets, tickets), JSON (scripts) and CSV (files),
 * each with the columns' titles as header or keys. No JavaFX here, so it is tested without the toolkit.
 *
 * @param <S> the row type
 */
public final class TableRows<S> {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final List<String> titles;
    private final List<Function<S, String>> cells;

    public TableRows(List<String> titles, List<Function<S, String>> cells) {
        this.titles = List.copyOf(titles);
        this.cells = List.copyOf(cells);
    }

    /** Header line, then one line per row; tabs and line breaks inside a cell become spaces. */
    public String tsv(List<S> rows) {
        StringBuilder out = new StringBuilder(String.join("\t", titles.stream().map(TableRows::flat).toList()));
        for (S row : rows) {
            out.append('\n').append(String.join("\t", cells.stream().map(c -> flat(c.apply(row))).toList()));
        }
        return out.append('\n').toString();
    }

    /** An array of objects keyed by column title, pretty-printed. */
    public String json(List<S> rows) {
        ArrayNode array = JSON.createArrayNode();
        for (S row : rows) {
            ObjectNode object = array.addObject();
            for (int i = 0; i < titles.size(); i++) {
                object.put(titles.get(i), cells.get(i).apply(row));
            }
        }
        return array.toPrettyString() + "\n";
    }

    /** RFC 4180: a cell with a comma, quote or line break is quoted, quotes doubled. */
    public String csv(List<S> rows) {
        StringBuilder out = new StringBuilder(String.join(",", titles.stream().map(TableRows::quoted).toList()));
        for (S row : rows) {
            out.append("\r\n").append(String.join(",", cells.stream().map(c -> quoted(c.apply(row))).toList()));
        }
        return out.append("\r\n").toString();
    }

    /** True when some column's text of {@code row} contains {@code needle} (case-insensitive; blank matches all). */
    public boolean matches(S row, String needle) {
        if (needle == null || needle.isBlank()) {
            return true;
        }
        String lower = needle.strip().toLowerCase(java.util.Locale.ROOT);
        return cells.stream().anyMatch(c -> {
            String text = c.apply(row);
            return text != null && text.toLowerCase(java.util.Locale.ROOT).contains(lower);
        });
    }

    private static String flat(String text) {
        return text == null ? "" : text.replaceAll("[\\t\\r\\n]+", " ");
    }

    private static String quoted(String text) {
        String t = text == null ? "" : text;
        return t.contains(",") || t.contains("\"") || t.contains("\n") || t.contains("\r")
                ? "\"" + t.replace("\"", "\"\"") + "\"" : t;
    }
}
