package io.arangoconsole.core.sync;

import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * Hands progress to the listener at most once per {@code minIntervalNanos} (10 a second by default), so a fast job
 * does not flood the UI; state changes and the final update always pass. Dropped updates are superseded by the
 * next one, which carries the latest counts.
 */
final class ProgressThrottle {
    static final long DEFAULT_INTERVAL_NANOS = 100_000_000L;
    private final Consumer<SyncProgress> listener;
    private final LongSupplier nanoTime;
    private final long minIntervalNanos;
    private long lastPublished;
    private SyncState lastState;
    private String lastMessage;
    private boolean published;

    ProgressThrottle(Consumer<SyncProgress> listener, LongSupplier nanoTime, long minIntervalNanos) {
        this.listener = listener;
        this.nanoTime = nanoTime;
        this.minIntervalNanos = minIntervalNanos;
    }

    /** Publishes {@code progress} unless one was published less than the interval ago and nothing notable changed. */
    synchronized void offer(SyncProgress progress) {
        long now = nanoTime.getAsLong();
        boolean changed = progress.state() != lastState || !java.util.Objects.equals(progress.message(), lastMessage);
        if (published && !changed && now - lastPublished < minIntervalNanos) {
            return;
        }
        published = true;
        lastPublished = now;
        lastState = progress.state();
        lastMessage = progress.message();
        listener.accept(progress);
    }
}
