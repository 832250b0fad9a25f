package io.arangoconsole.app;

import io.arangoconsole.ui.common.FxSnapshots;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlantafx.base.theme.Styles;
import io.arangoconsole.core.routing.Operation;
import io.arangoconsole.core.routing.Route;
import io.arangoconsole.sandbox.Sandbox;
import io.arangoconsole.sandbox.SandboxConfig;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;

import javafx.stage.Stage;
import javafx.stage.Window;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Connections pane, headless: add a profile pointing at a second sandbox (a refused field first), test it, see
 * its version, make it active and see the status bar switch away from the embedded sandbox.
 */
@ExtendWith(ApplicationExtension.class)
class ConnectionsFxTest {

    @TempDir
    static Path home;
    private static Sandbox deployment;
    private AppContext context;
    private ConsoleWindow window;
    private Stage stage;

    @BeforeAll
    static void startDeployment() {
        deployment = Sandbox.start(SandboxConfig.defaults().withRecords(100));
    }

    @AfterAll
    static void stopDeployment() {
        deployment.close();
    }

    @Start
    void start(Stage primary) {
        window = ConsoleWindow.open(home, SandboxConfig.defaults().withRecords(500));
        context = window.context;
        stage = window.stage;
    }

    @AfterEach
    void close(FxRobot robot) {
        window.close(robot);
    }

    @Test
    void addTestAndActivateAProfile(FxRobot robot) throws Exception {
        Label badge = robot.lookup("#sandboxBadge").queryAs(Label.class);
        Label version = robot.lookup("#versionLabel").queryAs(Label.class);
        waitUntil(() -> !version.getText().isEmpty());
        assertTrue(badge.isVisible(), "no profile yet: the embedded sandbox is used");

        robot.clickOn("Connections");
        robot.clickOn("#addButton");
        robot.clickOn("#nameField").write("staging");
        robot.clickOn("#primaryField").write("http//nohost");
        robot.interact(() -> robot.lookup("#databaseField").queryAs(TextField.class).setText(""));
        robot.clickOn("#saveProfileButton");
        TextField primaryField = robot.lookup("#primaryField").queryAs(TextField.class);
        TextField databaseField = robot.lookup("#databaseField").queryAs(TextField.class);
        assertTrue(primaryField.getPseudoClassStates().contains(Styles.STATE_DANGER), "malformed URL marked");
        assertTrue(databaseField.getPseudoClassStates().contains(Styles.STATE_DANGER), "empty database marked");
        assertEquals("Enter a database name, e.g. _system.",
                robot.lookup("#databaseError").queryAs(Label.class).getText());
        assertEquals("'http//nohost' is not a valid URL: use http://host:port or https://host:port.",
                robot.lookup("#primaryError").queryAs(Label.class).getText());
        FxSnapshots.save(robot, dialogWindow(robot), Path.of("target", "connections-dialog-errors.png"));

        robot.interact(() -> primaryField.setText(deployment.url()));
        robot.clickOn("#databaseField").write("demo");
        robot.clickOn("#dialogTestButton");
        Label dialogResult = robot.lookup("#dialogTestResult").queryAs(Label.class);
        waitUntil(() -> dialogResult.getText().startsWith("ArangoDB"));
        robot.clickOn("#saveProfileButton");

        robot.clickOn("#testButton");
        Label result = robot.lookup("#resultLabel").queryAs(Label.class);
        waitUntil(() -> result.getText().startsWith("ArangoDB"));
        assertTrue(result.getText().matches("ArangoDB 3\\.1[12]\\.\\d+.*, role SINGLE, latency .+\\."),
                result.getText());
        FxSnapshots.save(robot, stage, Path.of("target", "connections.png"));

        robot.clickOn("#activeButton");
        Label endpoint = robot.lookup("#endpointLabel").queryAs(Label.class);
        waitUntil(() -> endpoint.getText().equals(deployment.url()) && !version.getText().isEmpty());
        waitUntil(() -> result.getText().startsWith("Now connected"));
        assertFalse(badge.isVisible(), "on a profile the sandbox badge goes away");
        assertEquals("primary", robot.lookup("#targetBadge").queryAs(Label.class).getText());
        assertEquals(Route.PRIMARY, context.route(Operation.READ).label());
        assertEquals(deployment.url(), context.route(Operation.WRITE).target().endpoint());
        assertEquals("primary", robot.lookup("#routeBadge").queryAs(Label.class).getText());
        assertTrue(Files.readString(home.resolve("config").resolve("connections.json"))
                .contains("\"active\" : \"staging\""));
        assertTrue(robot.lookup("#activeButton").queryButton().isDisabled(),
                "the profile in use is not offered as one to make active");
        FxSnapshots.save(robot, stage, Path.of("target", "connections-active.png"));
        robot.clickOn("#themeButton");
        FxSnapshots.save(robot, stage, Path.of("target", "connections-dark.png"));
        robot.clickOn("#themeButton");
    }

    private static Window dialogWindow(FxRobot robot) {
        Node field = robot.lookup("#nameField").query();
        return field.getScene().getWindow();
    }

    private static void waitUntil(Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, condition);
    }

}
