package io.arangoconsole.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.arangoconsole.core.connection.AuthMethod;
import io.arangoconsole.core.connection.ConnectionProfile;
import io.arangoconsole.core.connection.Environment;
import io.arangoconsole.core.connection.ReplicaMode;
import io.arangoconsole.core.connection.WireProtocol;
import io.arangoconsole.sandbox.Sandbox;
import io.arangoconsole.sandbox.SandboxConfig;
import io.arangoconsole.sandbox.SandboxMode;
import io.arangoconsole.sandbox.cluster.ClusterOptions;
import io.arangoconsole.settings.ProfileStore;
import io.arangoconsole.settings.ProfilesDto;
import io.arangoconsole.settings.Theme;
import io.arangoconsole.settings.WindowGeometry;
import io.arangoconsole.testing.FaultsApi;
import io.arangoconsole.ui.common.FxSnapshots;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
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
 * The Cluster pane on a profile of the sandbox cluster's three coordinators: a DB-Server stopped through the faults
 * API turns the summary red in the pane and the status bar; started again, it recovers. Pictures of both states go
 * to the screenshots directory as {@code cluster-flow-healthy.png} and {@code cluster-flow-failed.png}.
 */
@ExtendWith(ApplicationExtension.class)
class ClusterFxTest {

    @TempDir
    static Path home;
    private static Sandbox cluster;
    private static FaultsApi faults;
    private ConsoleWindow window;

    @BeforeAll
    static void saveClusterProfile() throws Exception {
        cluster = Sandbox.start(SandboxConfig.defaults().withRecords(300), SandboxMode.cluster(
                ClusterOptions.defaults().withTimings(ClusterOptions.Timings.REFERENCE.scaledDown(10)))
                .withFaultsApi());
        faults = new FaultsApi(cluster.url(), "");
        ConnectionProfile profile = new ConnectionProfile("cluster", cluster.urls(), ReplicaMode.NONE, List.of(), "",
                "demo", "root", AuthMethod.PASSWORD, false, "", true, WireProtocol.HTTP2, 5, 10,
                Environment.STAGING);
        new ProfileStore(home.resolve("config")).save(new ProfilesDto(ProfilesDto.CURRENT_VERSION, "cluster",
                List.of(profile)));
    }

    @AfterAll
    static void stopCluster() {
        cluster.close();
    }

    @Start
    void start(Stage primary) {
        window = ConsoleWindow.open(home, SandboxConfig.defaults().withRecords(10), c -> {
            c.settings().windowProperty().set(new WindowGeometry(0, 0, 1280, 800, false));
            c.settings().themeProperty().set(Theme.LIGHT);
        });
    }

    @AfterEach
    void close(FxRobot robot) {
        window.close(robot);
    }

    @Test
    void aStoppedDbServerTurnsTheSummaryRedAndItRecovers(FxRobot robot) throws Exception {
        Label version = robot.lookup("#versionLabel").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !version.getText().isEmpty());
        robot.clickOn("Cluster");
        Label summary = robot.lookup("#clusterSummary").queryAs(Label.class);
        Label status = robot.lookup("#clusterStatus").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> summary.getText().startsWith("3 of 3 DB-Servers good")
                && summary.getStyleClass().contains("success"));
        assertEquals(summary.getText(), status.getText(), "the status bar repeats the summary");
        assertEquals(9, robot.lookup("#clusterNodes").queryAs(TableView.class).getItems().size());
        assertFalse(robot.lookup("#clusterShards").queryAs(TableView.class).getItems().isEmpty());
        Path dir = ScreenshotsFxTest.outputDirectory();
        FxSnapshots.save(robot, window.stage, dir.resolve("cluster-flow-healthy.png"));

        faults.stop("DBServer0002");
        try {
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> summary.getText().startsWith("2 of 3")
                    && summary.getStyleClass().contains("danger"));
            assertTrue(status.getStyle().contains("danger"), "the status bar shows it red too");
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#clusterProblems")
                    .queryAs(Label.class).getText().contains("DBServer0002"));
            FxSnapshots.save(robot, window.stage, dir.resolve("cluster-flow-failed.png"));
        } finally {
            faults.start("DBServer0002");
        }
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> summary.getText().startsWith("3 of 3")
                && summary.getStyleClass().contains("success"));
        assertFalse(status.getStyle().contains("danger"));
    }
}
