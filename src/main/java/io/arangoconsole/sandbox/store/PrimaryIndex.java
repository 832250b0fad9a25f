package io.arangoconsole.sandbox.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NavigableSet;
import java.util.concurrent.ConcurrentSkipListSet;

/**
 * The primary index over {@code _key}; the documents map itself is its storage for lookups. Its keys are also kept
 * in order (as ArangoDB's RocksDB primary index keeps them), so {@code SORT d._key} with or without a range on
 * {@code _key} starts reading at once, without sorting the collection before the first row.
 */
public final class PrimaryIndex extends Index {
    /**
     * New keys wait in {@link #pending} until this many, then go into the skip list sorted: neighbours in key order
     * then share their search path, which costs about half of inserting each key as it comes (decision 0055).
     */
    static final int BATCH = 1 << 14;
    private final Collection collection;
    private final ConcurrentSkipListSet<String> ordered = new ConcurrentSkipListSet<>();
    /** Keys added since the last {@link #drain()}, guarded by itself; never holds a removed key. */
    private final ArrayList<String> pending = new ArrayList<>();

    PrimaryIndex(Collection collection) {
        super(0, "primary", List.of("_key"));
        this.collection = collection;
    }

    /** Called under the collection's write lock when a document with a new key was stored. */
    void added(String key) {
        synchronized (pending) {
            pending.add(key);
            if (pending.size() >= BATCH) {
                drain();
            }
        }
    }

    /** Called under the collection's write lock when the document under {@code key} was removed. */
    void removed(String key) {
        synchronized (pending) {
            drain();
            ordered.remove(key);
        }
    }

    /** Moves the pending keys into the ordered set, sorted. */
    private void drain() {
        synchronized (pending) {
            if (pending.isEmpty()) {
                return;
            }
            pending.sort(null);
            for (String key : pending) {
                ordered.add(key);
            }
            pending.clear();
        }
    }

    /**
     * The keys within {@code range} (null: all) in ascending or descending order. The iteration is weakly
     * consistent: keys written meanwhile may or may not be seen, removed ones are for the caller to skip.
     */
    public Iterator<String> keysInOrder(IndexRange range, boolean descending) {
        drain(); // every key written before this call is seen
        NavigableSet<String> view = ordered;
        if (range != null && range.low() != null) {
            int rank = ValueOrder.typeRank(range.low());
            if (rank > 3) {
                return Collections.emptyIterator(); // arrays and objects sort after every string
            }
            if (rank == 3) {
                view = view.tailSet(range.low().textValue(), range.lowInclusive());
            }
        }
        if (range != null && range.high() != null) {
            int rank = ValueOrder.typeRank(range.high());
            if (rank < 3) {
                return Collections.emptyIterator(); // null, booleans and numbers sort before every string
            }
            if (rank == 3) {
                view = view.headSet(range.high().textValue(), range.highInclusive());
            }
        }
        return descending ? view.descendingIterator() : view.iterator();
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
        synchronized (pending) {
            pending.clear();
            ordered.clear();
        }
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
