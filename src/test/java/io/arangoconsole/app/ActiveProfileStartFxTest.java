package io.arangoconsole.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.arangoconsole.core.connection.ConnectionProfile;
import io.arangoconsole.core.routing.Operation;
import io.arangoconsole.core.routing.Route;
import io.arangoconsole.sandbox.Sandbox;
import io.arangoconsole.sandbox.SandboxConfig;
import io.arangoconsole.settings.ProfileStore;
import io.arangoconsole.settings.ProfilesDto;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
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
 * A saved active profile is where the console starts (no sandbox badge); its replica never answers, so after the
 * health probe's failures reads are served by the primary with the fallback label, writes by the primary.
 */
@ExtendWith(ApplicationExtension.class)
class ActiveProfileStartFxTest {

    @TempDir
    static Path home;
    private static Sandbox deployment;
    private static String deadReplica;
    private AppContext context;
    private ConsoleWindow window;

    @BeforeAll
    static void saveActiveProfile() throws Exception {
        deployment = Sandbox.start(SandboxConfig.defaults().withRecords(10));
        try (ServerSocket socket = new ServerSocket(0)) {
            deadReplica = "http://127.0.0.1:" + socket.getLocalPort();
        }
        ConnectionProfile profile = ConnectionProfile.of("prod", deployment.url(), "demo")
                .withSeparateReplica(List.of(deadReplica), "");
        new ProfileStore(home.resolve("config")).save(new ProfilesDto(ProfilesDto.CURRENT_VERSION, "prod",
                List.of(profile)));
    }

    @AfterAll
    static void stopDeployment() {
        deployment.close();
    }

    @Start
    void start(Stage primary) {
        window = ConsoleWindow.open(home, SandboxConfig.defaults().withRecords(10));
        context = window.context;
    }

    @AfterEach
    void close(FxRobot robot) {
        window.close(robot);
    }

    @Test
    void startsOnTheActiveProfileAndFallsBackToThePrimaryForReads(FxRobot robot) throws Exception {
        Label endpoint = robot.lookup("#endpointLabel").queryAs(Label.class);
        Label version = robot.lookup("#versionLabel").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !version.getText().isEmpty());
        assertEquals(deployment.url(), endpoint.getText());
        assertEquals("primary", robot.lookup("#targetBadge").queryAs(Label.class).getText());
        assertFalse(robot.lookup("#sandboxBadge").queryAs(Label.class).isVisible());

        // The probe runs every 5 s; two failures mark the replica down. A wait, not a timing assertion.
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS,
                () -> Route.FALLBACK.equals(context.route(Operation.READ).label()));
        assertEquals(deployment.url(), context.route(Operation.READ).target().endpoint());
        assertEquals(Route.PRIMARY, context.route(Operation.WRITE).label());

        robot.clickOn("Connections");
        assertEquals("replica unavailable, from primary", robot.lookup("#routeBadge").queryAs(Label.class).getText());
    }
}
