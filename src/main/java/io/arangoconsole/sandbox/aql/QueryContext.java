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

    QueryContext(Database db, double maxRuntimeSeconds, QueryTracker.Entry entry) {
        this(db, maxRuntimeSeconds, entry, null);
    }

    QueryContext(Database db, double maxRuntimeSeconds, QueryTracker.Entry entry,
                 io.arangoconsole.sandbox.store.Transaction txn) {
        this.db = db;
        this.txn = txn;
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

    static ApiError killed() {
        return new ApiError(410, 1500, "query killed");
    }

    void warn(int code, String message) {
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
