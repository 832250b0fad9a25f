package io.arangoconsole.sandbox.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import com.fasterxml.jackson.databind.node.TextNode;

import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * The primary index over {@code _key}; the documents map itself is its storage. Reads in key order (what ArangoDB's
 * RocksDB primary index gives {@code SORT d._key} without sorting) come from a sorted copy of the keys, made once
 * after a write that added or removed a key and shared by every reader until the next such write, so a cursor
 * starts at its range by binary search instead of sorting the collection per query.
 */
public final class PrimaryIndex extends Index {
    private final Collection collection;
    /** Bumped under the collection's write lock whenever a key is added or removed. */
    private volatile long version;
    private volatile Sorted sorted;

    private record Sorted(long version, String[] keys) {
    }

    PrimaryIndex(Collection collection) {
        super(0, "primary", List.of("_key"));
        this.collection = collection;
    }

    /** Called under the collection's write lock when a key was added or removed: the sorted copy is stale. */
    void keysChanged() {
        version++;
    }

    /**
     * The keys within {@code range} (null: all) in ascending or descending order, as of this call; documents
     * removed meanwhile are for the caller to skip.
     */
    public Iterator<String> keysInOrder(IndexRange range, boolean descending) {
        String[] keys = sortedKeys();
        int from = range == null || range.low() == null ? 0 : firstAbove(keys, range.low(), range.lowInclusive());
        int to = range == null || range.high() == null ? keys.length
                : firstAbove(keys, range.high(), !range.highInclusive());
        return new Iterator<>() {
            int next = descending ? to - 1 : from;

            @Override
            public boolean hasNext() {
                return descending ? next >= from : next < to;
            }

            @Override
            public String next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return keys[descending ? next-- : next++];
            }
        };
    }

    private String[] sortedKeys() {
        Sorted s = sorted;
        if (s != null && s.version() == version) {
            return s.keys();
        }
        String[] keys;
        long at;
        collection.lock().readLock().lock();
        try {
            at = version;
            keys = collection.documentsForBuild().keySet().toArray(new String[0]);
        } finally {
            collection.lock().readLock().unlock();
        }
        Arrays.sort(keys);
        sorted = new Sorted(at, keys);
        return keys;
    }

    /** The first position whose key is after {@code bound} (or equal to it, with {@code orEqual}). */
    private static int firstAbove(String[] keys, JsonNode bound, boolean orEqual) {
        int lo = 0;
        int hi = keys.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            int c = ValueOrder.INSTANCE.compare(TextNode.valueOf(keys[mid]), bound);
            if (c > 0 || (orEqual && c == 0)) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }

    @Override
    public String type() {
        return "primary";
    }

    @Override
    public boolean unique() {
        return true;
    }

    @Override
    public boolean sparse() {
        return false;
    }

    @Override
    void insert(JsonNode doc, String key) {
    }

    @Override
    void remove(JsonNode doc, String key) {
    }

    @Override
    void clear() {
        keysChanged();
    }

    @Override
    public long memory() {
        return collection.count() * 48;
    }

    @Override
    boolean sameDefinition(IndexSpec spec) {
        return false;
    }

    @Override
    protected void describeMore(ObjectNode out) {
        out.put("selectivityEstimate", 1);
    }
}
