package io.arangoconsole.ui.common;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import org.junit.jupiter.api.Test;

/** A refresh chained to the last one while the console closes must not surface as an error; a full queue must. */
class FxTaskRunnerClosingTest {

    @Test
    void workAskedForAfterTheExecutorShutDownIsDroppedQuietly() {
        ExecutorService executor = Executors.newSingleThreadExecutor();
        executor.shutdown();
        FxTaskRunner tasks = new FxTaskRunner(executor);
        assertDoesNotThrow(() -> tasks.run("refresh", () -> 1, v -> { }, e -> { }).cancel());
    }

    @Test
    void anExecutorThatRefusesWhileRunningStillFailsLoudly() {
        FxTaskRunner tasks = new FxTaskRunner(command -> {
            throw new RejectedExecutionException("queue full");
        });
        assertThrows(RejectedExecutionException.class, () -> tasks.run("refresh", () -> 1, v -> { }, e -> { }));
    }
}
