package io.arangoconsole.app;

import io.arangoconsole.ui.common.FxSnapshots;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.arangoconsole.core.monitoring.AlertEvent;
import io.arangoconsole.core.arango.ArangoClients;
import io.arangoconsole.core.connection.ConnectionTarget;
import io.arangoconsole.core.monitoring.CacheSummary;
import io.arangoconsole.core.monitoring.RunningQuery;
import io.arangoconsole.core.monitoring.ThresholdRule;
import java.time.Duration;
import io.arangoconsole.core.stats.CollectionCatalog;
import io.arangoconsole.sandbox.SandboxConfig;
import io.arangoconsole.settings.MonitoringSettings;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.chart.LineChart;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Caches and Queries panes, headless, on the embedded sandbox with the real sampler and history. */
@ExtendWith(ApplicationExtension.class)
class MonitoringPanesFxTest {

    @TempDir
    static Path home;
    private AppContext context;
    private ConsoleWindow window;
    private Stage stage;

    @Start
    void start(Stage primary) {
        window = ConsoleWindow.open(home, SandboxConfig.defaults().withRecords(2_000), c -> {
            // The sandbox's document cache is cold, so this rule fires on the first scrapes: a notification and a
            // mark.
            c.settings().monitoringProperty().set(new MonitoringSettings(1,
                    List.of(ThresholdRule.cacheHitRateBelow(0.5, Duration.ZERO))));
            // A real console cache, used a little, so the table has a row with hits and misses.
            CollectionCatalog catalog = new CollectionCatalog(() -> List.of("people", "results"));
            catalog.exists("people");
            catalog.exists("people");
            catalog.exists("nothing");
            c.monitoring().caches.register("collection existence", catalog::cacheStats);
        });
        context = window.context;
        stage = window.stage;
    }

    @AfterEach
    void close(FxRobot robot) {
        window.close(robot);
    }

    @Test
    void cachesPaneShowsConsoleCachesAndServerHitRates(FxRobot robot) throws Exception {
        robot.clickOn("Caches");
        TableView<CacheSummary> table = robot.lookup("#consoleTable").queryTableView();
        Label recent = robot.lookup("#hitRecent").queryAs(Label.class);
        Label lifetime = robot.lookup("#hitLifetime").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> recent.getText().endsWith("%"));
        assertEquals("collection existence", table.getItems().get(0).name());
        assertTrue(table.getItems().get(0).hits() >= 1);
        assertTrue(lifetime.getText().endsWith("%"), lifetime.getText());
        assertEquals("not reported by this server", robot.lookup("#planCache").queryAs(Label.class).getText());
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> robot.lookup("#modeChoice").queryComboBox().getValue() != null);
        assertTrue(List.of("off", "on", "demand").contains(robot.lookup("#modeChoice").queryComboBox().getValue()));
        LineChart<?, ?> chart = robot.lookup("#hitChart").queryAs(LineChart.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !chart.getData().isEmpty()
                && chart.getData().get(0).getData().size() >= 2);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> chart.getData().stream()
                .anyMatch(series -> series.getName().startsWith("alert: server.cache.hit_rate_recent below")));
        AlertEvent fired = context.monitoring().model.events().get(context.monitoring().model.events().size() - 1);
        assertEquals(AlertEvent.Transition.FIRED, fired.transition());
        TableView<?> pool = robot.lookup("#poolTable").queryTableView();
        assertFalse(pool.getItems().isEmpty(), "the scraped endpoint shows in the pool table");
        FxSnapshots.save(robot, stage, Path.of("target", "caches-pane.png"));

        robot.clickOn("Queries");
        Label summary = robot.lookup("#summaryLabel").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> summary.getText().contains("queries/s"));
        TableView<?> timings = robot.lookup("#timingsTable").queryTableView();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !timings.getItems().isEmpty());
        FxSnapshots.save(robot, stage, Path.of("target", "queries-pane.png"));
        robot.clickOn("Alerts…");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        DialogPane alerts = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertTrue(robot.lookup(".dialog-pane .list-view").queryListView().getItems().size() == 1,
                "the rule from the settings is listed");
        FxSnapshots.save(robot, alerts.getScene().getWindow(), Path.of("target", "alerts-dialog.png"));
        robot.interact(() -> alerts.getScene().getWindow().hide());
        robot.clickOn("#themeButton");
        FxSnapshots.save(robot, stage, Path.of("target", "queries-pane-dark.png"));
        robot.clickOn("Caches");
        FxSnapshots.save(robot, stage, Path.of("target", "caches-pane-dark.png"));
        robot.clickOn("#themeButton");
    }

    @Test
    void queriesPaneKillsARunningQueryAfterConfirmation(FxRobot robot) throws Exception {
        robot.clickOn("Queries");
        Label endpoint = robot.lookup("#endpointLabel").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> context.shell().targetProperty().get() != null
                && !robot.lookup("#versionLabel").queryAs(Label.class).getText().isEmpty());
        ConnectionTarget target = context.shell().targetProperty().get();
        Thread sleeper = new Thread(() -> {
            try (ArangoClients own = new ArangoClients()) {
                own.client(target).db(target.database()).query("RETURN SLEEP(120)", Object.class).asListRemaining();
            } catch (RuntimeException expected) {
                // killed
            }
        });
        sleeper.start();
        TableView<RunningQuery> running = robot.lookup("#runningTable").queryTableView();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !running.getItems().isEmpty());
        robot.interact(() -> {
            running.getSelectionModel().select(0);
            running.requestFocus();
        });
        javafx.scene.control.Button kill = robot.lookup("#killButton").queryButton();
        assertFalse(kill.isDisabled());
        // Del, as the View menu and F1 say: it asks first, and Enter keeps the query running
        robot.type(javafx.scene.input.KeyCode.DELETE);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#confirmKeep").tryQuery().isPresent());
        robot.type(javafx.scene.input.KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#confirmKeep").tryQuery().isEmpty());
        assertTrue(sleeper.isAlive(), "Enter kept the query running");
        robot.interact(running::requestFocus);
        robot.type(javafx.scene.input.KeyCode.DELETE);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        DialogPane dialog = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        String shown = dialog.lookupAll(".label").stream().filter(n -> n instanceof Label)
                .map(n -> ((Label) n).getText()).reduce("", (a, b) -> a + " " + b);
        assertTrue(shown.contains("RETURN SLEEP(120)"), shown);
        assertTrue(((javafx.scene.control.Button) dialog.lookup("#confirmKeep")).isDefaultButton(),
                "Enter keeps the query running");
        robot.clickOn(dialog.lookup("#confirmAction"));
        Label message = robot.lookup("#killMessage").queryAs(Label.class);
        try {
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> message.getText().endsWith("killed."));
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("no kill confirmation, message: '" + message.getText() + "'", e);
        }
        sleeper.join(30_000);
        assertFalse(sleeper.isAlive(), "the query was killed long before its 120 s (a loaded machine must not let it end by itself first): " + endpoint.getText());
        // The killed query may still be listed for an instant; the next poll drops it.
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> running.getItems().isEmpty());
    }

    @Test
    void clearingTheSlowLogAsksFirstAndEnterKeepsIt(FxRobot robot) throws Exception {
        robot.clickOn("Queries");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> context.shell().targetProperty().get() != null
                && !robot.lookup("#versionLabel").queryAs(Label.class).getText().isEmpty());
        ConnectionTarget target = context.shell().targetProperty().get();
        try (ArangoClients own = new ArangoClients()) {
            com.arangodb.ArangoDatabase db = own.client(target).db(target.database());
            com.arangodb.entity.QueryTrackingPropertiesEntity props = db.getQueryTrackingProperties();
            props.setSlowQueryThreshold(0L);
            props.setEnabled(true);
            props.setTrackSlowQueries(true);
            db.setQueryTrackingProperties(props);
            db.query("FOR i IN 1..3 RETURN i", Object.class).asListRemaining();
            TableView<RunningQuery> slow = robot.lookup("#slowTable").queryTableView();
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !slow.getItems().isEmpty());

            javafx.scene.control.Button clear = robot.lookup("#clearButton").queryButton();
            // the button may be below the pane's fold; the dialog it opens waits, so fire it from a later FX event
            javafx.application.Platform.runLater(clear::fire);
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#confirmKeep").tryQuery().isPresent());
            DialogPane dialog = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
            assertTrue(((javafx.scene.control.Button) dialog.lookup("#confirmKeep")).isDefaultButton(),
                    "the safe choice, keeping the log, is the default");
            robot.type(javafx.scene.input.KeyCode.ENTER);
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#confirmKeep").tryQuery().isEmpty());
            assertFalse(db.getSlowQueries().isEmpty(), "Enter kept the server's slow log");

            javafx.application.Platform.runLater(clear::fire);
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#confirmAction").tryQuery().isPresent());
            robot.clickOn(robot.lookup("#confirmAction").queryAs(javafx.scene.Node.class));
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> db.getSlowQueries().isEmpty());
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, slow.getItems()::isEmpty);
        }
    }
}
