package io.arangoconsole.sandbox.store;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The indexes of one {@link Collection}, the primary one first, and how a write keeps them in step with the documents:
 * what they read of a document, entries added for a new version and taken out for the old one, all or nothing. The
 * collection calls the write-side methods under its write lock; the list itself may be read without it.
 */
final class CollectionIndexes {
    private final List<Index> indexes = new CopyOnWriteArrayList<>();
    private final PrimaryIndex primary;

    CollectionIndexes(PrimaryIndex primary) {
        this.primary = primary;
        indexes.add(primary);
    }

    PrimaryIndex primary() {
        return primary;
    }

    /** The live list, building indexes included; {@link IndexBuilds} adds to it and removes from it. */
    List<Index> live() {
        return indexes;
    }

    /** The indexes as {@code GET /_api/index} lists them; those still building only with {@code withHidden}. */
    List<Index> listed(boolean withHidden) {
        List<Index> out = new ArrayList<>();
        for (Index index : indexes) {
            if (withHidden || !index.isBuilding()) {
                out.add(index);
            }
        }
        return out;
    }

    /** The finished persistent (and ttl) indexes, for the query optimizer. */
    List<PersistentIndex> sorted() {
        List<PersistentIndex> out = new ArrayList<>();
        for (Index index : indexes) {
            if (index instanceof PersistentIndex p && !index.isBuilding()) {
                out.add(p);
            }
        }
        return out;
    }

    /** The finished ttl indexes. */
    List<TtlIndex> ttl() {
        List<TtlIndex> out = new ArrayList<>();
        for (Index index : indexes) {
            if (index instanceof TtlIndex t && !t.isBuilding()) {
                out.add(t);
            }
        }
        return out;
    }

    Index find(String idOrName) {
        for (Index index : indexes) {
            if (Long.toString(index.id()).equals(idOrName) || index.name().equals(idOrName)) {
                return index;
            }
        }
        throw ApiError.indexNotFound();
    }

    /** Drops an index other than the primary one; dropping one that is still building cancels its build. */
    Index drop(String idOrName) {
        Index index = find(idOrName);
        if (index instanceof PrimaryIndex) {
            throw new ApiError(403, 11, "cannot drop primary index");
        }
        indexes.remove(index);
        return index;
    }

    /** Heap the indexes hold, as each reports it. */
    long memory() {
        long total = 0;
        for (Index index : indexes) {
            total += index.memory();
        }
        return total;
    }

    /** Whether an index reads {@code _key}, {@code _id} or {@code _rev}, which a body alone may not hold. */
    boolean readSystemAttributes() {
        for (Index index : indexes) {
            if (!(index instanceof PrimaryIndex) && index.fields().stream().anyMatch(f -> f.startsWith("_"))) {
                return true;
            }
        }
        return false;
    }

    /** See {@link Collection#attributesReadOnInsert()}. */
    Set<String> readOnInsert() {
        return readSystemAttributes() ? null : InsertAttributes.readOnInsert(indexes);
    }

    /** Whether a tree holding only {@code kept} is all the indexes read; under the write lock. */
    boolean covered(Set<String> kept) {
        return InsertAttributes.covered(indexes, kept);
    }

    /** The attributes of {@code doc} that the secondary indexes need; empty without secondary indexes. */
    JsonNode indexedView(StoredDocument doc) {
        List<String> paths = new ArrayList<>();
        for (Index index : indexes) {
            if (!(index instanceof PrimaryIndex)) {
                paths.addAll(index.fields());
            }
        }
        return FieldExtractor.extract(doc.json(), FieldExtractor.topLevel(paths));
    }

    /**
     * Moves {@code key}'s entries from {@code old} (null: a new document) to {@code next}; when an index refuses
     * (a unique violation), every index is put back as it was and the error is thrown.
     */
    void replace(JsonNode old, JsonNode next, String key) {
        if (old != null) {
            for (Index index : indexes) {
                index.remove(old, key);
            }
        }
        List<Index> done = new ArrayList<>();
        try {
            for (Index index : indexes) {
                index.insert(next, key);
                done.add(index);
            }
        } catch (ApiError e) {
            done.forEach(index -> index.remove(next, key));
            if (old != null) {
                indexes.forEach(index -> index.insert(old, key));
            }
            throw e;
        }
    }

    /** Takes {@code key}'s entries out of every index. */
    void remove(JsonNode view, String key) {
        for (Index index : indexes) {
            index.remove(view, key);
        }
    }

    void clear() {
        indexes.forEach(Index::clear);
    }
}
