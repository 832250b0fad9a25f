package io.arangoconsole.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.arangoconsole.core.sync.SyncState;
import io.arangoconsole.sandbox.Sandbox;
import io.arangoconsole.sandbox.SandboxConfig;
import io.arangoconsole.ui.sync.SyncJobRow;
import io.arangoconsole.settings.WindowGeometry;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ListCell;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.TableView;
import javafx.scene.control.TitledPane;
import javafx.stage.Stage;
import io.arangoconsole.ui.shell.PaneId;
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
 * The Sync pane at 1024x700, the smallest window the layout promises: the form no longer squeezes Jobs to one row and
 * cuts History off; both tables show their header and at least two rows inside the window (the form scrolls for the
 * rest), and collapsing the form gives them its height. The form's Start button is in view without scrolling, and
 * every column of Jobs (its Pause and Cancel too) and of History fits across the table, with no sideways scroll.
 * No label, header or placeholder of the pane is cut, and once a sync has run, its Done text in Jobs is whole; a full
 * re-sync then asks first, with the safe button as the default.
 */
@ExtendWith(ApplicationExtension.class)
class SyncLayoutFxTest {
    /** Header plus two rows of a default table: the form keeps priority while both tables keep this much. */
    private static final double USABLE = 72;

    /** A ceiling that only a real fault reaches: the test waits for what it checks, never for a fixed time. */
    private static final long CEILING_SECONDS = 60;

    @TempDir
    static Path home;
    private static Sandbox source;
    private ConsoleWindow window;

    @BeforeAll
    static void startSource() {
        source = Sandbox.start(SandboxConfig.defaults().withRecords(300));
    }

    @AfterAll
    static void stopSource() {
        source.close();
    }

    @Start
    void start(Stage primary) {
        window = ConsoleWindow.open(home, SandboxConfig.defaults().withRecords(500), c -> c.settings()
                .windowProperty().set(new WindowGeometry(0, 0, 1024, 700, false)));
    }

    @AfterEach
    void close(FxRobot robot) {
        window.close(robot);
    }

    @Test
    void jobsAndHistoryKeepSeveralRowsInsideTheWindowAt1024x700(FxRobot robot) throws Exception {
        ListView<PaneId> navigation = robot.lookup("#navigation").queryListView();
        robot.clickOn(robot.from(navigation).lookup(".list-cell")
                .match((ListCell<?> c) -> c.getItem() == PaneId.SYNC).<Node>query());
        waitUntil(() -> robot.lookup("#historyTable").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        TableView<?> jobs = robot.lookup("#jobsTable").queryTableView();
        TableView<?> history = robot.lookup("#historyTable").queryTableView();
        TitledPane form = robot.lookup("#syncForm").queryAs(TitledPane.class);
        double windowHeight = window.stage.getScene().getHeight();
        assertTrue(window.stage.getWidth() <= 1024 && windowHeight <= 700, "the window is 1024x700");
        double statusTop = robot.lookup("#statusBar").query().localToScene(
                robot.lookup("#statusBar").query().getLayoutBounds()).getMinY();

        assertUsable("Jobs", jobs, statusTop);
        assertUsable("History", history, statusTop);
        assertTrue(form.isExpanded(), "the form is open at first");
        assertInView("the Start button", robot.lookup("#startButton").query(),
                robot.lookup("#syncFormScroll").query(), statusTop);
        assertColumnsAcross(jobs);
        assertColumnsAcross(history);
        assertEquals(List.of(), cutNow(), "labels, headers or placeholders cut in the Sync pane at 1024x700");

        double jobsBefore = jobs.getHeight();
        double historyBefore = history.getHeight();
        robot.interact(() -> form.setExpanded(false));
        // the layout pulse that gives the tables the form's height, however late it comes on a loaded machine
        waitUntil(() -> jobs.getHeight() > jobsBefore + 50 && history.getHeight() > historyBefore + 50);
        assertUsable("Jobs with the form collapsed", jobs, statusTop);
        assertUsable("History with the form collapsed", history, statusTop);
    }

    @Test
    void aFinishedSyncShowsItsDoneTextWholeAndHistoryFitsAt1024x700(FxRobot robot) throws Exception {
        ListView<PaneId> navigation = robot.lookup("#navigation").queryListView();
        robot.clickOn(robot.from(navigation).lookup(".list-cell")
                .match((ListCell<?> c) -> c.getItem() == PaneId.SYNC).<Node>query());
        waitUntil(() -> robot.lookup("#startButton").tryQuery().isPresent());
        robot.interact(() -> {
            robot.lookup("#sourceUrl").queryAs(TextField.class).setText(source.url());
            type(robot, "#sourceDatabase", "demo");
            type(robot, "#sourceCollection", "va_table");
            type(robot, "#targetCollection", "layout_copy");
            type(robot, "#watermark", "submissiondate");
        });
        robot.clickOn("#startButton");
        TableView<SyncJobRow> jobs = robot.lookup("#jobsTable").queryTableView();
        waitUntil(() -> jobs.getItems().size() == 1 && jobs.getItems().get(0).stateProperty().get().isFinal());
        assertEquals(SyncState.SUCCEEDED, jobs.getItems().get(0).stateProperty().get(),
                jobs.getItems().get(0).statusProperty().get());
        TableView<?> history = robot.lookup("#historyTable").queryTableView();
        waitUntil(() -> history.getItems().size() == 1);
        // the finished row's cells are laid out in the pulse after the last update: wait for its Done text
        waitUntil(() -> robot.from(jobs).lookup(".table-row-cell .label").queryAll().stream()
                .anyMatch(n -> n instanceof javafx.scene.control.Labeled l && l.getText() != null
                        && l.getText().contains("written")));
        assertEquals(List.of(), cutNow(), "a cut text in the Sync pane at 1024x700 after a sync");
        assertColumnsAcross(history);

        // a full re-sync copies everything again: it asks first, and Enter keeps (starts nothing)
        robot.interact(() -> robot.lookup("#full").queryAs(javafx.scene.control.CheckBox.class).setSelected(true));
        robot.clickOn("#startButton");
        waitUntil(() -> robot.lookup("#confirmKeep").tryQuery().isPresent());
        assertTrue(robot.lookup("#confirmKeep").queryButton().isDefaultButton(), "the safe button is the default");
        robot.type(javafx.scene.input.KeyCode.ENTER);
        waitUntil(() -> robot.lookup("#confirmKeep").tryQuery().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, jobs.getItems().size(), "Enter started no full re-sync");
    }

    /** Fills an editable combo box, as typing and leaving the field does (fields below the form's fold too). */
    @SuppressWarnings("unchecked")
    private static void type(FxRobot robot, String id, String text) {
        ComboBox<String> box = robot.lookup(id).queryAs(ComboBox.class);
        box.setValue(text);
    }

    private List<String> cutNow() throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> Elisions.under(window.stage.getScene().getRoot())).get();
    }

    private static void waitUntil(Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(CEILING_SECONDS, TimeUnit.SECONDS, condition);
    }

    /** {@code node} lies whole inside the window, above the status bar, and outside the form's scrolling part. */
    private static void assertInView(String what, Node node, Node scroll, double statusTop) {
        Bounds shown = node.localToScene(node.getLayoutBounds());
        Bounds scrolled = scroll.localToScene(scroll.getLayoutBounds());
        assertTrue(node.isVisible() && shown.getMinY() >= 0 && shown.getMaxY() <= statusTop
                && shown.getMinX() >= 0 && shown.getMaxX() <= 1024, what + " is at " + shown + ", outside the window");
        assertTrue(shown.getMinY() >= scrolled.getMaxY() - 1, what + " is at " + shown.getMinY()
                + ", inside the form's scrolling part (ending at " + scrolled.getMaxY() + "): a scroll would hide it");
    }

    /** Every column's header ends inside the table: nothing needs a sideways scroll, the buttons' column included. */
    private static void assertColumnsAcross(TableView<?> table) {
        Bounds shown = table.localToScene(table.getLayoutBounds());
        for (Node header : table.lookupAll(".column-header")) {
            Bounds at = header.localToScene(header.getLayoutBounds());
            assertTrue(at.getMaxX() <= shown.getMaxX() + 1, "a column of " + table.getId() + " ends at "
                    + at.getMaxX() + ", past the table's right edge at " + shown.getMaxX());
        }
    }

    private static void assertUsable(String what, TableView<?> table, double statusTop) {
        Bounds shown = table.localToScene(table.getLayoutBounds());
        assertTrue(table.getHeight() >= USABLE, what + " is " + table.getHeight() + " px high: header and 2 rows need "
                + USABLE);
        assertTrue(shown.getMaxY() <= statusTop + 1, what + " ends at " + shown.getMaxY()
                + ", under the status bar at " + statusTop);
    }
}
