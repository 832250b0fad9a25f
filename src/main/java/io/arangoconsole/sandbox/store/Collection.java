package io.arangoconsole.sandbox.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * A collection: documents by key in insertion order, its indexes kept up to date on every write, and its properties.
 * Writes hold the write lock, so a write and its index entries change together; readers copy what they need.
 */
public final class Collection {
    private volatile KeyGenerator keyGenerator = KeyGenerator.traditional();
    private final Store store;
    private volatile String name;
    private final long id;
    private final int type;
    private final LinkedHashMap<String, StoredDocument> docs = new LinkedHashMap<>();
    private final CollectionIndexes indexes = new CollectionIndexes(new PrimaryIndex(this));
    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    /** Keys written by AQL modifications still running, and which one: see {@link Transaction}. */
    private final java.util.concurrent.ConcurrentHashMap<String, Transaction> keyLocks =
            new java.util.concurrent.ConcurrentHashMap<>();
    private final IndexBuilds builds;
    private volatile long documentsSize;
    private volatile String lastRevision = "0";
    private volatile boolean waitForSync;

    Collection(Store store, String name, long id, int type, boolean waitForSync) {
        this.store = store;
        this.name = name;
        this.id = id;
        this.type = type;
        this.waitForSync = waitForSync;
        this.builds = new IndexBuilds(this, store);
    }

    public String name() {
        return name;
    }

    public long id() {
        return id;
    }

    /** 2 = document collection, 3 = edge collection. */
    public int type() {
        return type;
    }

    public boolean isSystem() {
        return name.startsWith("_");
    }

    public boolean waitForSync() {
        return waitForSync;
    }

    public void setWaitForSync(boolean waitForSync) {
        this.waitForSync = waitForSync;
    }

    public KeyGenerator keyGenerator() {
        return keyGenerator;
    }

    /** Sets how keys are made; for a new, empty collection. */
    public void setKeyGenerator(KeyGenerator generator) {
        this.keyGenerator = generator;
    }

    public long count() {
        lock.readLock().lock();
        try {
            return docs.size();
        } finally {
            lock.readLock().unlock();
        }
    }

    /** Bytes of JSON held for the documents. */
    public long documentsSize() {
        return documentsSize;
    }

    /** The revision of the latest write, "0" for a collection never written. */
    public String revision() {
        return lastRevision;
    }

    public StoredDocument get(String key) {
        lock.readLock().lock();
        try {
            return docs.get(key);
        } finally {
            lock.readLock().unlock();
        }
    }

    /** A stable copy of the documents in collection order, for scans and cursors. */
    public List<StoredDocument> snapshot() {
        lock.readLock().lock();
        try {
            return new ArrayList<>(docs.values());
        } finally {
            lock.readLock().unlock();
        }
    }

    /** Inserts a document; what happens to an existing key is decided by {@link WriteOptions#overwriteMode()}. */
    public WriteResult insert(ObjectNode body, WriteOptions options) {
        return insert(body, options, null);
    }

    /** {@link #insert(ObjectNode, WriteOptions)} inside {@code txn} (null: a single document operation). */
    public WriteResult insert(ObjectNode body, WriteOptions options, Transaction txn) {
        return insert(body, null, options, txn);
    }

    /**
     * {@link #insert(ObjectNode, WriteOptions)} of a document parsed from a request body, with its user attributes
     * already in stored form ({@link RawMembers#bytes()}, null when not rendered): a new document is stored from them.
     * With {@code kept} not null, {@code body} holds only those attributes (and the system ones), as
     * {@link #attributesReadOnInsert()} named them when the body was parsed; the rest is read from {@code members}
     * if the insert turns out to need it.
     */
    public WriteResult insert(ObjectNode body, byte[] members, Set<String> kept, WriteOptions options) {
        return insert(body, members == null ? null : PreparedDocument.ofMembers(members), kept, options, null);
    }

    /** {@link #insert(ObjectNode, byte[], Set, WriteOptions)} of members prepared as a stored form while parsing. */
    public WriteResult insert(ObjectNode body, PreparedDocument members, Set<String> kept, WriteOptions options) {
        return insert(body, members, kept, options, null);
    }

    /**
     * The top-level attributes an insert of a new document reads besides storing it: {@code _key}, the edge
     * attributes and those of the secondary indexes; null when an index reads system attributes (then the whole
     * document is built). An import parses only these into a tree (decision 0055).
     */
    public Set<String> attributesReadOnInsert() {
        return indexes.readOnInsert();
    }

    private WriteResult insert(ObjectNode body, PreparedDocument members, WriteOptions options, Transaction txn) {
        return insert(body, members, null, options, txn);
    }

    private WriteResult insert(ObjectNode partial, PreparedDocument members, Set<String> kept, WriteOptions options,
                               Transaction txn) {
        if (type == 3) {
            Edges.check(partial);
        }
        String key = keyOf(partial, true);
        lock.writeLock().lock();
        try {
            StoredDocument existing = docs.get(key);
            guard(key, existing != null && options.overwriteMode() != null ? existing : null, txn);
            // the usual new document needs only what its tree holds; anything else reads the whole body
            ObjectNode body = kept == null || (existing == null && indexes.covered(kept)) ? partial
                    : members.wholeDocument(partial);
            if (existing == null) {
                String rev = store.revisions().next();
                if (indexes.readSystemAttributes()) {
                    return store(null, Documents.withSystemAttributes(body, name, key, rev));
                }
                // the usual new document: its bytes written straight from the body, no copy of the tree first
                return put(null, key, rev, body, members != null ? members.storedBytes(name, key, rev)
                        : Documents.storedBytes(body, name, key, rev));
            }
            String mode = options.overwriteMode() == null ? "conflict" : options.overwriteMode();
            switch (mode) {
                case "ignore":
                    return new WriteResult(existing, existing, true);
                case "replace":
                    return store(existing, Documents.withSystemAttributes(body, name, key, store.revisions().next()));
                case "update":
                    return store(existing, Documents.withSystemAttributes(Documents.merge(existing.node(), body,
                            options.keepNull(), options.mergeObjects()), name, key, store.revisions().next()));
                default:
                    throw ApiError.uniqueViolated("primary of type primary over '_key'", key);
            }
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** Fills an empty collection without secondary indexes with documents already in stored form (snapshots). */
    void load(List<StoredDocument> loaded) {
        lock.writeLock().lock();
        try {
            if (!docs.isEmpty() || indexes.live().size() != 1) {
                throw new IllegalStateException("only an empty collection without secondary indexes is loaded");
            }
            for (StoredDocument d : loaded) {
                docs.put(d.key(), d);
                indexes.primary().added(d.key());
                keyGenerator.observeLoaded(d.key());
                documentsSize += d.size();
                lastRevision = d.rev();
            }
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** Replaces the whole document under {@code key}. */
    public WriteResult replace(String key, ObjectNode body, WriteOptions options) {
        return replace(key, body, options, null);
    }

    /** {@link #replace(String, ObjectNode, WriteOptions)} inside {@code txn} (null: a single document operation). */
    public WriteResult replace(String key, ObjectNode body, WriteOptions options, Transaction txn) {
        if (type == 3) {
            Edges.check(body);
        }
        lock.writeLock().lock();
        try {
            StoredDocument existing = existing(key, options);
            guard(key, existing, txn);
            return store(existing, Documents.withSystemAttributes(body, name, key, store.revisions().next()));
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** Merges {@code patch} into the document under {@code key}. */
    public WriteResult update(String key, ObjectNode patch, WriteOptions options) {
        return update(key, patch, options, null);
    }

    /** {@link #update(String, ObjectNode, WriteOptions)} inside {@code txn} (null: a single document operation). */
    public WriteResult update(String key, ObjectNode patch, WriteOptions options, Transaction txn) {
        lock.writeLock().lock();
        try {
            StoredDocument existing = existing(key, options);
            guard(key, existing, txn);
            ObjectNode merged = Documents.merge(existing.node(), patch, options.keepNull(), options.mergeObjects());
            return store(existing, Documents.withSystemAttributes(merged, name, key, store.revisions().next()));
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** Removes the document under {@code key} and returns it. */
    public StoredDocument remove(String key, WriteOptions options) {
        return remove(key, options, null);
    }

    /** {@link #remove(String, WriteOptions)} inside {@code txn} (null: a single document operation). */
    public StoredDocument remove(String key, WriteOptions options, Transaction txn) {
        lock.writeLock().lock();
        try {
            StoredDocument existing = existing(key, options);
            guard(key, existing, txn);
            indexes.remove(indexes.indexedView(existing), key);
            docs.remove(key);
            indexes.primary().removed(key);
            documentsSize -= existing.size();
            lastRevision = store.revisions().next();
            return existing;
        } finally {
            lock.writeLock().unlock();
        }
    }

    /**
     * Gives the collection a new name (see {@link Database#rename}); every stored {@code _id} is rewritten with it,
     * since the sandbox keeps documents whole.
     */
    void rename(String newName) {
        lock.writeLock().lock();
        try {
            name = newName;
            for (Map.Entry<String, StoredDocument> e : docs.entrySet()) {
                StoredDocument d = e.getValue();
                ObjectNode node = d.node();
                node.put("_id", newName + "/" + d.key());
                StoredDocument renamed = new StoredDocument(d.key(), d.rev(), Json.bytes(node));
                documentsSize += renamed.size() - d.size();
                e.setValue(renamed);
            }
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** Removes every document, keeping the indexes (empty). */
    public void truncate() {
        lock.writeLock().lock();
        try {
            docs.clear();
            indexes.clear();
            documentsSize = 0;
            lastRevision = store.revisions().next();
        } finally {
            lock.writeLock().unlock();
        }
    }

    private StoredDocument existing(String key, WriteOptions options) {
        StoredDocument existing = docs.get(key);
        if (existing == null) {
            throw ApiError.documentNotFound();
        }
        if (options.ifMatch() != null && !options.ifMatch().equals(existing.rev())) {
            throw new ApiError(412, 1200, "conflict, _rev values do not match");
        }
        return existing;
    }

    /**
     * Called under the write lock before {@code key} is written: 409/1200 when another running transaction holds the
     * key, or when {@code txn} finds the document changed since its snapshot; then {@code txn} holds the key.
     */
    private void guard(String key, StoredDocument existing, Transaction txn) {
        Transaction owner = keyLocks.get(key);
        if (owner != null && owner != txn) {
            throw Transaction.conflict(key);
        }
        if (txn == null || owner == txn) {
            return;
        }
        if (existing != null && txn.newerThanSnapshot(existing.rev())) {
            throw Transaction.conflict(key);
        }
        if (txn.remember(() -> keyLocks.remove(key, txn))) {
            keyLocks.put(key, txn);
        }
    }

    private String keyOf(ObjectNode body, boolean generate) {
        JsonNode key = body.get("_key");
        if (key == null || key.isNull()) {
            if (!generate) {
                throw ApiError.illegalKey();
            }
            return keyGenerator.next(store);
        }
        if (!key.isTextual() || !Keys.isValid(key.textValue())) {
            throw ApiError.illegalKey();
        }
        if (generate) {
            keyGenerator.accept(key.textValue());
        }
        return key.textValue();
    }

    /** Stores {@code next} in place of {@code previous}, keeping every index in step; all or nothing. */
    private WriteResult store(StoredDocument previous, ObjectNode next) {
        return put(previous, next.get("_key").textValue(), next.get("_rev").textValue(), next, Json.bytes(next));
    }

    /**
     * Stores a document's {@code json} under {@code key} in place of {@code previous}; {@code next} is what the
     * secondary indexes read of it. Keeps every index in step; all or nothing.
     */
    private WriteResult put(StoredDocument previous, String key, String rev, JsonNode next, byte[] json) {
        indexes.replace(previous == null ? null : indexes.indexedView(previous), next, key);
        StoredDocument stored = new StoredDocument(key, rev, json);
        docs.put(key, stored);
        if (previous == null) {
            indexes.primary().added(key);
        }
        documentsSize += stored.size() - (previous == null ? 0 : previous.size());
        lastRevision = stored.rev();
        return new WriteResult(stored, previous, false);
    }

    // ---- indexes (kept in CollectionIndexes) ----

    /** The indexes as {@code GET /_api/index} lists them; those still building only with {@code withHidden}. */
    public List<Index> indexes(boolean withHidden) {
        return indexes.listed(withHidden);
    }

    /** The finished persistent (and ttl) indexes, for the query optimizer. */
    public List<PersistentIndex> sortedIndexes() {
        return indexes.sorted();
    }

    /** The primary index, which also reads the keys in order. */
    public PrimaryIndex primaryIndex() {
        return indexes.primary();
    }

    public Index index(String idOrName) {
        return indexes.find(idOrName);
    }

    /** Creates an index, or returns the existing one with the same definition; blocks until it is built. */
    public IndexCreation createIndex(IndexSpec spec) {
        return builds.create(spec);
    }

    /** Drops an index; dropping one that is still building cancels its build. */
    public Index dropIndex(String idOrName) {
        return indexes.drop(idOrName);
    }

    List<Index> liveIndexes() {
        return indexes.live();
    }

    ReentrantReadWriteLock lock() {
        return lock;
    }

    /** Heap held by the indexes other than the primary one. */
    public long indexesMemory() {
        return indexes.memory();
    }

    /** Removes documents whose TTL index says they expired; returns how many. */
    int expire(double nowSeconds) {
        List<String> expired = new ArrayList<>();
        for (TtlIndex ttl : indexes.ttl()) {
            var it = ttl.scan(List.of(), null, false);
            while (it.hasNext()) {
                IndexKey k = it.next();
                if (ttl.expired(k.value(0), nowSeconds)) {
                    expired.add(k.docKey());
                }
            }
        }
        int removed = 0;
        for (String key : expired) {
            try {
                remove(key, WriteOptions.DEFAULT);
                removed++;
            } catch (ApiError alreadyGone) {
                // removed by a client meanwhile
            }
        }
        return removed;
    }

    /** The order-independent checksum of {@code PUT/GET .../checksum}; see {@link Checksums}. */
    public String checksum(boolean withRevisions, boolean withData) {
        return Long.toUnsignedString(Checksums.of(snapshot(), withRevisions, withData));
    }

    Map<String, StoredDocument> documentsForBuild() {
        return docs;
    }
}
