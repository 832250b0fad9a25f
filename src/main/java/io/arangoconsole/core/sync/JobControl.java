package io.arangoconsole.core.sync;

import java.time.Duration;

/**
 * Pause, resume and cancel requests for one job, and the waits that must end early when the job is cancelled
 * (paused between batches, backing off before a retry). Any thread may call the request methods.
 */
final class JobControl {
    private boolean paused;
    private boolean cancelled;

    synchronized void pause() {
        paused = true;
        notifyAll();
    }

    synchronized void resume() {
        paused = false;
        notifyAll();
    }

    synchronized void cancel() {
        cancelled = true;
        notifyAll();
    }

    synchronized boolean isCancelled() {
        return cancelled;
    }

    synchronized boolean isPaused() {
        return paused;
    }

    /** Blocks while paused; returns false when the job was cancelled. */
    synchronized boolean awaitRunnable() throws InterruptedException {
        while (paused && !cancelled) {
            wait();
        }
        return !cancelled;
    }

    /** Sleeps {@code duration} unless cancelled first; returns false when cancelled. */
    synchronized boolean sleep(Duration duration) throws InterruptedException {
        long end = System.nanoTime() + duration.toNanos();
        long left;
        while (!cancelled && (left = end - System.nanoTime()) > 0) {
            wait(Math.max(1, left / 1_000_000));
        }
        return !cancelled;
    }
}
