package io.arangoconsole.core.indexes;

import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Runs an action at most once per {@code minGapMillis}, however often it is asked to: a burst of job changes becomes
 * one notification, so a listener posting to the UI thread gets at most ~10 updates a second.
 */
final class Coalescer {
    private final ScheduledExecutorService timer;
    private final Runnable action;
    private final long minGapNanos;
    private boolean pending;
    private long lastRun = Long.MIN_VALUE;

    Coalescer(ScheduledExecutorService timer, long minGapMillis, Runnable action) {
        this.timer = timer;
        this.action = action;
        this.minGapNanos = TimeUnit.MILLISECONDS.toNanos(minGapMillis);
    }

    /** Asks for a run; it happens now or when the gap since the last one has passed. */
    synchronized void request() {
        if (pending) {
            return;
        }
        pending = true;
        long wait = lastRun == Long.MIN_VALUE ? 0 : Math.max(0, lastRun + minGapNanos - System.nanoTime());
        timer.schedule(this::run, wait, TimeUnit.NANOSECONDS);
    }

    private void run() {
        synchronized (this) {
            pending = false;
            lastRun = System.nanoTime();
        }
        action.run();
    }
}
