package io.arangoconsole.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.ILoggingEvent;
import io.arangoconsole.testing.LogCapture;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Platform;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The real poller and task runner on the (headless) FX toolkit: outcomes arrive on the FX thread. */
class FxPollerTest {

    private final ExecutorService executor = Executors.newFixedThreadPool(2);
    private final List<String> events = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void shutdown() {
        executor.shutdownNow();
    }

    @Test
    void pollerReportsFailuresThenRecoversOnTheFxThread() throws Exception {
        AtomicInteger rounds = new AtomicInteger();
        Poller.Polling[] polling = new Poller.Polling[1];
        WaitForAsyncUtils.asyncFx(() -> {
            polling[0] = new FxPoller(executor).poll("test", Duration.ofMillis(20), () -> {
                if (rounds.incrementAndGet() <= 2) {
                    throw new IllegalStateException("server down");
                }
                return rounds.get();
            }, value -> events.add("value on fx " + Platform.isFxApplicationThread()),
                    e -> events.add("error " + e.getMessage() + " on fx " + Platform.isFxApplicationThread()));
            polling[0].start();
        }).get();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> events.contains("value on fx true"));
        WaitForAsyncUtils.asyncFx(() -> polling[0].stop()).get();

        assertEquals(List.of("error server down on fx true", "error server down on fx true", "value on fx true"),
                events.subList(0, 3));
        int afterStop = rounds.get();
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(rounds.get() <= afterStop + 1, "a stopped polling runs at most the round already in flight");
    }

    @Test
    void aFailedTaskIsLoggedAtWarnWithItsStackTrace() throws Exception {
        try (LogCapture log = LogCapture.of(FxTaskRunner.class)) {
            new FxTaskRunner(executor).run("load things", () -> {
                throw new IllegalStateException("disk gone");
            }, v -> events.add("unexpected"), e -> events.add("failed"));
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> events.contains("failed"));
            List<ILoggingEvent> warned = log.withStackTrace(Level.WARN);
            assertEquals(1, warned.size(), log.events().toString());
            assertEquals("Background task 'load things' failed: IllegalStateException: disk gone",
                    warned.get(0).getFormattedMessage());
            assertEquals("disk gone", warned.get(0).getThrowableProxy().getMessage());
        }
    }

    @Test
    void taskRunnerDeliversResultAndFailureOnTheFxThread() throws Exception {
        FxTaskRunner runner = new FxTaskRunner(executor);
        runner.run("ok", () -> 42, v -> events.add("ok " + v + " " + Platform.isFxApplicationThread()),
                e -> events.add("unexpected"));
        runner.run("fails", () -> {
            throw new UnsupportedOperationException("not built");
        }, v -> events.add("unexpected"), e -> events.add("failed " + e.getMessage() + " "
                + Platform.isFxApplicationThread()));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> events.size() == 2);
        assertTrue(events.containsAll(List.of("ok 42 true", "failed not built true")), events.toString());
    }
}
