package io.arangoconsole.sandbox.aql;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.NullNode;
import io.arangoconsole.sandbox.store.Json;
import io.arangoconsole.sandbox.store.ValueOrder;

import java.util.regex.Pattern;

/** AQL value semantics over Jackson nodes: truthiness, conversions, arithmetic, comparison, LIKE. */
final class Values {
    static final JsonNode NULL = NullNode.getInstance();
    static final JsonNode TRUE = Json.NODES.booleanNode(true);
    static final JsonNode FALSE = Json.NODES.booleanNode(false);

    private Values() {
    }

    static JsonNode bool(boolean b) {
        return b ? TRUE : FALSE;
    }

    static JsonNode orNull(JsonNode v) {
        return v == null || v.isMissingNode() ? NULL : v;
    }

    /** AQL truthiness: null, false, 0, "" are false; arrays and objects are always true. */
    static boolean truthy(JsonNode v) {
        if (v == null || v.isNull() || v.isMissingNode()) {
            return false;
        }
        if (v.isBoolean()) {
            return v.booleanValue();
        }
        if (v.isNumber()) {
            return v.doubleValue() != 0;
        }
        if (v.isTextual()) {
            return !v.textValue().isEmpty();
        }
        return true;
    }

    /** TO_NUMBER: null/false 0, true 1, numeric strings their value, other strings 0, [x] as x, else 0. */
    static double toNumber(JsonNode v) {
        if (v == null || v.isNull() || v.isMissingNode()) {
            return 0;
        }
        if (v.isNumber()) {
            return v.doubleValue();
        }
        if (v.isBoolean()) {
            return v.booleanValue() ? 1 : 0;
        }
        if (v.isTextual()) {
            String s = v.textValue().trim();
            if (s.isEmpty()) {
                return 0;
            }
            try {
                double d = Double.parseDouble(s);
                return Double.isFinite(d) && !s.endsWith("d") && !s.endsWith("f") && !s.endsWith("D")
                        && !s.endsWith("F") ? d : 0;
            } catch (NumberFormatException e) {
                return 0;
            }
        }
        if (v.isArray()) {
            if (v.size() == 0) {
                return 0;
            }
            return v.size() == 1 ? toNumber(v.get(0)) : 0;
        }
        return 0;
    }

    /** A number node, integral when the value is integral (as ArangoDB prints 2 for 1 + 1); NaN/inf give null. */
    static JsonNode number(double d) {
        if (!Double.isFinite(d)) {
            return NULL;
        }
        if (d == Math.rint(d) && Math.abs(d) < 9.007199254740992E15) {
            long l = (long) d;
            if (l == 0 && 1 / d < 0) {
                return Json.NODES.numberNode(0);
            }
            return l >= Integer.MIN_VALUE && l <= Integer.MAX_VALUE ? Json.NODES.numberNode((int) l)
                    : Json.NODES.numberNode(l);
        }
        return Json.NODES.numberNode(d);
    }

    /** TO_STRING: null "", bools/numbers as text, arrays and objects as JSON. */
    static String toText(JsonNode v) {
        if (v == null || v.isNull() || v.isMissingNode()) {
            return "";
        }
        if (v.isTextual()) {
            return v.textValue();
        }
        if (v.isNumber()) {
            JsonNode n = number(v.doubleValue());
            return n.isNull() ? "null" : n.isIntegralNumber() && v.isIntegralNumber() ? v.asText() : n.asText();
        }
        if (v.isBoolean()) {
            return v.asText();
        }
        return Json.text(v);
    }

    static int compare(JsonNode a, JsonNode b) {
        return ValueOrder.INSTANCE.compare(orNull(a), orNull(b));
    }

    static boolean in(JsonNode needle, JsonNode haystack) {
        if (haystack == null || !haystack.isArray()) {
            return false;
        }
        for (JsonNode x : haystack) {
            if (compare(needle, x) == 0) {
                return true;
            }
        }
        return false;
    }

    /** Turns an AQL LIKE pattern ({@code %}, {@code _}, backslash escapes) into an anchored regex. */
    static Pattern likePattern(String pattern, boolean caseInsensitive) {
        StringBuilder re = new StringBuilder();
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '\\' && i + 1 < pattern.length()) {
                re.append(Pattern.quote(String.valueOf(pattern.charAt(++i))));
            } else if (c == '%') {
                re.append(".*");
            } else if (c == '_') {
                re.append('.');
            } else {
                re.append(Pattern.quote(String.valueOf(c)));
            }
        }
        int flags = Pattern.DOTALL | (caseInsensitive ? Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE : 0);
        return Pattern.compile(re.toString(), flags);
    }

    static ArrayNode array() {
        return Json.NODES.arrayNode();
    }

    /** The value as a list for functions that take arrays; null when it is not an array. */
    static ArrayNode asArray(JsonNode v) {
        return v != null && v.isArray() ? (ArrayNode) v : null;
    }
}
