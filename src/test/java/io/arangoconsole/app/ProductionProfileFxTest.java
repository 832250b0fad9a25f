package io.arangoconsole.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.arangoconsole.core.connection.ConnectionProfile;
import io.arangoconsole.core.connection.Environment;
import io.arangoconsole.sandbox.Sandbox;
import io.arangoconsole.sandbox.SandboxConfig;
import io.arangoconsole.settings.ProfileStore;
import io.arangoconsole.settings.ProfilesDto;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Background;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.stage.Stage;
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
 * A production profile as a DBA meets it: the status bar's badge is red and the title says "(production)"; deleting
 * that profile asks first, Enter keeps it, the delete needs the profile's name typed, and once deleted the console is
 * on the embedded sandbox at once, not on the server the DBA just removed.
 */
@ExtendWith(ApplicationExtension.class)
class ProductionProfileFxTest {

    @TempDir
    static Path home;
    private static Sandbox deployment;
    private ConsoleWindow window;

    @BeforeAll
    static void saveProductionProfile() throws Exception {
        deployment = Sandbox.start(SandboxConfig.defaults().withRecords(10));
        ConnectionProfile prod = ConnectionProfile.of("prod-eu", deployment.url(), "demo")
                .withEnvironment(Environment.PRODUCTION);
        new ProfileStore(home.resolve("config")).save(new ProfilesDto(ProfilesDto.CURRENT_VERSION, "prod-eu",
                List.of(prod)));
    }

    @AfterAll
    static void stopDeployment() {
        deployment.close();
    }

    @Start
    void start(Stage primary) {
        window = ConsoleWindow.open(home, SandboxConfig.defaults().withRecords(10));
    }

    @AfterEach
    void close(FxRobot robot) {
        window.close(robot);
    }

    @Test
    void productionIsRedInTheStatusBarAndTitleAndItsDeletionAsksThenLeavesForTheSandbox(FxRobot robot)
            throws Exception {
        Label endpoint = robot.lookup("#endpointLabel").queryAs(Label.class);
        Label version = robot.lookup("#versionLabel").queryAs(Label.class);
        waitUntil(() -> !version.getText().isEmpty() && deployment.url().equals(endpoint.getText()));
        Label badge = robot.lookup("#profileBadge").queryAs(Label.class);
        // the badge's colour as drawn: the theme's danger colour, after the pulse that applies the style class
        waitUntil(() -> badge.getStyleClass().contains("env-production") && reddish(fill(badge)));
        assertEquals("prod-eu \u00b7 production", badge.getText());
        assertTrue(window.stage.getTitle().contains("prod-eu (production)"), window.stage.getTitle());

        robot.clickOn("Connections");
        ListView<ConnectionProfile> list = robot.lookup("#profileList").queryListView();
        robot.interact(() -> list.getSelectionModel().select(list.getItems().stream()
                .filter(p -> p.name().equals("prod-eu")).findFirst().orElseThrow()));
        robot.clickOn("#deleteButton");
        waitUntil(() -> robot.lookup("#confirmKeep").tryQuery().isPresent());
        Label where = robot.lookup("#confirmServer").queryAs(Label.class);
        assertTrue(where.getText().contains("prod-eu") && where.getText().contains(deployment.url())
                && where.getText().contains("PRODUCTION"), "the confirmation names the server: " + where.getText());
        assertTrue(robot.lookup("#confirmAction").queryButton().isDisabled(), "no delete before the name is typed");
        robot.type(KeyCode.ENTER); // the default button keeps
        waitUntil(() -> robot.lookup("#confirmKeep").tryQuery().isEmpty());
        assertTrue(list.getItems().stream().anyMatch(p -> p.name().equals("prod-eu")), "Enter kept the profile");
        assertEquals(deployment.url(), endpoint.getText(), "still on the profile");

        robot.clickOn("#deleteButton");
        waitUntil(() -> robot.lookup("#confirmTypedName").tryQuery().isPresent());
        robot.clickOn("#confirmTypedName").write("prod-eu");
        Button delete = robot.lookup("#confirmAction").queryButton();
        waitUntil(() -> !delete.isDisabled());
        robot.clickOn(delete);
        waitUntil(() -> list.getItems().stream().noneMatch(p -> p.name().equals("prod-eu")));
        // at once: the switch is made by the delete itself; the new endpoint shows on the next pulse
        waitUntil(() -> !deployment.url().equals(endpoint.getText()));
        assertTrue(robot.lookup("#sandboxBadge").queryAs(Label.class).isVisible(), "on the embedded sandbox");
        assertNotEquals(deployment.url(), endpoint.getText());
        waitUntil(() -> !badge.getStyleClass().contains("env-production"));
        assertFalse(window.stage.getTitle().contains("production"), window.stage.getTitle());
    }

    private static Paint fill(Label label) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            Background background = label.getBackground();
            return background == null || background.getFills().isEmpty() ? null
                    : background.getFills().get(background.getFills().size() - 1).getFill();
        }).get();
    }

    private static boolean reddish(Paint paint) {
        return paint instanceof Color c && c.getRed() > 0.6 && c.getRed() > c.getGreen() + 0.3
                && c.getRed() > c.getBlue() + 0.3;
    }

    private static void waitUntil(Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, condition);
    }
}
