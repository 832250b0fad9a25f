package io.arangoconsole.ui.common;

import io.arangoconsole.core.FailureLog;
import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;
import javafx.concurrent.Task;
import org.slf4j.LoggerFactory;

/**
 * Wraps work in a {@link Task} on the background executor; JavaFX delivers the callbacks on the FX thread. Every
 * failure is logged at WARN with its stack trace (repeats counted) before the caller turns it into a sentence.
 */
public final class FxTaskRunner implements TaskRunner {

    private static final FailureLog FAILURES = new FailureLog(LoggerFactory.getLogger(FxTaskRunner.class));
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
            FAILURES.warn("Background task '" + name + "'", task.getException());
            onFailure.accept(task.getException());
        });
        try {
            executor.execute(task);
        } catch (RejectedExecutionException closing) {
            if (executor instanceof ExecutorService service && service.isShutdown()) {
                // The console is closing: a refresh chained to the last one finds the executor gone; nothing is lost.
                LoggerFactory.getLogger(FxTaskRunner.class).debug("'{}' not started: the console is closing", name);
                return () -> { };
            }
            throw closing;
        }
        return () -> task.cancel(true);
    }
}
