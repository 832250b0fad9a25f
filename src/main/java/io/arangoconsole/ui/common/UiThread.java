package io.arangoconsole.ui.common;

import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import javafx.application.Platform;

/**
 * Where values produced on worker threads (the index queue's job updates, sync progress) hop onto the UI thread.
 * View models take this seam, never {@link Platform} itself, so their tests run inline without the toolkit.
 */
@FunctionalInterface
public interface UiThread extends Executor {

    /** The JavaFX application thread. */
    static UiThread fx() {
        return Platform::runLater;
    }

    /** Runs at once on the calling thread: for view-model tests. */
    static UiThread inline() {
        return Runnable::run;
    }

    /**
     * A sink that keeps only the latest value and schedules at most one delivery at a time on {@code ui}: however
     * fast a job reports, the UI thread gets at most one task per pulse, with the newest value.
     */
    static <T> Consumer<T> latestOnly(Executor ui, Consumer<? super T> onUi) {
        AtomicReference<T> latest = new AtomicReference<>();
        AtomicBoolean scheduled = new AtomicBoolean();
        return value -> {
            latest.set(value);
            if (scheduled.compareAndSet(false, true)) {
                ui.execute(() -> {
                    scheduled.set(false);
                    T v = latest.getAndSet(null);
                    if (v != null) {
                        onUi.accept(v);
                    }
                });
            }
        };
    }
}
