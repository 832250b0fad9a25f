package io.arangoconsole.sandbox.conformance.recorded;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Compares the shape of two JSON answers: the same keys in every object and the same value type (number, string,
 * boolean, null, array, object) under each, ignoring values, so ids, revisions, timestamps and sizes never count.
 * Arrays match when both are empty or both hold elements of the same set of shapes. {@code errorNum} is compared by
 * value, since it is what a client acts on.
 */
final class Shapes {
    private Shapes() {
    }

    /** The differences, each a path and what differs; empty when the shapes match. */
    static List<String> differences(JsonNode recorded, JsonNode actual) {
        List<String> out = new ArrayList<>();
        compare("$", recorded, actual, out);
        return out;
    }

    private static void compare(String path, JsonNode recorded, JsonNode actual, List<String> out) {
        String rt = type(recorded);
        String at = type(actual);
        if (!rt.equals(at)) {
            out.add(path + ": " + rt + " recorded, " + at + " here");
            return;
        }
        if (isIdMap(recorded) && isIdMap(actual)) {
            Set<String> rs = new TreeSet<>();
            recorded.forEach(v -> rs.add(signature(v)));
            Set<String> as = new TreeSet<>();
            actual.forEach(v -> as.add(signature(v)));
            if (!rs.equals(as)) {
                out.add(path + ": values of the id map differ in shape");
            }
            return;
        }
        if (recorded.isObject()) {
            Set<String> rk = keys(recorded);
            Set<String> ak = keys(actual);
            Set<String> missing = new TreeSet<>(rk);
            missing.removeAll(ak);
            Set<String> extra = new TreeSet<>(ak);
            extra.removeAll(rk);
            if (!missing.isEmpty()) {
                out.add(path + ": missing " + missing);
            }
            if (!extra.isEmpty()) {
                out.add(path + ": extra " + extra);
            }
            for (String k : rk) {
                if (ak.contains(k)) {
                    if (k.equals("errorNum") && !recorded.get(k).equals(actual.get(k))) {
                        out.add(path + ".errorNum: " + recorded.get(k) + " recorded, " + actual.get(k) + " here");
                    }
                    compare(path + "." + k, recorded.get(k), actual.get(k), out);
                }
            }
        } else if (recorded.isArray()) {
            if (recorded.isEmpty() != actual.isEmpty()) {
                out.add(path + ": " + (recorded.isEmpty() ? "empty" : "non-empty") + " array recorded, "
                        + (actual.isEmpty() ? "empty" : "non-empty") + " here");
                return;
            }
            Set<String> rs = elementShapes(recorded);
            Set<String> as = elementShapes(actual);
            if (!rs.equals(as)) {
                if (recorded.size() == actual.size()) {
                    for (int i = 0; i < recorded.size(); i++) {
                        compare(path + "[" + i + "]", recorded.get(i), actual.get(i), out);
                    }
                } else {
                    compare(path + "[0]", recorded.get(0), actual.get(0), out);
                }
                if (out.isEmpty()) {
                    out.add(path + ": element shapes differ");
                }
            }
        }
    }

    private static Set<String> elementShapes(JsonNode array) {
        Set<String> out = new TreeSet<>();
        array.forEach(e -> out.add(signature(e)));
        return out;
    }

    /** A canonical text of a value's shape. */
    static String signature(JsonNode n) {
        if (n.isObject()) {
            StringBuilder b = new StringBuilder("{");
            for (String k : keys(n)) {
                b.append(k).append(':').append(signature(n.get(k))).append(',');
            }
            return b.append('}').toString();
        }
        if (n.isArray()) {
            return "[" + String.join("|", elementShapes(n)) + "]";
        }
        return type(n);
    }

    /** Keys, with data keys that are ids ({@code products/73870}, {@code 12345}) read as one {@code <id>}. */
    private static Set<String> keys(JsonNode n) {
        Set<String> out = new TreeSet<>();
        Iterator<String> it = n.fieldNames();
        while (it.hasNext()) {
            out.add(it.next());
        }
        return out;
    }

    private static boolean isId(String key) {
        return key.matches("(?:[A-Za-z_][A-Za-z0-9_-]*/)?\\d+");
    }

    /** An object whose keys are all ids stands for a map: compare the shapes of its values only. */
    private static boolean isIdMap(JsonNode n) {
        if (!n.isObject() || n.isEmpty()) {
            return false;
        }
        Iterator<String> it = n.fieldNames();
        while (it.hasNext()) {
            if (!isId(it.next())) {
                return false;
            }
        }
        return true;
    }

    static String type(JsonNode n) {
        if (n == null || n.isMissingNode()) {
            return "absent";
        }
        if (n.isNumber()) {
            return "number";
        }
        if (n.isTextual()) {
            return "string";
        }
        if (n.isBoolean()) {
            return "boolean";
        }
        if (n.isNull()) {
            return "null";
        }
        return n.isArray() ? "array" : "object";
    }

    /** Keys seen anywhere in a value, for reports. */
    static Set<String> allKeys(JsonNode n) {
        Set<String> out = new LinkedHashSet<>();
        if (n != null && n.isObject()) {
            out.addAll(keys(n));
        }
        return out;
    }
}
