package io.arangoconsole.sandbox.aql;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.arangoconsole.sandbox.store.ApiError;
import io.arangoconsole.sandbox.store.Database;
import io.arangoconsole.sandbox.store.Json;

/** What one query execution carries along: its database, counters, warnings, and the kill / timeout checks. */
final class QueryContext {
    private static final int MAX_WARNINGS = 10;

    final Database db;
    /** The transaction of a modification query (null for a read-only one): snapshot and locked keys. */
    final io.arangoconsole.sandbox.store.Transaction txn;
    /** Reads see documents written up to this time (a lagging follower's, {@code ReadHorizon}); NONE: all. */
    final long horizon = io.arangoconsole.sandbox.store.ReadHorizon.current();
    final long startNanos = System.nanoTime();
    private final long deadlineNanos;
    private final QueryTracker.Entry entry;
    private final ArrayNode warnings = Json.NODES.arrayNode();
    long writesExecuted;
    long writesIgnored;
    long documentLookups;
    long seeks;
    long scannedFull;
    long scannedIndex;
    long filtered;
    long fullCount;
    private int checks;
    private final long memoryLimit;
    /** Profile level 2: nodes time themselves (see {@code PlanNode.open}). */
    boolean profileNodes;
    /** {@code failOnWarning}: the first warning fails the query with its code. */
    boolean failOnWarning;
    private long memoryUsed;
    private volatile long memoryPeak;

    QueryContext(Database db, double maxRuntimeSeconds, QueryTracker.Entry entry) {
        this(db, maxRuntimeSeconds, entry, null, 0);
    }

    /** @param memoryLimit bytes the query may hold at once, 0 for no limit */
    QueryContext(Database db, double maxRuntimeSeconds, QueryTracker.Entry entry,
                 io.arangoconsole.sandbox.store.Transaction txn, long memoryLimit) {
        this.db = db;
        this.txn = txn;
        this.memoryLimit = memoryLimit;
        this.entry = entry;
        this.deadlineNanos = maxRuntimeSeconds > 0 ? startNanos + (long) (maxRuntimeSeconds * 1e9) : Long.MAX_VALUE;
    }

    /** Throws 410/1500 when the query was killed or ran past its maxRuntime. Cheap: call it per row. */
    void checkAlive() {
        if (entry != null && entry.killed()) {
            throw killed();
        }
        if (deadlineNanos != Long.MAX_VALUE && (++checks & 63) == 0 && System.nanoTime() > deadlineNanos) {
            throw killed();
        }
    }

    /** Same as {@link #checkAlive()} without skipping the clock read (for SLEEP). */
    void checkAliveNow() {
        if ((entry != null && entry.killed()) || System.nanoTime() > deadlineNanos) {
            throw killed();
        }
    }

    /**
     * Counts {@code bytes} the query now holds (materialised by {@code node}); 500/32 as ArangoDB when that takes it
     * over its memory limit.
     */
    void allocate(long bytes, PlanNode node) {
        memoryUsed += bytes;
        if (memoryUsed > memoryPeak) {
            memoryPeak = memoryUsed;
        }
        if (memoryLimit > 0 && memoryUsed > memoryLimit) {
            String where = node == null ? "" : " [node #" + node.id + ": " + node.type() + "]";
            throw new ApiError(500, 32, "AQL: query would use more memory than allowed" + where
                    + " (while executing)");
        }
    }

    /** Gives back {@code bytes} counted by {@link #allocate}. */
    void release(long bytes) {
        memoryUsed = Math.max(0, memoryUsed - bytes);
    }

    /**
     * The most the query held at once, in ArangoDB's 32 KiB steps (what {@code peakMemoryUsage} reports; at least one
     * step, as every query holds some).
     */
    long peakMemory() {
        return Math.max(Memory.GRANULE, Memory.granules(memoryPeak));
    }

    static ApiError killed() {
        return new ApiError(410, 1500, "query killed");
    }

    void warn(int code, String message) {
        if (failOnWarning) {
            throw new ApiError(400, code, message);
        }
        if (warnings.size() < MAX_WARNINGS) {
            ObjectNode w = warnings.addObject();
            w.put("code", code);
            w.put("message", message);
        }
    }

    ArrayNode warnings() {
        return warnings;
    }

    int warningCount() {
        return warnings.size();
    }
}
