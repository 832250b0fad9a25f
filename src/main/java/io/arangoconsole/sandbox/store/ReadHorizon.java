package io.arangoconsole.sandbox.store;

import java.util.concurrent.Callable;

/**
 * What a follower that lags has applied: reads made {@link #during} a horizon see only documents whose revision is
 * not newer than it (their revision's clock time, {@link Revisions#millis}). Set by the cluster's Coordinator around
 * a dirty read that a lagging follower answers; every other read sees everything. One thread, one read.
 */
public final class ReadHorizon {
    /** No horizon: every document is seen. */
    public static final long NONE = Long.MAX_VALUE;
    private static final ThreadLocal<Long> HORIZON = new ThreadLocal<>();

    private ReadHorizon() {
    }

    /** Runs {@code work} on this thread with reads limited to documents written at or before {@code millis}. */
    public static <T> T during(long millis, Callable<T> work) throws Exception {
        Long before = HORIZON.get();
        HORIZON.set(millis);
        try {
            return work.call();
        } finally {
            if (before == null) {
                HORIZON.remove();
            } else {
                HORIZON.set(before);
            }
        }
    }

    /** The horizon of the read running on this thread, {@link #NONE} outside one. */
    public static long current() {
        Long h = HORIZON.get();
        return h == null ? NONE : h;
    }

    /** Whether a read at {@code horizon} sees {@code doc}. */
    public static boolean sees(long horizon, StoredDocument doc) {
        return horizon == NONE || doc == null || Revisions.millis(doc.rev()) <= horizon;
    }
}
