package io.arangoconsole.sandbox.aql;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.arangoconsole.sandbox.store.ApiError;
import io.arangoconsole.sandbox.store.Json;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.DoubleConsumer;

/**
 * Query tracking as {@code /_api/query/*} exposes it: running queries, the slow query log (a ring of
 * {@code maxSlowQueries}), the tracking properties, and kill. Every finished query is reported (its runtime in
 * seconds) to the observer, which feeds the {@code arangodb_aql_query_time} histogram, and to the query log when
 * one is set ({@link QueryLogger}).
 * {@link #properties()} answers without {@code error}/{@code code}: the HTTP layer adds them.
 */
public final class QueryTracker {
    private final DoubleConsumer finishedSeconds;
    private final Map<String, Entry> running = new ConcurrentHashMap<>();
    private final Deque<ObjectNode> slow = new ArrayDeque<>();
    private final AtomicLong ids = new AtomicLong(70_000);
    private final AtomicLong scannedFull = new AtomicLong();
    private volatile boolean enabled = true;
    private volatile boolean trackSlowQueries = true;
    private volatile boolean trackBindVars = true;
    private volatile long maxSlowQueries = 64;
    private volatile double slowQueryThreshold = 10;
    private volatile double slowStreamingQueryThreshold = 10;
    private volatile long maxQueryStringLength = 4096;
    private volatile QueryLogger logger;

    public QueryTracker(DoubleConsumer finishedSeconds) {
        this.finishedSeconds = finishedSeconds;
    }

    /** A query being run: what {@code /_api/query/current} shows, and its kill flag. */
    static final class Entry {
        final String id;
        final String database;
        final String user;
        final String query;
        final JsonNode bindVars;
        final Instant started = Instant.now();
        final long startNanos = System.nanoTime();
        final boolean stream;
        final boolean modification;
        private volatile boolean killed;
        volatile int warnings;
        /** The query's peak memory so far, in 32 KiB steps (set once its context exists). */
        volatile java.util.function.LongSupplier memory = () -> Memory.GRANULE;

        Entry(String id, String database, String user, String query, JsonNode bindVars, boolean stream,
              boolean modification) {
            this.id = id;
            this.database = database;
            this.user = user;
            this.query = query;
            this.bindVars = bindVars;
            this.stream = stream;
            this.modification = modification;
        }

        boolean killed() {
            return killed;
        }

        double runTime() {
            return (System.nanoTime() - startNanos) / 1e9;
        }
    }

    /** Registers a started query (tracked only while tracking is enabled) and returns its entry. */
    Entry register(String database, String user, String query, JsonNode bindVars, boolean stream,
                   boolean modification) {
        Entry e = new Entry(Long.toString(ids.incrementAndGet()), database, user == null ? "" : user, query,
                bindVars == null ? Json.object() : bindVars, stream, modification);
        if (enabled) {
            running.put(e.id, e);
        }
        return e;
    }

    /**
     * Unregisters a query that ended (exhausted, closed, failed or killed) and logs it if slow, with its
     * {@code exitCode}: the errorNum it failed with (1500 when killed), 0 when it succeeded.
     */
    void finish(Entry e, int exitCode) {
        running.remove(e.id);
        double runTime = e.runTime();
        finishedSeconds.accept(runTime);
        boolean slowQuery = runTime >= (e.stream ? slowStreamingQueryThreshold : slowQueryThreshold);
        if (enabled && trackSlowQueries && slowQuery) {
            ObjectNode entry = describe(e, exitCode == 1500 ? "killed" : "finished");
            entry.put("exitCode", exitCode);
            synchronized (slow) {
                slow.addLast(entry);
                while (slow.size() > maxSlowQueries) {
                    slow.removeFirst();
                }
            }
        }
        QueryLogger log = logger;
        if (log != null && log.wants(e.database, slowQuery)) {
            // the query log's state is always "finished", a failure or kill shows only in exitCode (as in 3.12)
            log.add(describe(e, "finished").put("exitCode", exitCode));
        }
    }

    /** Logs finished queries to {@code _system._queries} through {@code logger} from now on (null: not at all). */
    public void setLogger(QueryLogger logger) {
        this.logger = logger;
    }

    private ObjectNode describe(Entry e, String state) {
        ObjectNode out = Json.object();
        out.put("id", e.id);
        out.put("database", e.database);
        out.put("user", e.user);
        String q = e.query;
        if (q.length() > maxQueryStringLength) {
            q = q.substring(0, (int) maxQueryStringLength);
        }
        out.put("query", q);
        out.set("bindVars", trackBindVars ? e.bindVars : Json.object());
        out.put("started", e.started.truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString());
        out.put("runTime", e.runTime());
        out.put("peakMemoryUsage", e.memory.getAsLong());
        out.put("state", state);
        out.put("stream", e.stream);
        out.put("modificationQuery", e.modification);
        out.put("warnings", e.warnings);
        return out;
    }

    /** Adds a finished query's {@code scannedFull} (documents read by full collection scans) to the total. */
    void addScannedFull(long documents) {
        scannedFull.addAndGet(documents);
    }

    /** Documents read by full collection scans over every query since start: what "never a scan" is checked by. */
    public long scannedFullTotal() {
        return scannedFull.get();
    }

    /** Bare array of running queries of {@code database} (all databases when null), as ArangoDB answers it. */
    public ArrayNode current(String database) {
        List<Entry> entries = new ArrayList<>(running.values());
        entries.sort((a, b) -> Long.compare(a.startNanos, b.startNanos));
        ArrayNode out = Json.NODES.arrayNode();
        for (Entry e : entries) {
            if (database == null || database.equals(e.database)) {
                out.add(describe(e, "executing").put("exitCode", 0));
            }
        }
        return out;
    }

    /** Bare array of slow queries of {@code database} (all when null). */
    public ArrayNode slow(String database) {
        ArrayNode out = Json.NODES.arrayNode();
        synchronized (slow) {
            for (ObjectNode e : slow) {
                if (database == null || database.equals(e.path("database").asText())) {
                    out.add(e.deepCopy());
                }
            }
        }
        return out;
    }

    public void clearSlow(String database) {
        synchronized (slow) {
            slow.removeIf(e -> database == null || database.equals(e.path("database").asText()));
        }
    }

    /** {@code {enabled, trackSlowQueries, trackBindVars, maxSlowQueries, slowQueryThreshold, ...}}. */
    public ObjectNode properties() {
        ObjectNode out = Json.object();
        out.put("enabled", enabled);
        out.put("trackSlowQueries", trackSlowQueries);
        out.put("trackBindVars", trackBindVars);
        out.put("maxSlowQueries", maxSlowQueries);
        putNumber(out, "slowQueryThreshold", slowQueryThreshold);
        putNumber(out, "slowStreamingQueryThreshold", slowStreamingQueryThreshold);
        out.put("maxQueryStringLength", maxQueryStringLength);
        return out;
    }

    private static void putNumber(ObjectNode out, String name, double v) {
        out.set(name, Values.number(v));
    }

    /** Applies the non-null fields of a PUT body and returns the full new properties; 400/10 on wrong types. */
    public synchronized ObjectNode updateProperties(ObjectNode changes) {
        if (changes == null) {
            return properties();
        }
        boolean en = bool(changes, "enabled", enabled);
        boolean slowTracking = bool(changes, "trackSlowQueries", trackSlowQueries);
        boolean binds = bool(changes, "trackBindVars", trackBindVars);
        long maxSlow = (long) number(changes, "maxSlowQueries", maxSlowQueries);
        double threshold = number(changes, "slowQueryThreshold", slowQueryThreshold);
        double streamThreshold = number(changes, "slowStreamingQueryThreshold", slowStreamingQueryThreshold);
        long maxLength = (long) number(changes, "maxQueryStringLength", maxQueryStringLength);
        enabled = en;
        trackSlowQueries = slowTracking;
        trackBindVars = binds;
        maxSlowQueries = Math.max(1, maxSlow);
        slowQueryThreshold = threshold;
        slowStreamingQueryThreshold = streamThreshold;
        maxQueryStringLength = Math.max(64, maxLength);
        synchronized (slow) {
            while (slow.size() > maxSlowQueries) {
                slow.removeFirst();
            }
        }
        return properties();
    }

    private static boolean bool(ObjectNode o, String name, boolean current) {
        JsonNode v = o.get(name);
        if (v == null || v.isNull()) {
            return current;
        }
        if (!v.isBoolean()) {
            throw ApiError.badParameter("expecting boolean value for '" + name + "'");
        }
        return v.booleanValue();
    }

    private static double number(ObjectNode o, String name, double current) {
        JsonNode v = o.get(name);
        if (v == null || v.isNull()) {
            return current;
        }
        if (!v.isNumber() || v.doubleValue() < 0) {
            throw ApiError.badParameter("expecting numeric value for '" + name + "'");
        }
        return v.doubleValue();
    }

    /** Kills a running query; 404/1591 "query ID not found" if there is none with that id in that database. */
    public void kill(String database, String id) {
        Entry e = running.get(id);
        if (e == null || (database != null && !database.equals(e.database))) {
            throw new ApiError(404, 1591, "query ID not found");
        }
        e.killed = true;
    }
}
