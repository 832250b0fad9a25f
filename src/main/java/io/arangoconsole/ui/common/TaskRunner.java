package io.arangoconsole.ui.common;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Runs blocking work (driver calls, file reads, sandbox start) off the FX thread and hands the outcome back on it.
 * View models depend on this seam only; tests pass an {@link InlineTaskRunner}.
 */
public interface TaskRunner {

    /**
     * Runs {@code work} in the background; exactly one of {@code onSuccess} / {@code onFailure} is then called on the
     * UI thread, unless the task was cancelled first.
     *
     * @param name for logs and thread names, e.g. {@code "probe server"}
     * @return a handle to cancel the task (the callbacks then never run)
     */
    <T> Cancellable run(String name, Callable<T> work, Consumer<? super T> onSuccess,
                        Consumer<? super Throwable> onFailure);

    /** Stops a running or scheduled task. */
    @FunctionalInterface
    interface Cancellable {
        void cancel();
    }
}
