package io.arangoconsole.sandbox.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.arangoconsole.sandbox.aql.QueryRun;
import io.arangoconsole.sandbox.store.ApiError;
import io.arangoconsole.sandbox.store.Json;

import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Open AQL cursors. A cursor lives while batches remain (or until DELETE with {@code allowRetry}), expires after its
 * TTL without access (30 s by default, renewed on every access) and is then closed, which also ends its query.
 */
public final class Cursors implements AutoCloseable {
    private final Map<String, Cursor> open = new ConcurrentHashMap<>();
    private final AtomicLong ids = new AtomicLong(70_000);
    private final ScheduledExecutorService sweeper = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "sandbox-cursor-ttl");
        t.setDaemon(true);
        return t;
    });

    public Cursors() {
        sweeper.scheduleWithFixedDelay(this::expire, 1, 1, TimeUnit.SECONDS);
    }

    /**
     * The rows of a query, served in batches. Non-stream cursors hold all rows ({@code rows}); stream cursors pull from
     * the run as batches are asked for, and read one row ahead (the run's {@code hasNext}) so {@code hasMore} is exact.
     */
    final class Cursor {
        final String id;
        final String database;
        final QueryRun run;
        final Iterator<JsonNode> rows;
        final boolean stream;
        final int batchSize;
        final Long count;
        final boolean allowRetry;
        final long ttlMillis;
        ObjectNode extra;
        /** Whether the rows came from the query results cache. */
        boolean cached;
        volatile long lastAccess = System.currentTimeMillis();
        int batchId;
        ObjectNode lastBatch;

        Cursor(String database, QueryRun run, List<JsonNode> rows, ObjectNode extra, int batchSize, boolean count,
               boolean allowRetry, double ttlSeconds) {
            this.id = Long.toString(ids.incrementAndGet());
            this.database = database;
            this.run = run;
            this.stream = rows == null;
            this.rows = stream ? run : rows.iterator();
            this.extra = extra;
            this.batchSize = batchSize;
            this.count = count && rows != null ? (long) rows.size() : null;
            this.allowRetry = allowRetry;
            this.ttlMillis = (long) (ttlSeconds * 1000);
        }

        /** The next batch (200 or 201 with the first one); unregisters the cursor when nothing remains. */
        synchronized ObjectNode next(int status) {
            lastAccess = System.currentTimeMillis();
            ObjectNode body = Json.object();
            ArrayNode result = body.putArray("result");
            try {
                while (result.size() < batchSize && rows.hasNext()) {
                    result.add(rows.next());
                }
                boolean hasMore = rows.hasNext();
                body.put("hasMore", hasMore);
                batchId++;
                if (hasMore || allowRetry) {
                    open.put(id, this);
                    body.put("id", id);
                }
                if (count != null) {
                    body.put("count", count);
                }
                if (stream && !hasMore) {
                    extra = run.extra();
                }
                if (extra != null && (!stream || !hasMore)) { // 3.12 repeats extra with every batch
                    body.set("extra", extra);
                }
                body.put("cached", cached);
                if (hasMore) {
                    body.put("nextBatchId", Integer.toString(batchId + 1));
                } else if (!allowRetry) {
                    open.remove(id);
                    run.close();
                }
            } catch (RuntimeException e) {
                open.remove(id);
                run.close();
                throw e;
            }
            body.put("error", false);
            body.put("code", status);
            lastBatch = body;
            return body;
        }

        /** The batch {@code wanted}: the current one again (a retry) or the next one. */
        synchronized ObjectNode batch(String wanted) {
            lastAccess = System.currentTimeMillis();
            if (wanted == null || wanted.equals(Integer.toString(batchId + 1))) {
                if (lastBatch != null && !lastBatch.path("hasMore").asBoolean()) {
                    throw new ApiError(404, 1600, "cursor not found");
                }
                return next(200);
            }
            if (wanted.equals(Integer.toString(batchId)) && lastBatch != null) {
                ObjectNode again = lastBatch.deepCopy();
                again.put("code", 200);
                return again;
            }
            throw new ApiError(400, 10, "batch id " + wanted + " is not the current or the next batch");
        }
    }

    /** A new cursor over {@code run}; {@code rows} is null for a stream cursor, else all rows already drained. */
    Cursor create(String database, QueryRun run, List<JsonNode> rows, ObjectNode extra, int batchSize, boolean count,
                  boolean allowRetry, double ttlSeconds) {
        return new Cursor(database, run, rows, extra, batchSize, count, allowRetry, ttlSeconds);
    }

    Cursor get(String database, String id) {
        Cursor c = open.get(id);
        if (c == null || !c.database.equals(database)) {
            throw new ApiError(404, 1600, "cursor not found");
        }
        return c;
    }

    void delete(String database, String id) {
        Cursor c = get(database, id);
        open.remove(id);
        c.run.close();
    }

    /** How many cursors are open, for {@code arangodb_aql_cursors_active}. */
    public int size() {
        return open.size();
    }

    private void expire() {
        long now = System.currentTimeMillis();
        for (Cursor c : open.values()) {
            if (now - c.lastAccess > c.ttlMillis && open.remove(c.id, c)) {
                try {
                    c.run.close();
                } catch (RuntimeException e) {
                    // the query ended anyway
                }
            }
        }
    }

    @Override
    public void close() {
        sweeper.shutdownNow();
        open.values().forEach(c -> c.run.close());
        open.clear();
    }
}
