package io.arangoconsole.ui.common;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/** A poller driven by hand: {@link #tick()} runs one round of every started polling inline. For tests. */
public final class ManualPoller implements Poller {

    private final List<ManualPolling<?>> pollings = new ArrayList<>();

    @Override
    public <T> Polling poll(String name, Duration period, Callable<T> work, Consumer<? super T> onResult,
                            Consumer<? super Throwable> onError) {
        ManualPolling<T> polling = new ManualPolling<>(work, onResult, onError);
        pollings.add(polling);
        return polling;
    }

    /** One round of every running polling, in creation order. */
    public void tick() {
        List.copyOf(pollings).forEach(ManualPolling::round);
    }

    /** How many pollings are running now. */
    public long running() {
        return pollings.stream().filter(ManualPolling::isRunning).count();
    }

    private static final class ManualPolling<T> implements Polling {
        private final Callable<T> work;
        private final Consumer<? super T> onResult;
        private final Consumer<? super Throwable> onError;
        private boolean running;

        ManualPolling(Callable<T> work, Consumer<? super T> onResult, Consumer<? super Throwable> onError) {
            this.work = work;
            this.onResult = onResult;
            this.onError = onError;
        }

        void round() {
            if (!running) {
                return;
            }
            T value;
            try {
                value = work.call();
            } catch (Exception e) {
                onError.accept(e);
                return;
            }
            onResult.accept(value);
        }

        @Override
        public void start() {
            // Like the ScheduledService, the first round runs as soon as polling starts.
            running = true;
            round();
        }

        @Override
        public void stop() {
            running = false;
        }

        @Override
        public boolean isRunning() {
            return running;
        }
    }
}
