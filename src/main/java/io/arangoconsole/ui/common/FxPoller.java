package io.arangoconsole.ui.common;

import io.arangoconsole.core.FailureLog;
import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;
import javafx.concurrent.ScheduledService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import javafx.concurrent.Task;
import javafx.util.Duration;

/**
 * Polls with a {@link ScheduledService}: rounds never overlap, and after failures the period grows by the built-in
 * exponential backoff (capped at a minute) so an unreachable server is not hammered.
 */
public final class FxPoller implements Poller {

    private static final Logger LOG = LoggerFactory.getLogger(FxPoller.class);
    private static final FailureLog FAILURES = new FailureLog(LOG);
    private static final Duration MAX_BACKOFF = Duration.minutes(1);
    private final Executor executor;

    public FxPoller(Executor executor) {
        this.executor = executor;
    }

    @Override
    public <T> Polling poll(String name, java.time.Duration period, Callable<T> work,
                            Consumer<? super T> onResult, Consumer<? super Throwable> onError) {
        ScheduledService<T> service = new ScheduledService<>() {
            @Override
            protected Task<T> createTask() {
                return new Task<>() {
                    @Override
                    protected T call() throws Exception {
                        return work.call();
                    }
                };
            }
        };
        service.setPeriod(Duration.millis(period.toMillis()));
        // ScheduledService hands a delayed round to the executor only when it falls due: if the console closed the
        // pool meanwhile, that round is dropped here instead of being rejected on the FX thread.
        service.setExecutor(command -> {
            try {
                executor.execute(command);
            } catch (RejectedExecutionException closing) {
                LOG.debug("Poll '{}' dropped: the worker pool is shut down", name);
            }
        });
        service.setRestartOnFailure(true);
        service.setBackoffStrategy(ScheduledService.EXPONENTIAL_BACKOFF_STRATEGY);
        service.setMaximumCumulativePeriod(MAX_BACKOFF);
        service.setOnSucceeded(e -> {
            FAILURES.recovered("Poll '" + name + "'");
            onResult.accept(service.getValue());
        });
        service.setOnFailed(e -> {
            FAILURES.warn("Poll '" + name + "'", service.getException());
            onError.accept(service.getException());
        });
        return new Polling() {
            @Override
            public void start() {
                if (!service.isRunning()) {
                    service.restart();
                }
            }

            @Override
            public void stop() {
                service.cancel();
            }

            @Override
            public boolean isRunning() {
                return service.isRunning();
            }
        };
    }
}
