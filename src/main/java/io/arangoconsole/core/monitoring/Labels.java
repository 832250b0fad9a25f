package io.arangoconsole.core.monitoring;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An immutable set of Prometheus labels, kept sorted by name so that {@code {le="1",role="SINGLE"}} and
 * {@code {role="SINGLE",le="1"}} are equal: the server may write labels in any order.
 */
public final class Labels {
    /** No labels; also the selector that matches every series. */
    public static final Labels EMPTY = new Labels(new String[0]);

    // Alternating name, value, sorted by name; never mutated after construction.
    private final String[] pairs;
    private final int hash;

    private Labels(String[] pairs) {
        this.pairs = pairs;
        this.hash = Arrays.hashCode(pairs);
    }

    /** Labels from alternating names and values, e.g. {@code Labels.of("role", "SINGLE", "le", "0.1")}. */
    public static Labels of(String... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("labels need a value for every name");
        }
        return fromPairs(namesAndValues.clone(), namesAndValues.length);
    }

    /** Labels from a map of name to value. */
    public static Labels of(Map<String, String> labels) {
        String[] pairs = new String[labels.size() * 2];
        int i = 0;
        for (Map.Entry<String, String> e : labels.entrySet()) {
            pairs[i++] = e.getKey();
            pairs[i++] = e.getValue();
        }
        return fromPairs(pairs, pairs.length);
    }

    /** Takes ownership of the first {@code length} slots of {@code pairs}; sorts them (insertion sort: few labels). */
    static Labels fromPairs(String[] pairs, int length) {
        if (length == 0) {
            return EMPTY;
        }
        String[] sorted = length == pairs.length ? pairs : Arrays.copyOf(pairs, length);
        for (int i = 2; i < length; i += 2) {
            String name = sorted[i];
            String value = sorted[i + 1];
            int j = i - 2;
            while (j >= 0 && sorted[j].compareTo(name) > 0) {
                sorted[j + 2] = sorted[j];
                sorted[j + 3] = sorted[j + 1];
                j -= 2;
            }
            sorted[j + 2] = name;
            sorted[j + 3] = value;
        }
        for (int i = 2; i < length; i += 2) {
            if (sorted[i].equals(sorted[i - 2])) {
                throw new IllegalArgumentException("label '" + sorted[i] + "' given twice");
            }
        }
        return new Labels(sorted);
    }

    /** The value of a label, or null when absent. */
    public String get(String name) {
        for (int i = 0; i < pairs.length; i += 2) {
            if (pairs[i].equals(name)) {
                return pairs[i + 1];
            }
        }
        return null;
    }

    /** These labels without {@code name} (e.g. without {@code le}, to group histogram buckets). */
    public Labels without(String name) {
        for (int i = 0; i < pairs.length; i += 2) {
            if (pairs[i].equals(name)) {
                String[] rest = new String[pairs.length - 2];
                System.arraycopy(pairs, 0, rest, 0, i);
                System.arraycopy(pairs, i + 2, rest, i, pairs.length - i - 2);
                return rest.length == 0 ? EMPTY : new Labels(rest);
            }
        }
        return this;
    }

    /** True when every label of {@code selector} is present here with the same value. */
    public boolean matches(Labels selector) {
        for (int i = 0; i < selector.pairs.length; i += 2) {
            if (!selector.pairs[i + 1].equals(get(selector.pairs[i]))) {
                return false;
            }
        }
        return true;
    }

    /** How many labels. */
    public int size() {
        return pairs.length / 2;
    }

    /** True for no labels. */
    public boolean isEmpty() {
        return pairs.length == 0;
    }

    /** The labels as an ordered (by name), unmodifiable map. */
    public Map<String, String> asMap() {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return Collections.unmodifiableMap(map);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Labels other && hash == other.hash && Arrays.equals(pairs, other.pairs);
    }

    @Override
    public int hashCode() {
        return hash;
    }

    /** Prometheus style: {@code {le="0.1",role="SINGLE"}}, or empty text for no labels. */
    @Override
    public String toString() {
        if (pairs.length == 0) {
            return "";
        }
        StringBuilder sb = new StringBuilder("{");
        for (int i = 0; i < pairs.length; i += 2) {
            if (i > 0) {
                sb.append(',');
            }
            sb.append(pairs[i]).append("=\"");
            String v = pairs[i + 1];
            for (int k = 0; k < v.length(); k++) {
                char c = v.charAt(k);
                switch (c) {
                    case '\\' -> sb.append("\\\\");
                    case '"' -> sb.append("\\\"");
                    case '\n' -> sb.append("\\n");
                    default -> sb.append(c);
                }
            }
            sb.append('"');
        }
        return sb.append('}').toString();
    }
}
