package io.arangoconsole.ui.common;

import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.concurrent.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Wraps work in a {@link Task} on the background executor; JavaFX delivers the callbacks on the FX thread. */
public final class FxTaskRunner implements TaskRunner {

    private static final Logger LOG = LoggerFactory.getLogger(FxTaskRunner.class);
    private final Executor executor;

    public FxTaskRunner(Executor executor) {
        this.executor = executor;
    }

    @Override
    public <T> Cancellable run(String name, Callable<T> work, Consumer<? super T> onSuccess,
                               Consumer<? super Throwable> onFailure) {
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                return work.call();
            }
        };
        task.setOnSucceeded(e -> onSuccess.accept(task.getValue()));
        task.setOnFailed(e -> {
            LOG.debug("Task '{}' failed", name, task.getException());
            onFailure.accept(task.getException());
        });
        executor.execute(task);
        return () -> task.cancel(true);
    }
}
