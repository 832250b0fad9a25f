package io.arangoconsole.sandbox.store;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.Comparator;

/**
 * One entry of a persistent index: the indexed values in field order and the document key. A probe (used only as
 * a search bound) carries a prefix of values and sorts before ({@code -1}) or after ({@code +1}) every entry that
 * starts with that prefix.
 */
public record IndexKey(JsonNode[] values, String docKey, int probe) {

    public static final Comparator<IndexKey> ORDER = IndexKey::compare;

    static IndexKey entry(JsonNode[] values, String docKey) {
        return new IndexKey(values, docKey, 0);
    }

    static IndexKey before(JsonNode[] prefix) {
        return new IndexKey(prefix, null, -1);
    }

    static IndexKey after(JsonNode[] prefix) {
        return new IndexKey(prefix, null, 1);
    }

    /** The value of the i-th indexed field. */
    public JsonNode value(int i) {
        return values[i];
    }

    private static int compare(IndexKey a, IndexKey b) {
        int n = Math.min(a.values.length, b.values.length);
        for (int i = 0; i < n; i++) {
            int c = ValueOrder.INSTANCE.compare(a.values[i], b.values[i]);
            if (c != 0) {
                return c;
            }
        }
        if (a.values.length < b.values.length) {
            return a.probe == 0 ? -1 : a.probe;
        }
        if (a.values.length > b.values.length) {
            return b.probe == 0 ? 1 : -b.probe;
        }
        if (a.probe != 0 || b.probe != 0) {
            return Integer.compare(a.probe, b.probe);
        }
        return a.docKey.compareTo(b.docKey);
    }
}
