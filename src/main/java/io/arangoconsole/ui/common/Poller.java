package io.arangoconsole.ui.common;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Repeats blocking work in the background at a fixed period and delivers each outcome on the UI thread. A view model
 * starts its polling in {@code activate()} and stops it in {@code deactivate()}, so hidden panes poll nothing.
 */
public interface Poller {

    /** Prepares a polling that is not running yet; {@link Polling#start()} runs the first round at once. */
    <T> Polling poll(String name, Duration period, Callable<T> work, Consumer<? super T> onResult,
                     Consumer<? super Throwable> onError);

    /** One repeating job. Start and stop on the UI thread. */
    interface Polling {
        void start();

        void stop();

        boolean isRunning();
    }
}
