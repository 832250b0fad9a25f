package io.arangoconsole.ui.overview;

import io.arangoconsole.ui.common.FxSnapshots;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.arangodb.model.PersistentIndexOptions;
import io.arangoconsole.core.connection.ConnectionTarget;
import io.arangoconsole.sandbox.Sandbox;
import io.arangoconsole.sandbox.SandboxConfig;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Overview with a replica that lags behind: the drift table appears and the lagging rows stand out. */
@ExtendWith(ApplicationExtension.class)
class OverviewDriftFxTest {

    private OverviewFixture fixture;
    private Stage stage;

    @Start
    void start(Stage primaryStage) {
        fixture = new OverviewFixture(Sandbox.start(SandboxConfig.defaults().withRecords(1_200)),
                Sandbox.start(SandboxConfig.defaults().withRecords(1_150)));
        for (ConnectionTarget t : List.of(fixture.primaryTarget, fixture.replicaTarget)) {
            fixture.clients.client(t).db("demo").collection("va_table").ensurePersistentIndex(
                    List.of("submissiondate"), new PersistentIndexOptions());
        }
        fixture.show(io.arangoconsole.core.stats.DemoChoices::overrides);
        stage = fixture.stage();
    }

    @AfterEach
    void stop(FxRobot robot) {
        fixture.close(robot);
    }

    @Test
    void theDriftTableShowsTheReplicaBehind(FxRobot robot) throws Exception {
        TableView<DriftLine> table = robot.lookup("#driftTable").queryTableView();
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> table.getItems().size() == 3);
        DriftLine va = table.getItems().get(2);
        assertEquals("va_table", va.collection());
        assertEquals("replica 50 behind", va.difference());
        assertTrue(va.lag().endsWith(" behind") || va.lag().equals("in step"), va.lag());
        assertTrue(va.replicaLatest().endsWith("≠") || va.primaryLatest().equals(va.replicaLatest()), va.toString());
        assertTrue(robot.lookup("#driftBox").query().isVisible());
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup(".drifted").tryQuery().isPresent());

        assertTrue(robot.lookup("#shards-va_table").tryQuery().isEmpty(), "no cluster lines on a single server");
        assertEquals("Replica drift and lag", robot.lookup("#driftTitle").queryAs(javafx.scene.control.Label.class)
                .getText());
        FxSnapshots.save(robot, stage, Path.of("target", "overview-drift.png"));
    }
}
