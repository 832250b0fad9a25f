package io.arangoconsole.sandbox.store;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The sandbox's whole data: databases in memory, a server-wide tick for ids and keys, revisions, and the TTL sweeper.
 * It outlives the HTTP server, so a server stopped and started again on the same port keeps its data.
 */
public final class Store implements AutoCloseable {
    private final ConcurrentSkipListMap<String, Database> databases = new ConcurrentSkipListMap<>();
    private final AtomicLong ticks = new AtomicLong(10_000);
    private final Revisions revisions = new Revisions();
    private final ScheduledExecutorService sweeper;
    private volatile long indexBuildDelayMillis;

    public Store() {
        this(30);
    }

    /** @param ttlFrequencySeconds how often expired documents are removed, as ArangoDB's {@code --ttl.frequency} */
    public Store(long ttlFrequencySeconds) {
        databases.put("_system", new Database(this, "_system", 1));
        sweeper = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "sandbox-ttl");
            t.setDaemon(true);
            return t;
        });
        sweeper.scheduleWithFixedDelay(this::expireAll, ttlFrequencySeconds, ttlFrequencySeconds, TimeUnit.SECONDS);
    }

    public long nextTick() {
        return ticks.incrementAndGet();
    }

    public Revisions revisions() {
        return revisions;
    }

    /** The database, or 404/1228. */
    public Database database(String name) {
        Database db = databases.get(name);
        if (db == null) {
            throw ApiError.databaseNotFound();
        }
        return db;
    }

    public List<String> databaseNames() {
        return new ArrayList<>(databases.keySet());
    }

    public synchronized Database createDatabase(String name) {
        if (!Keys.isValidName(name)) {
            throw new ApiError(400, 1229, "database name invalid");
        }
        if (databases.containsKey(name)) {
            throw new ApiError(409, 1207, "duplicate database name");
        }
        Database db = new Database(this, name, nextTick());
        databases.put(name, db);
        return db;
    }

    public synchronized void dropDatabase(String name) {
        if (name.equals("_system")) {
            throw new ApiError(403, 1230, "operation only allowed in system database");
        }
        if (databases.remove(name) == null) {
            throw ApiError.databaseNotFound();
        }
    }

    /** Slows background index builds down by this pause after every chunk of 1,000 documents (a fault for tests). */
    public void setIndexBuildDelayMillis(long millis) {
        this.indexBuildDelayMillis = millis;
    }

    long indexBuildDelayMillis() {
        return indexBuildDelayMillis;
    }

    /** Removes expired documents from every collection with a TTL index now; returns how many. */
    public int expireAll() {
        double now = System.currentTimeMillis() / 1000.0;
        int removed = 0;
        for (Database db : databases.values()) {
            for (Collection c : db.collections()) {
                removed += c.expire(now);
            }
        }
        return removed;
    }

    @Override
    public void close() {
        sweeper.shutdownNow();
    }
}
