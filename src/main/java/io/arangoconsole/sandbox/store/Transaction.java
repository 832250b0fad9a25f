package io.arangoconsole.sandbox.store;

import java.util.ArrayList;
import java.util.List;

/**
 * What a running AQL modification holds, as a RocksDB transaction in ArangoDB does: the snapshot it reads (the latest
 * revision when it began) and the document keys it has written, which stay locked until it ends. A write that finds
 * its document changed after the snapshot, or locked by another transaction, fails with 409/1200 "write-write
 * conflict", so a client can retry instead of losing an update.
 */
public final class Transaction {
    private final long snapshot;
    private final List<Runnable> unlocks = new ArrayList<>();
    private boolean ended;

    private Transaction(long snapshot) {
        this.snapshot = snapshot;
    }

    /**
     * Starts a transaction whose snapshot is every write that has a revision already. A write in progress holds its
     * collection's write lock from taking its revision until it is stored, so a read made after this call sees it.
     */
    public static Transaction begin(Database db) {
        return new Transaction(db.store().revisions().lastValue());
    }

    /** Whether a document stored with {@code rev} was written after this transaction began. */
    boolean newerThanSnapshot(String rev) {
        return Revisions.decode(rev) > snapshot;
    }

    synchronized boolean remember(Runnable unlock) {
        if (ended) {
            return false;
        }
        unlocks.add(unlock);
        return true;
    }

    /** Ends the transaction: its keys are unlocked. Idempotent. */
    public void end() {
        List<Runnable> toRun;
        synchronized (this) {
            if (ended) {
                return;
            }
            ended = true;
            toRun = new ArrayList<>(unlocks);
            unlocks.clear();
        }
        toRun.forEach(Runnable::run);
    }

    static ApiError conflict(String key) {
        return new ApiError(409, 1200, "write-write conflict; key: " + key);
    }
}
