package io.arangoconsole.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import io.arangoconsole.testing.LogCapture;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** An exception nobody catches, on a worker or on the FX thread: logged at ERROR, one sentence of ours shown. */
class UncaughtFailuresFxTest {

    private final List<String> shown = new CopyOnWriteArrayList<>();
    private Thread.UncaughtExceptionHandler before;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void restore() {
        UncaughtFailures.install().showWith(null);
        Thread.setDefaultUncaughtExceptionHandler(before);
    }

    private UncaughtFailures install() {
        before = Thread.getDefaultUncaughtExceptionHandler();
        UncaughtFailures failures = UncaughtFailures.install();
        failures.showWith(shown::add);
        return failures;
    }

    @Test
    void theSentenceShowsAsANotificationOverTheWindow() throws Exception {
        FxRobot robot = new FxRobot();
        Stage[] stage = new Stage[1];
        robot.interact(() -> {
            stage[0] = new Stage();
            stage[0].setScene(new Scene(new StackPane(), 400, 300));
            stage[0].show();
            InternalErrorNotice.show(stage[0], "An internal error stopped the last action in the window.");
        });
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup((Node n) -> n instanceof Labeled l
                    && "An internal error stopped the last action in the window.".equals(l.getText()))
                    .tryQuery().isPresent());
        } finally {
            robot.interact(() -> stage[0].close());
        }
    }

    @Test
    void anNpeOnAWorkerThreadIsLoggedAndShownAsOurSentence() throws Exception {
        install();
        try (LogCapture log = LogCapture.of(UncaughtFailures.class)) {
            Thread worker = new Thread(() -> {
                String missing = null;
                missing.length();
            }, "sync-worker-1");
            worker.start();
            worker.join();

            assertEquals(1, log.withStackTrace(Level.ERROR).size());
            assertEquals(1, shown.size());
            assertTrue(shown.get(0).startsWith("An internal error stopped the last action in a background task"),
                    shown.get(0));
            assertFalse(shown.get(0).contains("Cannot invoke"), shown.get(0));
        }
    }

    @Test
    void anExceptionInAnFxEventHandlerIsLoggedAndShown() throws Exception {
        install();
        try (LogCapture log = LogCapture.of(UncaughtFailures.class)) {
            Platform.runLater(() -> {
                String missing = null;
                missing.length();
            });
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> shown.size() == 1);

            assertEquals(1, log.withStackTrace(Level.ERROR).size());
            assertTrue(shown.get(0).startsWith("An internal error stopped the last action in the window"),
                    shown.get(0));
            assertFalse(shown.get(0).contains("Cannot invoke"), shown.get(0));
        }
    }
}
