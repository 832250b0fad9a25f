package io.arangoconsole.sandbox.metrics;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The sandbox's stand-in for ArangoDB's in-memory cache in front of RocksDB, so that {@code rocksdb_cache_hit_rate_*}
 * report something real: an LRU of document ids and revisions that every document read over HTTP goes through.
 * A read is a hit when the LRU already held that document at the same revision, otherwise a miss (and the entry is
 * refreshed). "Lifetime" is hits / lookups since start; "recent" is the same over the last {@link #WINDOW} lookups.
 */
public final class DocumentCache {
    public static final int WINDOW = 1000;
    private static final int ENTRY_BYTES = 96;
    private final int capacity;
    private final LinkedHashMap<String, String> lru;
    private final boolean[] recent = new boolean[WINDOW];
    private int recentCount;
    private int recentHits;
    private int next;
    private long hits;
    private long lookups;

    public DocumentCache(int capacity) {
        this.capacity = capacity;
        this.lru = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
                return size() > DocumentCache.this.capacity;
            }
        };
    }

    /** Records a read of document {@code id} at revision {@code rev}; returns whether it was a hit. */
    public synchronized boolean lookup(String id, String rev) {
        boolean hit = rev.equals(lru.get(id));
        if (!hit) {
            lru.put(id, rev);
        }
        lookups++;
        if (hit) {
            hits++;
        }
        if (recentCount == WINDOW) {
            if (recent[next]) {
                recentHits--;
            }
        } else {
            recentCount++;
        }
        recent[next] = hit;
        if (hit) {
            recentHits++;
        }
        next = (next + 1) % WINDOW;
        return hit;
    }

    public synchronized double lifetimeHitRate() {
        return lookups == 0 ? 0 : (double) hits / lookups;
    }

    public synchronized double recentHitRate() {
        return recentCount == 0 ? 0 : (double) recentHits / recentCount;
    }

    /** Approximate bytes held: a fixed cost per entry. */
    public synchronized long allocated() {
        return (long) lru.size() * ENTRY_BYTES;
    }

    /** Bytes held for the documents of one collection (entries whose id starts with {@code database/collection/}). */
    public synchronized long usage(String database, String collection) {
        String prefix = database + "/" + collection + "/";
        long entries = 0;
        for (String id : lru.keySet()) {
            if (id.startsWith(prefix)) {
                entries++;
            }
        }
        return entries * ENTRY_BYTES;
    }

    public long limit() {
        return (long) capacity * ENTRY_BYTES;
    }
}
