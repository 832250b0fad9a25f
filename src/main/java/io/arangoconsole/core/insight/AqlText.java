package io.arangoconsole.core.insight;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the query pane reads from a query's text before it runs: whether it may modify data, the bind parameters it
 * names, and where the server's syntax error points. Reads the normalised shape (literals and comments gone), so a
 * keyword inside a string or a comment does not count.
 */
public final class AqlText {
    private static final Pattern MODIFYING = Pattern.compile("(?<![.\\w@])(INSERT|UPDATE|REPLACE|REMOVE|UPSERT)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern BIND = Pattern.compile("@(@?[A-Za-z0-9_]+)");
    private static final Pattern POSITION = Pattern.compile("at position (\\d+):(\\d+)");

    private AqlText() {
    }

    /**
     * True when the query uses a data-modification operation. Errs towards true: a variable named like an
     * operation also counts, which only costs a confirmation; an attribute ({@code d.remove}) does not.
     */
    public static boolean modifies(String query) {
        return MODIFYING.matcher(QueryShape.of(query).text()).find();
    }

    /** The bind parameters the query names, without the {@code @} ({@code @@c} gives {@code @c}), sorted. */
    public static Set<String> parameters(String query) {
        Set<String> out = new TreeSet<>();
        Matcher m = BIND.matcher(QueryShape.of(query).text());
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    /**
     * The problems with the bind variables given for a query, one sentence, or null when they fit: parameters the
     * query names but are not given, and given ones the query does not name (the server refuses both).
     */
    public static String bindProblems(String query, Map<String, Object> given) {
        Set<String> named = parameters(query);
        Set<String> missing = new LinkedHashSet<>(named);
        missing.removeAll(given.keySet());
        Set<String> unknown = new TreeSet<>(given.keySet());
        unknown.removeAll(named);
        if (missing.isEmpty() && unknown.isEmpty()) {
            return null;
        }
        StringBuilder out = new StringBuilder();
        if (!missing.isEmpty()) {
            out.append("The query uses bind parameter").append(missing.size() == 1 ? " " : "s ")
                    .append(at(missing)).append(" but the bind variables do not give ")
                    .append(missing.size() == 1 ? "it" : "them").append('.');
        }
        if (!unknown.isEmpty()) {
            out.append(out.isEmpty() ? "" : " ").append("The bind variables give ").append(at(unknown))
                    .append(", which the query does not use.");
        }
        return out.toString();
    }

    /** Line and column (both from 1) of an AQL error message's {@code at position L:C}, or null. */
    public static int[] errorPosition(String message) {
        Matcher m = message == null ? null : POSITION.matcher(message);
        return m != null && m.find() ? new int[] {Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))} : null;
    }

    private static String at(Set<String> names) {
        return String.join(", ", names.stream().map(n -> "@" + n).toList());
    }
}
