package io.arangoconsole.ui.insight;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;

/**
 * The style classes of an AQL text for RichTextFX's {@code setStyleSpans}: keywords, functions, strings, numbers,
 * bind parameters, comments; the bracket at the caret and its partner; the token a syntax error points at. A regular
 * expression lexer, run on every edit and caret move; the editor control does the painting.
 */
public final class AqlHighlighter {
    static final String KEYWORD = "aql-keyword";
    static final String FUNCTION = "aql-function";
    static final String STRING = "aql-string";
    static final String NUMBER = "aql-number";
    static final String BIND = "aql-bind";
    static final String COMMENT = "aql-comment";
    static final String BRACKET = "aql-bracket";
    static final String ERROR = "aql-error";

    private static final String[] KEYWORDS = {"FOR", "IN", "RETURN", "FILTER", "SORT", "LIMIT", "LET", "COLLECT",
        "INTO", "WITH", "COUNT", "AGGREGATE", "INSERT", "UPDATE", "REPLACE", "REMOVE", "UPSERT", "KEEP", "ASC", "DESC",
        "DISTINCT", "AND", "OR", "NOT", "LIKE", "NONE", "ALL", "ANY", "AT", "LEAST", "OUTBOUND", "INBOUND",
        "SHORTEST_PATH", "K_SHORTEST_PATHS", "K_PATHS", "ALL_SHORTEST_PATHS", "PRUNE", "SEARCH", "OPTIONS", "TRUE",
        "FALSE", "NULL", "WINDOW", "GRAPH"};
    private static final Pattern TOKENS = Pattern.compile(
            "(?<COMMENT>//[^\n]*|/\\*(?s:.*?)(?:\\*/|$))"
            + "|(?<STRING>\"(?:[^\"\\\\]|\\\\.)*\"?|'(?:[^'\\\\]|\\\\.)*'?)"
            + "|(?<BIND>@@?[A-Za-z0-9_]+)"
            + "|(?<NUMBER>(?<![A-Za-z_])\\d+(?:\\.\\d+)?(?:[eE][+-]?\\d+)?)"
            + "|(?<KEYWORD>(?<![.\\w])(?i:" + String.join("|", KEYWORDS) + ")\\b)"
            + "|(?<FUNCTION>[A-Za-z_][A-Za-z0-9_:]*(?=\\s*\\())");
    private static final String OPEN = "([{";
    private static final String CLOSE = ")]}";

    private AqlHighlighter() {
    }

    /**
     * The style spans of {@code text}.
     *
     * @param caret       the caret position: a bracket just before or at it is matched with its partner; -1 for none
     * @param errorOffset the character a syntax error points at, -1 for none
     */
    public static StyleSpans<Collection<String>> highlight(String text, int caret, int errorOffset) {
        String[] styles = new String[text.length()];
        boolean[] code = new boolean[text.length()];
        java.util.Arrays.fill(code, true);
        Matcher m = TOKENS.matcher(text);
        while (m.find()) {
            String style = m.group("COMMENT") != null ? COMMENT : m.group("STRING") != null ? STRING
                    : m.group("BIND") != null ? BIND : m.group("NUMBER") != null ? NUMBER
                    : m.group("KEYWORD") != null ? KEYWORD : FUNCTION;
            for (int i = m.start(); i < m.end(); i++) {
                styles[i] = style;
                code[i] = style != COMMENT && style != STRING;
            }
        }
        List<Integer> extra = new ArrayList<>();
        int[] pair = matchingBrackets(text, code, caret);
        if (pair != null) {
            extra.add(pair[0]);
            extra.add(pair[1]);
        }
        StyleSpansBuilder<Collection<String>> spans = new StyleSpansBuilder<>();
        if (text.isEmpty()) {
            spans.add(Set.of(), 0);
            return spans.create();
        }
        int errorEnd = errorOffset;
        while (errorOffset >= 0 && errorEnd < text.length() && errorEnd - errorOffset < 40
                && (errorEnd == errorOffset || !Character.isWhitespace(text.charAt(errorEnd)))) {
            errorEnd++;
        }
        int[] error = {errorOffset, errorEnd};
        int runStart = 0;
        Collection<String> runStyle = style(styles, 0, extra, error);
        for (int i = 1; i <= text.length(); i++) {
            Collection<String> s = i == text.length() ? null : style(styles, i, extra, error);
            if (s == null || !s.equals(runStyle)) {
                spans.add(runStyle, i - runStart);
                runStart = i;
                runStyle = s;
            }
        }
        return spans.create();
    }

    /** The offsets of the bracket at the caret (just before it, else at it) and of its partner, or null. */
    static int[] matchingBrackets(String text, boolean[] code, int caret) {
        for (int at : new int[] {caret - 1, caret}) {
            if (at < 0 || at >= text.length() || !code[at]) {
                continue;
            }
            char c = text.charAt(at);
            int open = OPEN.indexOf(c);
            int close = CLOSE.indexOf(c);
            if (open >= 0) {
                int partner = scan(text, code, at, 1, c, CLOSE.charAt(open));
                return partner < 0 ? null : new int[] {at, partner};
            }
            if (close >= 0) {
                int partner = scan(text, code, at, -1, c, OPEN.charAt(close));
                return partner < 0 ? null : new int[] {partner, at};
            }
        }
        return null;
    }

    private static int scan(String text, boolean[] code, int from, int step, char self, char partner) {
        int depth = 0;
        for (int i = from; i >= 0 && i < text.length(); i += step) {
            if (!code[i]) {
                continue;
            }
            char c = text.charAt(i);
            if (c == self) {
                depth++;
            } else if (c == partner && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    private static Collection<String> style(String[] styles, int i, List<Integer> brackets, int[] error) {
        List<String> out = new ArrayList<>(2);
        if (styles[i] != null) {
            out.add(styles[i]);
        }
        if (brackets.contains(i)) {
            out.add(BRACKET);
        }
        if (i >= error[0] && i < error[1]) {
            out.add(ERROR);
        }
        return out;
    }

    /** The offset of line {@code line}, column {@code column} (both from 1) in {@code text}, clamped to it. */
    public static int offset(String text, int line, int column) {
        int offset = 0;
        for (int l = 1; l < line && offset < text.length(); l++) {
            int nl = text.indexOf('\n', offset);
            if (nl < 0) {
                return Math.max(0, text.length() - 1);
            }
            offset = nl + 1;
        }
        return Math.max(0, Math.min(text.length() - 1, offset + Math.max(0, column - 1)));
    }
}
