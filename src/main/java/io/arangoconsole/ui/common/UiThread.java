package io.arangoconsole.ui.common;

import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import javafx.application.Platform;

/**
 * Hands values produced on worker threads (progress of long jobs) to the UI thread. View models receive an
 * {@link Executor} from here, never {@link Platform} itself, so their tests run inline without the toolkit.
 */
public final class UiThread {

    private UiThread() {
    }

    /** Runs on the JavaFX application thread. */
    public static Executor fx() {
        return Platform::runLater;
    }

    /** Runs at once on the calling thread: for view-model tests. */
    public static Executor inline() {
        return Runnable::run;
    }

    /**
     * A sink that keeps only the latest value and schedules at most one delivery at a time on {@code ui}: however
     * fast a job reports, the UI thread gets at most one task per pulse, with the newest value.
     */
    public static <T> Consumer<T> latestOnly(Executor ui, Consumer<? super T> onUi) {
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
