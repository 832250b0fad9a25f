package io.arangoconsole.sandbox.aql;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** One lexical token of an AQL query, with its 0-based offset and its 1-based line / 0-based column. */
record Token(Kind kind, String text, Object value, int offset, int line, int column) {

    enum Kind { IDENT, STRING, INT, DOUBLE, PARAM, DS_PARAM, OP, KEYWORD, END }

    /** Reserved words of AQL: they can never be plain identifiers (use backticks for that). */
    static final Set<String> KEYWORDS = Set.of("FOR", "LET", "FILTER", "RETURN", "COLLECT", "SORT", "LIMIT", "WINDOW",
            "ASC", "DESC", "IN", "WITH", "INTO", "AGGREGATE", "GRAPH", "SHORTEST_PATH", "K_SHORTEST_PATHS", "K_PATHS",
            "ALL_SHORTEST_PATHS", "DISTINCT", "REMOVE", "INSERT", "UPDATE", "REPLACE", "UPSERT", "NULL", "TRUE",
            "FALSE", "NOT", "AND", "OR", "LIKE", "OUTBOUND", "INBOUND", "ANY", "ALL", "NONE");

    private static final Map<String, String> OP_NAMES = Map.ofEntries(Map.entry("=", "assignment"),
            Map.entry("==", "== operator"), Map.entry("!=", "!= operator"), Map.entry("<", "< operator"),
            Map.entry(">", "> operator"), Map.entry("<=", "<= operator"), Map.entry(">=", ">= operator"),
            Map.entry("&&", "and operator"), Map.entry("||", "or operator"), Map.entry("!", "not operator"),
            Map.entry("+", "+ operator"), Map.entry("-", "- operator"), Map.entry("*", "* operator"),
            Map.entry("/", "/ operator"), Map.entry("%", "% operator"), Map.entry("=~", "~= operator"),
            Map.entry("!~", "~! operator"));

    boolean is(String opOrKeyword) {
        return (kind == Kind.OP || kind == Kind.KEYWORD) && text.equalsIgnoreCase(opOrKeyword);
    }

    boolean isKeyword(String keyword) {
        return kind == Kind.KEYWORD && text.equalsIgnoreCase(keyword);
    }

    /** An identifier (not a keyword) spelled {@code word} in any case, such as the contextual OPTIONS or COUNT. */
    boolean isWord(String word) {
        return kind == Kind.IDENT && text.equalsIgnoreCase(word);
    }

    /** The token as ArangoDB's parser names it in "syntax error, unexpected ..." messages. */
    String describe() {
        switch (kind) {
            case IDENT:
                return "identifier";
            case STRING:
                return "quoted string";
            case INT:
                return "integer number";
            case DOUBLE:
                return "number";
            case PARAM:
                return "bind parameter";
            case DS_PARAM:
                return "bind data source parameter";
            case END:
                return "end of query string";
            case KEYWORD:
                return keywordName(text.toUpperCase(Locale.ROOT));
            default:
                return OP_NAMES.getOrDefault(text, text);
        }
    }

    private static String keywordName(String k) {
        switch (k) {
            case "FOR": case "LET": case "FILTER": case "RETURN": case "COLLECT": case "SORT": case "LIMIT":
            case "WINDOW":
                return k + " declaration";
            case "DISTINCT":
                return "DISTINCT modifier";
            case "REMOVE": case "INSERT": case "UPDATE": case "REPLACE": case "UPSERT":
                return k + " command";
            case "NULL": case "TRUE": case "FALSE":
                return k.toLowerCase(Locale.ROOT);
            case "NOT": case "AND": case "OR": case "LIKE":
                return k.toLowerCase(Locale.ROOT) + " operator";
            case "OUTBOUND": case "INBOUND": case "ANY": case "ALL": case "NONE":
                return k.toLowerCase(Locale.ROOT) + " modifier";
            default:
                return k + " keyword";
        }
    }
}
