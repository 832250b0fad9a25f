package io.arangoconsole.sandbox.store;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * ArangoDB's order of values, used by SORT, comparisons and persistent indexes:
 * null &lt; bool &lt; number &lt; string &lt; array &lt; object. A missing value counts as null.
 * Arrays compare element by element; objects compare by their sorted attribute names, then values.
 */
public final class ValueOrder implements Comparator<JsonNode> {
    public static final ValueOrder INSTANCE = new ValueOrder();

    private ValueOrder() {
    }

    public static int typeRank(JsonNode v) {
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
        if (v.isArray()) {
            return 4;
        }
        return 5;
    }

    @Override
    public int compare(JsonNode a, JsonNode b) {
        int ra = typeRank(a);
        int rb = typeRank(b);
        if (ra != rb) {
            return Integer.compare(ra, rb);
        }
        switch (ra) {
            case 0:
                return 0;
            case 1:
                return Boolean.compare(a.booleanValue(), b.booleanValue());
            case 2:
                if (a.isIntegralNumber() && b.isIntegralNumber() && a.canConvertToLong() && b.canConvertToLong()) {
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

    private int compareArrays(JsonNode a, JsonNode b) {
        int n = Math.max(a.size(), b.size());
        for (int i = 0; i < n; i++) {
            int c = compare(a.get(i), b.get(i));
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }

    private int compareObjects(JsonNode a, JsonNode b) {
        List<String> keys = new ArrayList<>();
        a.fieldNames().forEachRemaining(keys::add);
        b.fieldNames().forEachRemaining(k -> {
            if (!a.has(k)) {
                keys.add(k);
            }
        });
        keys.sort(Comparator.naturalOrder());
        for (String k : keys) {
            int c = compare(a.get(k), b.get(k));
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }

    /** Equality in the AQL sense ({@code ==}): same type and same value, 1 == 1.0. */
    public static boolean equal(JsonNode a, JsonNode b) {
        return INSTANCE.compare(a, b) == 0;
    }
}
