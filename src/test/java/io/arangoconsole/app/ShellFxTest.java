package io.arangoconsole.app;

import io.arangoconsole.ui.common.FxSnapshots;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.arangoconsole.sandbox.SandboxConfig;
import io.arangoconsole.settings.AppDirs;
import io.arangoconsole.settings.Theme;
import io.arangoconsole.ui.shell.PaneId;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import javafx.scene.control.Label;
import javafx.scene.control.ListView;

import javafx.scene.layout.HBox;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The shell, headless (Monocle), on a fresh user profile: it starts the embedded sandbox and connects to it. */
@ExtendWith(ApplicationExtension.class)
class ShellFxTest {

    @TempDir
    static Path home;
    private AppContext context;
    private Stage stage;

    @Start
    void start(Stage primary) {
        // A stage of our own: TestFX reuses its primary stage across test classes, listeners and all.
        Stage stage = new Stage();
        this.stage = stage;
        AppDirs dirs = new AppDirs(home.resolve("config"), home.resolve("data"));
        // Fewer records than the default 38,000 keep the test quick; the console path is the same.
        context = AppContext.create(dirs, SandboxConfig.defaults().withRecords(2_000));
        new MainWindow(stage, context.settings(), context.shell()).show();
        context.startShell();
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(() -> {
            context.shell().deactivate();
            stage.close();
        });
        context.close();
    }

    @Test
    void shellListsThePanesShowsPlaceholdersAndConnectsToTheSandbox(FxRobot robot) throws Exception {
        ListView<PaneId> navigation = robot.lookup("#navigation").queryListView();
        assertEquals(List.of("Overview", "Indexes", "Queries", "Caches", "Sync", "Jobs", "Connections",
                "Workbench", "Cluster"),
                navigation.getItems().stream().map(PaneId::title).toList());

        robot.clickOn("Indexes");
        Label text = robot.lookup("#paneText").queryAs(Label.class);
        assertTrue(text.getText().startsWith("The Indexes pane is not built yet: it will list the recommended "
                + "indexes against what exists"), text.getText());
        assertEquals("Indexes", robot.lookup("#paneTitle").queryAs(Label.class).getText());

        HBox statusBar = robot.lookup("#statusBar").queryAs(HBox.class);
        assertTrue(statusBar.isVisible());

        Label version = robot.lookup("#versionLabel").queryAs(Label.class);
        Label error = robot.lookup("#errorLabel").queryAs(Label.class);
        Label latency = robot.lookup("#latencyLabel").queryAs(Label.class);
        // Version and latency come from one probe answer; wait for both, not for whichever the FX thread set first.
        waitUntil(() -> (!version.getText().isEmpty() && !latency.getText().isEmpty()) || !error.getText().isEmpty());
        assertEquals("", error.getText(), "the sandbox should start and answer");
        assertTrue(version.getText().matches("ArangoDB 3\\.1[12]\\..*"), version.getText());
        Label badge = robot.lookup("#sandboxBadge").queryAs(Label.class);
        assertTrue(badge.isVisible(), "the sandbox badge must be unmistakable");
        assertEquals("Sandbox: demo data in memory", badge.getText());
        assertFalse(robot.lookup("#targetBadge").queryAs(Label.class).isVisible(), "one sandbox badge, not two");
        assertTrue(robot.lookup("#endpointLabel").queryAs(Label.class).getText().startsWith("http://127.0.0.1:"));
        assertFalse(latency.getText().isEmpty());

        FxSnapshots.save(robot, stage, Path.of("target", "shell.png"));
        robot.clickOn("#themeButton");
        assertEquals(Theme.DARK, context.settings().themeProperty().get());
        robot.clickOn("Sync");
        FxSnapshots.save(robot, stage, Path.of("target", "shell-dark.png"));
        robot.clickOn("#themeButton");
        assertEquals(Theme.LIGHT, context.settings().themeProperty().get());
    }

    @Test
    void ctrlDigitsOpenThePanesAndF1ListsTheShortcuts(FxRobot robot) throws Exception {
        robot.clickOn("Overview");
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT3).release(KeyCode.DIGIT3, KeyCode.CONTROL);
        assertEquals(PaneId.QUERIES, context.shell().selectedPaneProperty().get());
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT7).release(KeyCode.DIGIT7, KeyCode.CONTROL);
        assertEquals(PaneId.CONNECTIONS, context.shell().selectedPaneProperty().get());
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT8).release(KeyCode.DIGIT8, KeyCode.CONTROL);
        assertEquals(PaneId.WORKBENCH, context.shell().selectedPaneProperty().get());
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT9).release(KeyCode.DIGIT9, KeyCode.CONTROL);
        assertEquals(PaneId.CLUSTER, context.shell().selectedPaneProperty().get());

        robot.press(KeyCode.F1).release(KeyCode.F1);
        waitUntil(() -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        javafx.scene.control.DialogPane help = robot.lookup(".dialog-pane").queryAs(
                javafx.scene.control.DialogPane.class);
        assertTrue(help.getContentText().contains("Ctrl+1 .. Ctrl+9"), help.getContentText());
        robot.interact(() -> help.getScene().getWindow().hide());
        assertTrue(stage.getTitle().startsWith("Arango Console \u2014 "), stage.getTitle());
    }

    private static void waitUntil(java.util.concurrent.Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, condition);
    }

}
