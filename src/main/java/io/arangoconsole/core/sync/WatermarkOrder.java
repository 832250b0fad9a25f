package io.arangoconsole.core.sync;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;

/**
 * ArangoDB's order of values as AQL's {@code SORT} and comparison operators apply it to a watermark:
 * null (and missing) &lt; booleans &lt; numbers &lt; strings &lt; arrays &lt; objects; numbers by value, strings by
 * code unit, arrays element by element, objects by sorted attribute names and then values. Positions compare by
 * {@code (watermark, _key)}, the order incremental syncs read in.
 */
public final class WatermarkOrder implements Comparator<JsonNode> {
    public static final WatermarkOrder INSTANCE = new WatermarkOrder();

    private WatermarkOrder() {
    }

    /** Compares {@code (w1, k1)} with {@code (w2, k2)}: watermark first, then {@code _key} as tiebreak. */
    public static int compare(JsonNode w1, String k1, JsonNode w2, String k2) {
        int c = INSTANCE.compare(w1, w2);
        if (c != 0) {
            return c;
        }
        return k1 == null ? (k2 == null ? 0 : -1) : (k2 == null ? 1 : k1.compareTo(k2));
    }

    /** Whether {@code (w, k)} comes strictly after {@code after}; everything is after a null position. */
    public static boolean isAfter(JsonNode w, String k, Position after) {
        return after == null || compare(w, k, after.watermark(), after.key()) > 0;
    }

    @Override
    public int compare(JsonNode a, JsonNode b) {
        int ra = rank(a);
        int rb = rank(b);
        if (ra != rb) {
            return Integer.compare(ra, rb);
        }
        switch (ra) {
            case 0:
                return 0;
            case 1:
                return Boolean.compare(a.booleanValue(), b.booleanValue());
            case 2:
                if (a.canConvertToLong() && b.canConvertToLong() && a.isIntegralNumber() && b.isIntegralNumber()) {
                    return Long.compare(a.longValue(), b.longValue());
                }
                return Double.compare(a.doubleValue(), b.doubleValue());
            case 3:
                return a.textValue().compareTo(b.textValue());
            case 4:
                return compareArrays(a, b);
            default:
                return compareObjects(a, b);
        }
    }

    private static int rank(JsonNode v) {
        if (v == null || v.isNull() || v.isMissingNode()) {
            return 0;
        }
        if (v.isBoolean()) {
            return 1;
        }
        if (v.isNumber()) {
            return 2;
        }
        if (v.isTextual()) {
            return 3;
        }
        return v.isArray() ? 4 : 5;
    }

    private int compareArrays(JsonNode a, JsonNode b) {
        for (int i = 0; i < Math.max(a.size(), b.size()); i++) {
            int c = compare(a.get(i), b.get(i));
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }

    private int compareObjects(JsonNode a, JsonNode b) {
        List<String> names = new ArrayList<>();
        a.fieldNames().forEachRemaining(names::add);
        for (Iterator<String> it = b.fieldNames(); it.hasNext(); ) {
            String name = it.next();
            if (!a.has(name)) {
                names.add(name);
            }
        }
        names.sort(String::compareTo);
        for (String name : names) {
            int c = compare(a.get(name), b.get(name));
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }
}
