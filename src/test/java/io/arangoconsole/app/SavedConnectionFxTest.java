package io.arangoconsole.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.arangoconsole.sandbox.SandboxConfig;
import io.arangoconsole.settings.AppDirs;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.scene.control.Label;
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
 * A returning user: saved theme, window and connection. The console restores them, does not start the sandbox, and
 * says in one sentence that the saved server is unreachable.
 */
@ExtendWith(ApplicationExtension.class)
class SavedConnectionFxTest {

    @TempDir
    static Path home;
    private static int closedPort;
    private AppContext context;
    private Stage stage;

    @Start
    void start(Stage primary) throws IOException {
        // A stage of our own: TestFX reuses its primary stage across test classes, listeners and all.
        Stage stage = new Stage();
        this.stage = stage;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        AppDirs dirs = new AppDirs(home.resolve("config"), home.resolve("data"));
        Files.createDirectories(dirs.configDir());
        Files.writeString(dirs.configDir().resolve("settings.json"), """
                {"version": 1, "theme": "DARK",
                 "window": {"x": 100, "y": 60, "width": 900, "height": 600, "maximized": false},
                 "connection": {"endpoint": "http://127.0.0.1:%d", "user": "root", "database": "prod",
                                "label": "primary"}}
                """.formatted(closedPort));
        context = AppContext.create(dirs, SandboxConfig.defaults());
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
    void restoresTheWindowAndTheThemeAndReportsTheUnreachableServer(FxRobot robot) throws Exception {
        assertEquals(100, stage.getX());
        assertEquals(60, stage.getY());
        assertEquals(900, stage.getWidth());
        assertEquals(600, stage.getHeight());
        assertTrue(Application.getUserAgentStylesheet().contains("primer-dark"),
                Application.getUserAgentStylesheet());
        javafx.scene.control.ToggleButton theme = robot.lookup("#themeButton")
                .queryAs(javafx.scene.control.ToggleButton.class);
        assertTrue(theme.isSelected(), "the dark theme shows as a pressed toggle");
        assertEquals("Dark theme", theme.getText());

        Label error = robot.lookup("#errorLabel").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !error.getText().isEmpty());
        assertEquals("Cannot reach http://127.0.0.1:" + closedPort + ": connection refused or no server listening.",
                error.getText());
        assertEquals("primary", robot.lookup("#targetBadge").queryAs(Label.class).getText());
        assertFalse(robot.lookup("#sandboxBadge").queryAs(Label.class).isVisible(), "no sandbox was started");
        assertEquals("http://127.0.0.1:" + closedPort, robot.lookup("#endpointLabel").queryAs(Label.class).getText());
    }
}
