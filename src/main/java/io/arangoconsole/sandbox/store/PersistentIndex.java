package io.arangoconsole.sandbox.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NavigableSet;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A persistent (sorted) index: a skip list of (values..., key) entries in {@link ValueOrder}, so that equality on
 * leading fields, a range on the next one, and sorted iteration in either direction cost O(log n) to start.
 */
public class PersistentIndex extends Index {
    private final ConcurrentSkipListSet<IndexKey> entries = new ConcurrentSkipListSet<>(IndexKey.ORDER);
    private final IndexSpec spec;
    private final AtomicLong modifications = new AtomicLong();
    private volatile long estimatedAt = -1;
    private volatile double estimate = 1;

    PersistentIndex(long id, String name, IndexSpec spec) {
        this(id, name, spec, spec.fields());
    }

    /** An index whose entries are keyed by {@code keyFields}, which may differ from the listed {@code fields}. */
    PersistentIndex(long id, String name, IndexSpec spec, List<String> keyFields) {
        super(id, name, keyFields);
        this.spec = spec;
    }

    public IndexSpec spec() {
        return spec;
    }

    @Override
    public String type() {
        return "persistent";
    }

    @Override
    public boolean unique() {
        return spec.unique();
    }

    @Override
    public boolean sparse() {
        return spec.sparse();
    }

    /** Whether reading the index in order can serve a SORT (false for an mdi index). */
    public boolean servesSort() {
        return true;
    }

    /** How many leading fields a query must fix by equality before the index can serve it (mdi-prefixed). */
    public int requiredEqualities() {
        return 0;
    }

    /** Number of entries (documents indexed). */
    public long size() {
        return entries.size();
    }

    /** The values this index would hold for a document, or null when a sparse index skips it. */
    JsonNode[] valuesOf(JsonNode doc) {
        List<String> fields = fields();
        JsonNode[] values = new JsonNode[fields.size()];
        for (int i = 0; i < values.length; i++) {
            JsonNode v = StoredDocument.valueAt(doc, fields.get(i));
            if (v == null || v.isNull()) {
                if (sparse()) {
                    return null;
                }
                v = NullNode.getInstance();
            }
            values[i] = v;
        }
        return values;
    }

    @Override
    void insert(JsonNode doc, String key) {
        JsonNode[] values = valuesOf(doc);
        if (values == null) {
            return;
        }
        if (unique()) {
            NavigableSet<IndexKey> same = entries.subSet(IndexKey.before(values), true, IndexKey.after(values), true);
            for (IndexKey other : same) {
                if (!other.docKey().equals(key)) {
                    throw ApiError.uniqueViolated(name() + " of type " + type() + " over '"
                            + String.join(", ", fields()) + "'", other.docKey());
                }
            }
        }
        entries.add(IndexKey.entry(values, key));
        modifications.incrementAndGet();
    }

    @Override
    void remove(JsonNode doc, String key) {
        JsonNode[] values = valuesOf(doc);
        if (values != null && entries.remove(IndexKey.entry(values, key))) {
            modifications.incrementAndGet();
        }
    }

    @Override
    void clear() {
        entries.clear();
        modifications.incrementAndGet();
    }

    /**
     * Entries whose first {@code equal.size()} fields equal {@code equal} and whose next field lies in
     * {@code range} (ignored when null), in index order or reversed.
     */
    public Iterator<IndexKey> scan(List<JsonNode> equal, IndexRange range, boolean descending) {
        if (equal.size() > fields().size() || (range != null && equal.size() >= fields().size())) {
            throw new IllegalArgumentException("more conditions than indexed fields");
        }
        JsonNode[] prefix = equal.toArray(new JsonNode[0]);
        IndexKey from = IndexKey.before(prefix);
        IndexKey to = IndexKey.after(prefix);
        if (range != null && range.low() != null) {
            JsonNode[] low = append(prefix, range.low());
            from = range.lowInclusive() ? IndexKey.before(low) : IndexKey.after(low);
        }
        if (range != null && range.high() != null) {
            JsonNode[] high = append(prefix, range.high());
            to = range.highInclusive() ? IndexKey.after(high) : IndexKey.before(high);
        }
        if (IndexKey.ORDER.compare(from, to) > 0) {
            return Collections.emptyIterator();
        }
        NavigableSet<IndexKey> slice = entries.subSet(from, true, to, true);
        return descending ? slice.descendingIterator() : slice.iterator();
    }

    private static JsonNode[] append(JsonNode[] prefix, JsonNode value) {
        JsonNode[] out = new JsonNode[prefix.length + 1];
        System.arraycopy(prefix, 0, out, 0, prefix.length);
        out[prefix.length] = value;
        return out;
    }

    /** Distinct value tuples divided by entries, as ArangoDB's estimate; recomputed only after writes. */
    public double selectivityEstimate() {
        if (unique()) {
            return 1;
        }
        long mods = modifications.get();
        // Counting distinct values walks the whole index: on a large one, only after 1% of it changed.
        long stale = mods - estimatedAt;
        if (estimatedAt < 0 || (stale != 0 && (entries.size() < 100_000 || stale > entries.size() / 100))) {
            estimate = computeEstimate();
            estimatedAt = mods;
        }
        return estimate;
    }

    private double computeEstimate() {
        long total = 0;
        long distinct = 0;
        IndexKey previous = null;
        for (IndexKey k : entries) {
            total++;
            if (previous == null || !sameValues(previous, k)) {
                distinct++;
            }
            previous = k;
        }
        return total == 0 ? 1 : (double) distinct / total;
    }

    private static boolean sameValues(IndexKey a, IndexKey b) {
        for (int i = 0; i < a.values().length; i++) {
            if (ValueOrder.INSTANCE.compare(a.values()[i], b.values()[i]) != 0) {
                return false;
            }
        }
        return true;
    }

    @Override
    public long memory() {
        return entries.size() * (64L + 32L * fields().size());
    }

    @Override
    boolean sameDefinition(IndexSpec other) {
        return type().equals(other.type()) && fields().equals(other.fields()) && unique() == other.unique()
                && sparse() == other.sparse();
    }

    @Override
    protected void describeMore(ObjectNode out) {
        out.put("cacheEnabled", spec.cacheEnabled());
        out.put("deduplicate", spec.deduplicate());
        out.put("estimates", spec.estimates());
        if (spec.estimates() && !isBuilding()) {
            out.put("selectivityEstimate", selectivityEstimate());
        }
        if (!spec.storedValues().isEmpty()) {
            ArrayNode stored = out.putArray("storedValues");
            spec.storedValues().forEach(stored::add);
        }
    }

    /** Fields list for messages: {@code [a, b]}. */
    public String fieldList() {
        return new ArrayList<>(fields()).toString();
    }
}
