package io.arangoconsole.core.insight;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Folds AQL text to its shape. A small lexer, not a parser: it knows AQL's strings (single, double quoted, with
 * backslash escapes), numbers, comments ({@code //} and {@code /* *}{@code /}), bind parameters ({@code @p},
 * {@code @@c}) and quoted names ({@code `x`}, {@code ´x´}), which is all a shape needs; nesting (subqueries) needs
 * nothing special because only tokens change. An array holding only literals becomes {@code [?]}, so
 * {@code IN [1, 2]} and {@code IN [3, 4, 5]} share a shape. Text the lexer cannot close (an unterminated string) is
 * kept as it stands, so a broken query still has a shape.
 */
public final class ShapeNormalizer {
    static final String PLACEHOLDER = "?";
    private static final Set<String> LITERAL_WORDS = Set.of("TRUE", "FALSE", "NULL");
    private static final Set<String> KEYWORDS = Set.of("FOR", "IN", "RETURN", "FILTER", "SORT", "LIMIT", "LET",
            "COLLECT", "INTO", "WITH", "COUNT", "AGGREGATE", "INSERT", "UPDATE", "REPLACE", "REMOVE", "UPSERT",
            "DISTINCT", "ASC", "DESC", "AND", "OR", "NOT", "LIKE", "KEEP", "OPTIONS", "PRUNE", "SEARCH", "WINDOW",
            "GRAPH", "OUTBOUND", "INBOUND", "ANY", "ALL", "NONE", "AT", "LEAST", "SHORTEST_PATH",
            "K_SHORTEST_PATHS", "K_PATHS", "ALL_SHORTEST_PATHS");

    private ShapeNormalizer() {
    }

    /** The shape text of {@code query}; null or blank gives an empty shape. */
    public static String normalize(String query) {
        if (query == null) {
            return "";
        }
        List<String> tokens = foldLiteralArrays(tokens(query));
        StringBuilder out = new StringBuilder(query.length());
        String previous = null;
        for (int i = 0; i < tokens.size(); i++) {
            String token = tokens.get(i);
            // AQL function names ignore case: length(...) and LENGTH(...) are one shape
            if (i + 1 < tokens.size() && tokens.get(i + 1).equals("(") && isNameStart(token.charAt(0))
                    && !".".equals(previous)) {
                token = token.toUpperCase(Locale.ROOT);
            }
            if (previous != null && needsSpace(previous, token)) {
                out.append(' ');
            }
            out.append(token);
            previous = token;
        }
        return out.toString();
    }

    private static List<String> tokens(String q) {
        List<String> out = new ArrayList<>();
        int i = 0;
        int n = q.length();
        while (i < n) {
            char c = q.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '/' && i + 1 < n && q.charAt(i + 1) == '/') {
                int end = q.indexOf('\n', i);
                i = end < 0 ? n : end + 1;
            } else if (c == '/' && i + 1 < n && q.charAt(i + 1) == '*') {
                int end = q.indexOf("*/", i + 2);
                i = end < 0 ? n : end + 2;
            } else if (c == '"' || c == '\'') {
                int end = closing(q, i, c);
                out.add(end < 0 ? q.substring(i) : PLACEHOLDER);
                i = end < 0 ? n : end + 1;
            } else if (c == '`' || c == '\u00b4') {
                int end = closing(q, i, c);
                out.add(end < 0 ? q.substring(i) : q.substring(i, end + 1));
                i = end < 0 ? n : end + 1;
            } else if (Character.isDigit(c) || (c == '.' && i + 1 < n && Character.isDigit(q.charAt(i + 1))
                    && !endsWithName(out))) {
                i = number(q, i);
                out.add(negatedNumber(out) ? foldMinus(out) : PLACEHOLDER);
            } else if (c == '@') {
                int start = i;
                i++;
                if (i < n && q.charAt(i) == '@') {
                    i++;
                }
                while (i < n && isNamePart(q.charAt(i))) {
                    i++;
                }
                out.add(q.substring(start, i));
            } else if (isNameStart(c)) {
                int start = i;
                while (i < n && isNamePart(q.charAt(i))) {
                    i++;
                }
                String word = q.substring(start, i);
                String upper = word.toUpperCase(Locale.ROOT);
                boolean attribute = !out.isEmpty() && out.get(out.size() - 1).equals(".");
                if (!attribute && LITERAL_WORDS.contains(upper)) {
                    out.add(PLACEHOLDER);
                } else {
                    out.add(!attribute && KEYWORDS.contains(upper) ? upper : word);
                }
            } else {
                int len = operatorLength(q, i);
                out.add(q.substring(i, i + len));
                i += len;
            }
        }
        return out;
    }

    /** The index of the quote closing the one at {@code start}, honouring backslash escapes; -1 if none. */
    private static int closing(String q, int start, char quote) {
        for (int i = start + 1; i < q.length(); i++) {
            char c = q.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == quote) {
                return i;
            }
        }
        return -1;
    }

    private static int number(String q, int i) {
        int n = q.length();
        if (q.startsWith("0x", i) || q.startsWith("0X", i) || q.startsWith("0b", i) || q.startsWith("0B", i)) {
            i += 2;
        }
        while (i < n && (Character.isLetterOrDigit(q.charAt(i)) || q.charAt(i) == '.' || q.charAt(i) == '_')) {
            if (q.charAt(i) == '.' && q.startsWith("..", i)) {
                break; // a range 1..10: the dots are an operator
            }
            i++;
        }
        // exponent sign: 1e-5
        if (i < n && (q.charAt(i) == '+' || q.charAt(i) == '-') && (q.charAt(i - 1) == 'e' || q.charAt(i - 1) == 'E')) {
            i++;
            while (i < n && Character.isDigit(q.charAt(i))) {
                i++;
            }
        }
        return i;
    }

    /** A minus right after an operator, a keyword or an opening bracket is a sign: {@code == -5} folds to {@code == ?}. */
    private static boolean negatedNumber(List<String> out) {
        if (out.isEmpty() || !out.get(out.size() - 1).equals("-")) {
            return false;
        }
        if (out.size() == 1) {
            return true;
        }
        String before = out.get(out.size() - 2);
        return !(before.equals(")") || before.equals("]") || before.equals(PLACEHOLDER) || isName(before));
    }

    private static String foldMinus(List<String> out) {
        out.remove(out.size() - 1);
        return PLACEHOLDER;
    }

    private static boolean isName(String token) {
        char c = token.charAt(0);
        return (isNameStart(c) && !KEYWORDS.contains(token)) || c == '`' || c == '\u00b4' || c == '@';
    }

    private static boolean endsWithName(List<String> out) {
        return !out.isEmpty() && (isName(out.get(out.size() - 1)) || out.get(out.size() - 1).equals(")")
                || out.get(out.size() - 1).equals("]"));
    }

    private static int operatorLength(String q, int i) {
        for (String op : List.of("...", "==", "!=", "<=", ">=", "&&", "||", "=~", "!~", "..", "::", "?.", "**")) {
            if (q.startsWith(op, i)) {
                return op.length();
            }
        }
        return 1;
    }

    /** {@code [ ?, ?, ? ]} (only literals, possibly nested) becomes {@code [?]}. */
    private static List<String> foldLiteralArrays(List<String> tokens) {
        List<String> out = new ArrayList<>(tokens.size());
        for (String token : tokens) {
            out.add(token);
            if (token.equals("]")) {
                int open = literalArrayStart(out);
                if (open >= 0) {
                    out.subList(open, out.size()).clear();
                    out.add("[");
                    out.add(PLACEHOLDER);
                    out.add("]");
                }
            }
        }
        return out;
    }

    private static int literalArrayStart(List<String> out) {
        int i = out.size() - 2;
        boolean any = false;
        while (i >= 0) {
            String t = out.get(i);
            if (t.equals("[")) {
                // an index access d[0] is not an array literal
                return any && (i == 0 || !endsWithName(out.subList(0, i))) ? i : -1;
            }
            if (!t.equals(PLACEHOLDER) && !t.equals(",")) {
                return -1;
            }
            any |= t.equals(PLACEHOLDER);
            i--;
        }
        return -1;
    }

    private static boolean needsSpace(String previous, String token) {
        if (token.equals(",") || token.equals(")") || token.equals("]") || token.equals(".") || token.equals("?.")
                || previous.equals("(") || previous.equals("[") || previous.equals(".") || previous.equals("?.")) {
            return false;
        }
        if (token.equals("(") && (isFunctionName(previous))) {
            return false;
        }
        return !(token.equals("[") && endsWithName(List.of(previous)));
    }

    private static boolean isFunctionName(String previous) {
        return isNameStart(previous.charAt(0)) && !KEYWORDS.contains(previous);
    }

    private static boolean isNameStart(char c) {
        return Character.isLetter(c) || c == '_' || c == '$';
    }

    private static boolean isNamePart(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '$';
    }
}
