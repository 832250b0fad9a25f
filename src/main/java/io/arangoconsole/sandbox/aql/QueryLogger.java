package io.arangoconsole.sandbox.aql;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.arangoconsole.sandbox.store.ApiError;
import io.arangoconsole.sandbox.store.Collection;
import io.arangoconsole.sandbox.store.Database;
import io.arangoconsole.sandbox.store.StoredDocument;
import io.arangoconsole.sandbox.store.Store;
import io.arangoconsole.sandbox.store.WriteOptions;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

/**
 * Writes finished queries to {@code _system._queries} as ArangoDB 3.12.2+ does when query logging is on: a sample of
 * them (all slow ones if asked), buffered in memory and written every push interval (or once a quarter of the buffer
 * is full), the collection created at the first write, entries older than the retention time removed every cleanup
 * interval. Buffered entries are lost when the sandbox closes, as in ArangoDB.
 */
public final class QueryLogger implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(QueryLogger.class);
    static final String SYSTEM = "_system";
    static final String COLLECTION = "_queries";

    private final QueryLogOptions options;
    private final Store store;
    private final BlockingQueue<ObjectNode> buffer;
    private final ScheduledExecutorService writer;
    private volatile boolean failing;

    public QueryLogger(Store store, QueryLogOptions options) {
        this.store = store;
        this.options = options;
        this.buffer = new ArrayBlockingQueue<>(options.maxBufferedQueries());
        this.writer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "sandbox-query-log");
            t.setDaemon(true);
            return t;
        });
        writer.scheduleWithFixedDelay(() -> guarded("write", this::flush), options.pushIntervalMillis(),
                options.pushIntervalMillis(), TimeUnit.MILLISECONDS);
        writer.scheduleWithFixedDelay(() -> guarded("clean up", this::cleanUp), options.cleanupIntervalMillis(),
                options.cleanupIntervalMillis(), TimeUnit.MILLISECONDS);
    }

    public QueryLogOptions options() {
        return options;
    }

    /** Whether a query of {@code database} that ended as {@code slow} or not is logged: the sample decides. */
    boolean wants(String database, boolean slow) {
        if (SYSTEM.equals(database) && !options.includeSystemDatabase()) {
            return false;
        }
        if (slow && options.allSlowQueries()) {
            return true;
        }
        double p = options.probabilityPercent();
        return p >= 100 || (p > 0 && ThreadLocalRandom.current().nextDouble(100) < p);
    }

    /** Buffers one entry; lost when the buffer is full, as in ArangoDB. */
    void add(ObjectNode entry) {
        if (buffer.offer(entry) && buffer.size() >= Math.max(1, options.maxBufferedQueries() / 4)) {
            writer.execute(() -> guarded("write", this::flush));
        }
    }

    /** Runs one round; a failure is logged once until a round succeeds again (a task that throws never reruns). */
    private void guarded(String what, Runnable round) {
        try {
            round.run();
            failing = false;
        } catch (RuntimeException e) {
            if (!failing) {
                LOG.warn("The sandbox could not {} its query log (_system._queries); it tries again next round",
                        what, e);
            }
            failing = true;
        }
    }

    private void flush() {
        List<ObjectNode> batch = new ArrayList<>();
        buffer.drainTo(batch);
        if (batch.isEmpty()) {
            return;
        }
        Collection log = collection();
        for (ObjectNode entry : batch) {
            log.insert(entry, WriteOptions.DEFAULT);
        }
    }

    private Collection collection() {
        Database system = store.database(SYSTEM);
        Collection log = system.find(COLLECTION);
        if (log != null) {
            return log;
        }
        try {
            return system.create(COLLECTION, 2, false);
        } catch (ApiError raced) {
            return system.collection(COLLECTION);
        }
    }

    private void cleanUp() {
        Collection log = store.database(SYSTEM).find(COLLECTION);
        if (log == null) {
            return;
        }
        Instant oldest = Instant.now().minusMillis((long) (options.retentionSeconds() * 1000));
        for (StoredDocument d : log.snapshot()) {
            if (startedBefore(d, oldest) && log.get(d.key()) != null) {
                try {
                    log.remove(d.key(), WriteOptions.DEFAULT);
                } catch (ApiError goneMeanwhile) {
                    // removed or truncated by a client since the snapshot: nothing left to clean
                }
            }
        }
    }

    private static boolean startedBefore(StoredDocument d, Instant oldest) {
        try {
            return Instant.parse(d.node().path("started").asText()).isBefore(oldest);
        } catch (DateTimeParseException notOurs) {
            return false;
        }
    }

    @Override
    public void close() {
        writer.shutdownNow();
    }
}
