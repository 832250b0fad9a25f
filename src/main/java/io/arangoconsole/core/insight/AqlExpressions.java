package io.arangoconsole.core.insight;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** Reads the expression trees explain prints ({@code {"type": "compare ==", "subNodes": [...]}}). */
final class AqlExpressions {
    private AqlExpressions() {
    }

    /** The expression as AQL-like text, for a person: {@code d.status == "open" AND d.n > @min}. */
    static String render(JsonNode e) {
        String type = e.path("type").asText();
        List<String> subs = new ArrayList<>();
        e.path("subNodes").forEach(s -> subs.add(render(s)));
        if (type.startsWith("compare ")) {
            return subs.size() == 2 ? subs.get(0) + " " + compareOperator(type) + " " + subs.get(1) : type;
        }
        return switch (type) {
            case "value" -> e.path("value").toString();
            case "parameter" -> "@" + e.path("name").asText();
            case "datasource parameter" -> "@@" + e.path("name").asText();
            case "reference", "variable", "collection" -> e.path("name").asText();
            case "attribute access" -> (subs.isEmpty() ? "?" : subs.get(0)) + "." + e.path("name").asText();
            case "indexed access" -> subs.size() == 2 ? subs.get(0) + "[" + subs.get(1) + "]" : type;
            case "logical and", "n-ary and" -> join(subs, " AND ");
            case "logical or", "n-ary or" -> join(subs, " OR ");
            case "unary not" -> "NOT " + first(subs);
            case "unary minus" -> "-" + first(subs);
            case "function call" -> e.path("name").asText() + "(" + unwrapArguments(subs) + ")";
            case "array" -> "[" + String.join(", ", subs) + "]";
            case "plus", "minus", "times", "division", "modulus" -> subs.size() == 2
                    ? subs.get(0) + " " + arithmetic(type) + " " + subs.get(1) : type;
            default -> type;
        };
    }

    /**
     * The attribute path {@code e} reads from variable {@code variableId} ({@code d.a.b} gives {@code a.b}), or null
     * when {@code e} is not a plain attribute access of that variable.
     */
    static String attributeOf(JsonNode e, int variableId, String variableName) {
        if (!e.path("type").asText().equals("attribute access")) {
            return null;
        }
        JsonNode object = e.path("subNodes").path(0);
        String name = e.path("name").asText();
        if (isVariable(object, variableId, variableName)) {
            return name;
        }
        String parent = attributeOf(object, variableId, variableName);
        return parent == null ? null : parent + "." + name;
    }

    /** True when {@code e} mentions the variable anywhere. */
    static boolean mentions(JsonNode e, int variableId, String variableName) {
        if (isVariable(e, variableId, variableName)) {
            return true;
        }
        for (JsonNode s : e.path("subNodes")) {
            if (mentions(s, variableId, variableName)) {
                return true;
            }
        }
        return false;
    }

    static boolean isVariable(JsonNode e, int variableId, String variableName) {
        String type = e.path("type").asText();
        if (!type.equals("reference") && !type.equals("variable")) {
            return false;
        }
        return e.has("id") ? e.path("id").asInt() == variableId : e.path("name").asText().equals(variableName);
    }

    static boolean isAnd(JsonNode e) {
        String type = e.path("type").asText();
        return type.equals("logical and") || type.equals("n-ary and");
    }

    static boolean isOr(JsonNode e) {
        String type = e.path("type").asText();
        return type.equals("logical or") || type.equals("n-ary or");
    }

    private static String compareOperator(String type) {
        String op = type.substring("compare ".length());
        return op.equals("in") ? "IN" : op.equals("not in") ? "NOT IN" : op;
    }

    private static String arithmetic(String type) {
        return switch (type) {
            case "plus" -> "+";
            case "minus" -> "-";
            case "times" -> "*";
            case "division" -> "/";
            default -> "%";
        };
    }

    /** A function call's arguments come as one array node: print its elements, not the brackets. */
    private static String unwrapArguments(List<String> subs) {
        String args = first(subs);
        return args.startsWith("[") && args.endsWith("]") ? args.substring(1, args.length() - 1) : args;
    }

    private static String first(List<String> subs) {
        return subs.isEmpty() ? "" : subs.get(0);
    }

    private static String join(List<String> subs, String separator) {
        return subs.size() <= 1 ? first(subs) : "(" + String.join(separator, subs) + ")";
    }
}
