package io.arangoconsole.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.arangoconsole.core.arango.IndexConnections;
import io.arangoconsole.core.connection.ConnectionProfile;
import io.arangoconsole.core.connection.ConnectionTarget;
import io.arangoconsole.core.indexes.IndexSpec;
import io.arangoconsole.sandbox.Sandbox;
import io.arangoconsole.sandbox.SandboxConfig;
import io.arangoconsole.settings.ProfileStore;
import io.arangoconsole.settings.ProfilesDto;
import io.arangoconsole.ui.common.FxSnapshots;
import io.arangoconsole.ui.sync.SyncHistoryRow;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
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
 * Headless, in a 1024x700 window: pick a saved profile as the source, pick its collection from the listed ones,
 * take the offered indexed watermark, and run the sync; the form must fit the window.
 */
@ExtendWith(ApplicationExtension.class)
class SyncPickersFxTest {

    @TempDir
    static Path home;
    static Sandbox staging;
    private ConsoleWindow window;

    @BeforeAll
    static void startStaging() throws Exception {
        staging = Sandbox.start(SandboxConfig.defaults().withRecords(400));
        try (IndexConnections indexes = new IndexConnections()) {
            indexes.gateway(new ConnectionTarget(staging.url(), "root", "", "demo", ConnectionTarget.Label.PRIMARY))
                    .create(IndexSpec.of("ccva_results", "created_at", "_key"));
        }
        new ProfileStore(home.resolve("config")).save(new ProfilesDto(ProfilesDto.CURRENT_VERSION, null,
                List.of(ConnectionProfile.of("staging", staging.url(), "demo"))));
    }

    @AfterAll
    static void stopStaging() {
        staging.close();
    }

    @Start
    void start(Stage primary) {
        window = ConsoleWindow.open(home, SandboxConfig.defaults().withRecords(0));
        window.stage.setWidth(1024);
        window.stage.setHeight(700);
    }

    @AfterEach
    void close(FxRobot robot) {
        window.close(robot);
    }

    @Test
    void pickASavedSourceItsCollectionAndTheIndexedWatermarkThenSync(FxRobot robot) throws Exception {
        Label version = robot.lookup("#versionLabel").queryAs(Label.class);
        waitUntil(() -> !version.getText().isEmpty());
        robot.clickOn("Sync");
        ComboBox<?> server = robot.lookup("#sourceServer").queryAs(ComboBox.class);
        waitUntil(() -> server.getItems().size() == 2);

        robot.clickOn(server);
        robot.clickOn(cell(robot, "staging"));
        ComboBox<?> collection = robot.lookup("#sourceCollection").queryAs(ComboBox.class);
        waitUntil(() -> collection.getItems().contains("ccva_results"));
        assertEquals(List.of("ccva_results", "system_configs", "va_table"), collection.getItems());
        assertEquals(List.of("_system", "demo"),
                robot.lookup("#sourceDatabase").queryAs(ComboBox.class).getItems());
        assertEquals(List.of("ccva_results", "system_configs", "va_table"),
                robot.lookup("#targetCollection").queryAs(ComboBox.class).getItems());

        robot.clickOn(collection.lookup(".arrow-button"));
        robot.clickOn(cell(robot, "ccva_results"));
        ComboBox<?> watermark = robot.lookup("#watermark").queryAs(ComboBox.class);
        waitUntil(() -> "created_at".equals(watermark.getValue()));
        assertEquals(List.of("created_at"), watermark.getItems());
        Label status = robot.lookup("#pickerStatus").queryAs(Label.class);
        assertEquals("1 indexed attribute of 'ccva_results' offered as watermark.", status.getText());

        FxSnapshots.save(robot, window.stage, Path.of("target", "screenshots", "sync-pickers-1024x700.png"));
        assertFitsTheWindow(robot);

        robot.clickOn("#targetCollection").write("picked_copy");
        robot.clickOn("#startButton");
        TableView<SyncHistoryRow> history = robot.lookup("#historyTable").queryTableView();
        waitUntil(() -> history.getItems().stream().anyMatch(r -> r.job().contains("picked_copy")));
        SyncHistoryRow row = history.getItems().stream().filter(r -> r.job().contains("picked_copy")).findFirst()
                .orElseThrow();
        assertEquals(String.valueOf(staging.store().database("demo").collection("ccva_results").count()),
                row.written().replace(",", ""), "every document of the picked collection");

        // The file source's form fits as well.
        robot.clickOn("#sourceKind");
        robot.clickOn("File (JSONL, CSV)");
        waitUntil(() -> robot.lookup("#sourceFile").query().isVisible());
        FxSnapshots.save(robot, window.stage, Path.of("target", "screenshots", "sync-file-1024x700.png"));
        assertFitsTheWindow(robot);
    }

    /** Every control of the form is inside the window, wide enough for its label, and the jobs list still shows. */
    private void assertFitsTheWindow(FxRobot robot) {
        double width = window.stage.getScene().getWidth();
        double height = window.stage.getScene().getHeight();
        Node form = robot.lookup(".sync-form").query();
        for (Node node : robot.from(form).lookup((Node n) -> n instanceof Control && shown(n)).queryAll()) {
            Bounds b = node.localToScene(node.getBoundsInLocal());
            assertTrue(b.getMaxX() <= width + 0.5 && b.getMaxY() <= height + 0.5,
                    node.getId() + " outside the 1024x700 window: " + b);
            if (node instanceof Label label && label.getId() == null) {
                assertTrue(label.getWidth() + 0.5 >= label.prefWidth(-1), "label cut: " + label.getText());
            }
        }
        Node jobs = robot.lookup("#jobsTable").query();
        assertTrue(jobs.getLayoutBounds().getHeight() >= 60, "the jobs list is squeezed to "
                + jobs.getLayoutBounds().getHeight() + " px");
    }

    /** Visible with all its ancestors, as a person would see it. */
    private static boolean shown(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    private static Node cell(FxRobot robot, String text) throws TimeoutException {
        waitUntil(() -> robot.lookup((Node n) -> n instanceof ListCell<?> c && text.equals(c.getText())
                && c.isVisible()).tryQuery().isPresent());
        return robot.lookup((Node n) -> n instanceof ListCell<?> c && text.equals(c.getText()) && c.isVisible())
                .query();
    }

    private static void waitUntil(Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, condition);
    }
}
