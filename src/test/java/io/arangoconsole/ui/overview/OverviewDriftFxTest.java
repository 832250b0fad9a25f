package io.arangoconsole.ui.overview;

import io.arangoconsole.ui.common.FxSnapshots;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlantafx.base.theme.PrimerLight;
import com.arangodb.model.PersistentIndexOptions;
import io.arangoconsole.core.arango.ArangoClients;
import io.arangoconsole.core.arango.StatsSessions;
import io.arangoconsole.core.connection.ConnectionTarget;
import io.arangoconsole.core.routing.EndpointHealth;
import io.arangoconsole.core.routing.Router;
import io.arangoconsole.core.stats.StatsSettings;
import io.arangoconsole.sandbox.Sandbox;
import io.arangoconsole.sandbox.SandboxConfig;
import io.arangoconsole.ui.common.FxPoller;
import io.arangoconsole.ui.common.FxTaskRunner;
import io.arangoconsole.ui.common.Views;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Scene;
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

    private Sandbox primary;
    private Sandbox replica;
    private ArangoClients clients;
    private ExecutorService executor;
    private OverviewViewModel model;
    private Stage stage;

    @Start
    void start(Stage primaryStage) {
        // A stage of its own: the primary stage is shared by every TestFX class in this JVM.
        this.stage = new Stage();
        primary = Sandbox.start(SandboxConfig.defaults().withRecords(1_200));
        replica = Sandbox.start(SandboxConfig.defaults().withRecords(1_150));
        clients = new ArangoClients();
        executor = Executors.newFixedThreadPool(2);
        ConnectionTarget p = new ConnectionTarget(primary.url(), "root", "", "demo", ConnectionTarget.Label.PRIMARY);
        ConnectionTarget r = new ConnectionTarget(replica.url(), "root", "", "demo", ConnectionTarget.Label.REPLICA);
        for (ConnectionTarget t : List.of(p, r)) {
            clients.client(t).db("demo").collection("va_table").ensurePersistentIndex(List.of("submissiondate"),
                    new PersistentIndexOptions());
        }
        Router<ConnectionTarget> router = new Router<>(p, r, new EndpointHealth(1));
        StatsSessions sessions = new StatsSessions(clients, StatsSettings.defaults(), executor);
        model = new OverviewViewModel(new SimpleObjectProperty<>(p), t -> sessions.open(router,
                io.arangoconsole.core.stats.DemoChoices.overrides()), new FxTaskRunner(executor), new FxPoller(executor), Clock.systemUTC());
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        Scene scene = new Scene(Views.load(new OverviewView(model)), 1000, 820);
        scene.getStylesheets().add(getClass().getResource("/io/arangoconsole/ui/app.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void stop(FxRobot robot) {
        robot.interact(() -> {
            model.deactivate();
            stage.close();
        });
        model.close();
        executor.shutdownNow();
        clients.close();
        replica.close();
        primary.close();
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
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(".drifted").tryQuery().isPresent());

        FxSnapshots.save(robot, stage, Path.of("target", "overview-drift.png"));
    }
}
