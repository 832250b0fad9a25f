package io.arangoconsole.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.arangoconsole.sandbox.SandboxConfig;
import io.arangoconsole.settings.Theme;
import io.arangoconsole.ui.shell.PaneId;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Labeled;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Overview's figures as a DBA refreshes them: "Refresh stats", F5 and Ctrl+R each read the server again, and the
 * cards then say "live", not "cached, 0 s old"; the menu bar's File, View and Help entries do what they say.
 */
@ExtendWith(ApplicationExtension.class)
class KeyboardAndMenuFxTest {

    @TempDir
    static Path home;
    private ConsoleWindow window;

    @Start
    void start(Stage primary) {
        window = ConsoleWindow.open(home, SandboxConfig.defaults().withRecords(300));
    }

    @AfterEach
    void close(FxRobot robot) {
        window.close(robot);
    }

    @Test
    void refreshStatsF5AndCtrlRShowLiveFigures(FxRobot robot) throws Exception {
        waitForCard(robot);
        // the Overview's own poll serves the figures from the cache between reads: that is the state to refresh from
        waitUntil(() -> source(robot).startsWith("cached"));
        robot.clickOn("#refreshButton");
        waitUntil(() -> source(robot).startsWith("live"));

        waitUntil(() -> source(robot).startsWith("cached"));
        robot.interact(() -> window.stage.getScene().getRoot().requestFocus());
        robot.press(KeyCode.F5).release(KeyCode.F5);
        waitUntil(() -> source(robot).startsWith("live"));

        waitUntil(() -> source(robot).startsWith("cached"));
        robot.press(KeyCode.CONTROL, KeyCode.R).release(KeyCode.R, KeyCode.CONTROL);
        waitUntil(() -> source(robot).startsWith("live"));
    }

    @Test
    void theMenuBarsEntriesDoWhatTheySay(FxRobot robot) throws Exception {
        waitForCard(robot);
        menu(robot, "File", "Connections...");
        waitUntil(() -> window.context.shell().selectedPaneProperty().get() == PaneId.CONNECTIONS);
        menu(robot, "View", PaneId.INDEXES.title());
        waitUntil(() -> window.context.shell().selectedPaneProperty().get() == PaneId.INDEXES);
        Theme before = window.context.settings().themeProperty().get();
        menu(robot, "View", "Dark theme");
        waitUntil(() -> window.context.settings().themeProperty().get() != before);
        menu(robot, "View", "Dark theme");
        waitUntil(() -> window.context.settings().themeProperty().get() == before);
        menu(robot, "Help", "Keyboard shortcuts");
        waitUntil(() -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        DialogPane help = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertTrue(help.getContentText().contains("F5 or Ctrl+R"), help.getContentText());
        robot.interact(() -> help.getScene().getWindow().hide());
        assertEquals(PaneId.INDEXES, window.context.shell().selectedPaneProperty().get());
    }

    private static void waitForCard(FxRobot robot) throws TimeoutException {
        waitUntil(() -> robot.lookup("#source-va_table").tryQuery().isPresent());
    }

    /** The card's last line ("live · primary"); cards are rebuilt at each update, so looked up each time. */
    private static String source(FxRobot robot) {
        return robot.lookup("#source-va_table").tryQuery().map(n -> ((Label) n).getText()).orElse("");
    }

    /** Opens {@code menu} in the menu bar and clicks its entry {@code entry}. */
    private static void menu(FxRobot robot, String menu, String entry) throws TimeoutException {
        robot.clickOn(robot.lookup(".menu-bar .menu-button").match((Node n) -> n instanceof Labeled l
                && menu.equals(l.getText())).<Node>query());
        waitUntil(() -> entry(robot, entry).isPresent());
        robot.clickOn(entry(robot, entry).orElseThrow());
    }

    private static java.util.Optional<Node> entry(FxRobot robot, String text) {
        return robot.lookup(".context-menu .menu-item").match((Node n) -> n.isVisible()
                && n.lookupAll(".label").stream().anyMatch(l -> l instanceof Labeled lb && text.equals(lb.getText())))
                .tryQuery();
    }

    private static void waitUntil(Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, condition);
    }
}
