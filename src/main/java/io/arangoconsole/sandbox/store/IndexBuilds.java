package io.arangoconsole.sandbox.store;

import java.util.List;

/**
 * Builds indexes the way ArangoDB does: a new index is registered hidden ({@code isBuilding}) so that concurrent writes
 * keep it current, then filled from a snapshot in chunks, reporting progress. In the background only one chunk at a
 * time holds the collection's read lock, so writers go on; in the foreground the write lock is held throughout.
 * Dropping the index while it builds cancels the build.
 */
final class IndexBuilds {
    static final int CHUNK = 1000;
    private final Collection collection;
    private final Store store;

    IndexBuilds(Collection collection, Store store) {
        this.collection = collection;
        this.store = store;
    }

    IndexCreation create(IndexSpec spec) {
        List<Index> live = collection.liveIndexes();
        PersistentIndex index;
        collection.lock().writeLock().lock();
        try {
            for (Index existing : live) {
                if (existing.sameDefinition(spec)) {
                    return new IndexCreation(existing, false);
                }
                if (existing.name().equals(spec.name())) {
                    throw new ApiError(409, 1207, "duplicate value: an index named '" + spec.name()
                            + "' with a different definition exists");
                }
            }
            long id = store.nextTick();
            String name = spec.name() != null ? spec.name() : "idx_" + Long.toUnsignedString(id * 0x9E3779B97F4A7C15L);
            if (spec.isShape()) {
                ShapeIndex shape = new ShapeIndex(id, name, spec);
                live.add(shape);
                return new IndexCreation(shape, true);
            }
            index = switch (spec.type()) {
                case "ttl" -> new TtlIndex(id, name, spec);
                case "mdi" -> new MdiIndex(id, name, spec);
                case "mdi-prefixed" -> new MdiPrefixedIndex(id, name, spec);
                default -> new PersistentIndex(id, name, spec);
            };
            index.markBuilding(true, 0);
            live.add(index);
            if (!spec.inBackground()) {
                fillOrForget(index);
            }
        } finally {
            collection.lock().writeLock().unlock();
        }
        if (spec.inBackground()) {
            fillOrForget(index);
        }
        index.markBuilding(false, 100);
        return new IndexCreation(index, true);
    }

    /** Fills the index; a build that fails for any reason (e.g. interrupted) leaves no hidden half-built index. */
    private void fillOrForget(PersistentIndex index) {
        try {
            fill(index);
        } catch (RuntimeException e) {
            collection.liveIndexes().remove(index);
            throw e;
        }
    }

    private void fill(PersistentIndex index) {
        List<StoredDocument> all = collection.snapshot();
        var wanted = FieldExtractor.topLevel(index.fields());
        var docs = collection.documentsForBuild();
        for (int from = 0; from < all.size(); from += CHUNK) {
            ensureNotDropped(index);
            int to = Math.min(all.size(), from + CHUNK);
            collection.lock().readLock().lock();
            try {
                for (StoredDocument doc : all.subList(from, to)) {
                    if (docs.get(doc.key()) == doc) {
                        index.insert(FieldExtractor.extract(doc.json(), wanted), doc.key());
                    }
                }
            } catch (ApiError e) {
                collection.liveIndexes().remove(index);
                throw new ApiError(400, 1210, "unique constraint violated: cannot create unique index over "
                        + index.fieldList() + " of collection '" + collection.name() + "' because "
                        + e.getMessage().replaceFirst("^unique constraint violated - ", ""));
            } finally {
                collection.lock().readLock().unlock();
            }
            index.markBuilding(true, 100.0 * to / all.size());
            pause();
        }
        // a drop during the last chunk's pause must not be answered with a new index that no longer exists
        ensureNotDropped(index);
    }

    private void ensureNotDropped(PersistentIndex index) {
        if (!collection.liveIndexes().contains(index)) {
            throw new ApiError(500, 1235, "index creation failed: index '" + index.name()
                    + "' was dropped while it was being built");
        }
    }

    /**
     * Waits the configured delay after a chunk, looking at it again every 20 ms, so that a test can hold a build
     * part-way with a long delay and release it at once by setting it back to 0.
     */
    private void pause() {
        long start = System.nanoTime();
        long delay;
        while ((delay = store.indexBuildDelayMillis()) > 0) {
            long left = delay - (System.nanoTime() - start) / 1_000_000;
            if (left <= 0) {
                return;
            }
            try {
                Thread.sleep(Math.min(left, 20));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ApiError(500, 1235, "index creation failed: interrupted");
            }
        }
    }
}
