package io.arangoconsole.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.arangoconsole.core.monitoring.AlertEvent;
import io.arangoconsole.core.monitoring.CacheSummary;
import io.arangoconsole.core.monitoring.ThresholdRule;
import java.time.Duration;
import io.arangoconsole.core.stats.CollectionCatalog;
import io.arangoconsole.sandbox.SandboxConfig;
import io.arangoconsole.settings.AppDirs;
import io.arangoconsole.settings.MonitoringSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.chart.LineChart;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
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
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        AppDirs dirs = new AppDirs(home.resolve("config"), home.resolve("data"));
        context = AppContext.create(dirs, SandboxConfig.defaults().withRecords(2_000));
        // The sandbox's document cache is cold, so this rule fires on the first scrapes: a notification and a mark.
        context.settings().monitoringProperty().set(new MonitoringSettings(1,
                List.of(ThresholdRule.cacheHitRateBelow(0.5, Duration.ZERO))));
        // A real console cache, used a little, so the table has a row with hits and misses.
        CollectionCatalog catalog = new CollectionCatalog(() -> List.of("people", "results"));
        catalog.exists("people");
        catalog.exists("people");
        catalog.exists("nothing");
        context.monitoring().caches.register("collection existence", catalog::cacheStats);
        new MainWindow(stage, context).show();
        context.startShell();
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(() -> {
            context.monitoring().model.stop();
            context.shell().deactivate();
        });
        context.close();
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
        snapshot(robot, Path.of("target", "caches-pane.png"));

        robot.clickOn("Queries");
        Label summary = robot.lookup("#summaryLabel").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> summary.getText().contains("queries/s"));
        TableView<?> timings = robot.lookup("#timingsTable").queryTableView();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !timings.getItems().isEmpty());
        snapshot(robot, Path.of("target", "queries-pane.png"));
        robot.clickOn("#themeButton");
        snapshot(robot, Path.of("target", "queries-pane-dark.png"));
        robot.clickOn("Caches");
        snapshot(robot, Path.of("target", "caches-pane-dark.png"));
        robot.clickOn("#themeButton");
    }

    private void snapshot(FxRobot robot, Path file) throws IOException {
        WaitForAsyncUtils.waitForFxEvents();
        WritableImage[] holder = new WritableImage[1];
        robot.interact(() -> holder[0] = stage.getScene().snapshot(null));
        Files.createDirectories(file.getParent());
        ImageIO.write(SwingFXUtils.fromFXImage(holder[0], null), "png", file.toFile());
    }
}
