package io.arangoconsole.ui.common;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/** Runs tasks at once on the calling thread: view-model tests see the outcome right after the call, no toolkit. */
public final class InlineTaskRunner implements TaskRunner {

    @Override
    public <T> Cancellable run(String name, Callable<T> work, Consumer<? super T> onSuccess,
                               Consumer<? super Throwable> onFailure) {
        T result;
        try {
            result = work.call();
        } catch (Exception e) {
            onFailure.accept(e);
            return () -> { };
        }
        onSuccess.accept(result);
        return () -> { };
    }
}
