package io.arangoconsole.app;

import io.arangoconsole.ui.common.FxSnapshots;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.arangoconsole.core.indexes.DiffRow;
import io.arangoconsole.core.indexes.DiffStatus;
import io.arangoconsole.sandbox.SandboxConfig;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableRow;
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

/** The Indexes pane in the real window, headless, on the embedded sandbox: "Create all missing", then all present. */
@ExtendWith(ApplicationExtension.class)
class IndexesFxTest {
    private static final Set<String> SATISFIED = Set.of("PRESENT", "REDUNDANT");
    @TempDir
    static Path home;
    private AppContext context;
    private ConsoleWindow window;
    private Stage stage;

    @Start
    void start(Stage primary) {
        window = ConsoleWindow.open(home, SandboxConfig.defaults().withRecords(2_000));
        context = window.context;
        stage = window.stage;
    }

    @AfterEach
    void close(FxRobot robot) {
        window.close(robot);
    }

    @Test
    void createAllMissingThenEveryPlannedIndexShowsAsPresent(FxRobot robot) throws Exception {
        robot.clickOn("Indexes");
        TableView<DiffRow> table = robot.lookup("#diffTable").queryTableView();
        try {
            waitUntil(() -> badges(robot).size() >= 6);
        } catch (TimeoutException e) {
            throw new AssertionError("no diff: error '" + context.indexes().errorProperty().get() + "', disabled '"
                    + context.indexes().disabledReasonProperty().get() + "'", e);
        }
        assertTrue(badges(robot).contains("MISSING"), "before: " + badges(robot));
        assertTrue(badges(robot).contains("REDUNDANT"), "the _key row and single fields leading a compound: "
                + badges(robot));

        robot.clickOn("Proof");
        robot.clickOn("#proofButton");
        waitUntil(() -> !robot.lookup("#proofButton").queryButton().isDisabled()
                && !robot.lookup("#proofTable").queryTableView().getItems().isEmpty());
        robot.clickOn("Build queue");

        Button createAll = robot.lookup("Create all missing").queryButton();
        assertFalse(createAll.isDisabled());
        robot.clickOn(createAll);
        waitUntil(() -> table.getItems().stream().noneMatch(r -> r.status() == DiffStatus.MISSING)
                && !table.getItems().isEmpty());
        waitUntil(() -> !badges(robot).isEmpty() && !badges(robot).contains("MISSING"));

        List<String> shown = badges(robot);
        assertFalse(shown.isEmpty());
        assertTrue(SATISFIED.containsAll(shown), "every planned index present or served by another: " + shown);
        assertTrue(table.getItems().stream().allMatch(r -> SATISFIED.contains(r.status().name())));
        assertTrue(createAll.isDisabled(), "nothing left to create");
        // the queue's table follows its jobs at most 10 times a second, so it may trail the diff by one update
        TableView<?> jobTable = robot.lookup("#jobTable").queryTableView();
        waitUntil(() -> jobTable.getItems().size() >= 6);
        assertEquals(6, jobTable.getItems().size(), "one job per missing index");
        FxSnapshots.save(robot, stage, Path.of("target", "indexes-queue.png"));

        robot.clickOn("Proof");
        robot.clickOn("#proofButton");
        waitUntil(() -> !robot.lookup("#proofButton").queryButton().isDisabled());
        FxSnapshots.save(robot, stage, Path.of("target", "indexes.png"));
        robot.clickOn("#themeButton");
        FxSnapshots.save(robot, stage, Path.of("target", "indexes-dark.png"));
        robot.clickOn("#themeButton");
    }

    @Test
    void createOneThenDropAfterAConfirmationNamingIndexAndCollection(FxRobot robot) throws Exception {
        robot.clickOn("Indexes");
        TableView<DiffRow> table = robot.lookup("#diffTable").queryTableView();
        waitUntil(() -> badges(robot).size() >= 6);

        robot.clickOn(rowOf(robot, "status"));
        robot.clickOn("#createButton");
        waitUntil(() -> status(table, "va_table", "status") == DiffStatus.PRESENT);
        String name = table.getItems().stream().filter(r -> r.fields().equals(List.of("status"))).findFirst()
                .orElseThrow().name();

        // Selected through the table's model: a second click on the re-rendered table can land on another row.
        robot.interact(() -> table.getSelectionModel().select(table.getItems().stream()
                .filter(r -> r.collection().equals("va_table") && r.fields().equals(List.of("status")))
                .findFirst().orElseThrow()));
        try {
            waitUntil(() -> !robot.lookup("#dropButton").queryButton().isDisabled());
        } catch (TimeoutException e) {
            throw new AssertionError("drop stays disabled: selected " + context.indexes().selectedProperty().get()
                    + ", disabled '" + context.indexes().disabledReasonProperty().get() + "', table selection "
                    + table.getSelectionModel().getSelectedItem(), e);
        }
        // Del, as the View menu says, asks the same question; Enter keeps the index
        robot.interact(table::requestFocus);
        robot.type(javafx.scene.input.KeyCode.DELETE);
        waitUntil(() -> robot.lookup("#confirmKeep").tryQuery().isPresent());
        assertTrue(robot.lookup("#confirmKeep").queryButton().isDefaultButton(), "Keep, the safe choice, is the default");
        robot.type(javafx.scene.input.KeyCode.ENTER);
        waitUntil(() -> robot.lookup("#confirmKeep").tryQuery().isEmpty());
        robot.interact(() -> context.indexes().refresh()); // read the server again: a drop would show as MISSING
        waitUntil(() -> !context.indexes().busyProperty().get());
        assertEquals(DiffStatus.PRESENT, status(table, "va_table", "status"), "Enter kept the index");

        robot.clickOn("#dropButton");
        waitUntil(() -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        Label header = robot.lookup(".dialog-pane .header-panel .label").queryAs(Label.class);
        assertEquals("Drop index " + name + " on collection va_table?", header.getText());
        robot.clickOn("Drop");
        waitUntil(() -> status(table, "va_table", "status") == DiffStatus.MISSING);
    }

    /** The visible row of the diff table showing va_table's planned index on {@code field}. */
    @SuppressWarnings("unchecked")
    private static Node rowOf(FxRobot robot, String field) {
        return robot.lookup("#diffTable").lookup(".table-row-cell").queryAll().stream()
                .filter(n -> n.isVisible() && n instanceof TableRow<?> r && r.getItem() instanceof DiffRow d
                        && d.collection().equals("va_table") && d.fields().equals(List.of(field)))
                .findFirst().orElseThrow();
    }

    private static DiffStatus status(TableView<DiffRow> table, String collection, String field) {
        return table.getItems().stream().filter(r -> r.collection().equals(collection)
                && r.fields().equals(List.of(field))).findFirst().map(DiffRow::status).orElse(null);
    }

    private static List<String> badges(FxRobot robot) {
        Node table = robot.lookup("#diffTable").query();
        return table.lookupAll(".index-badge").stream().filter(n -> n instanceof Label && n.isVisible()
                && ((Label) n).getParent() != null && ((Label) n).getParent().isVisible())
                .map(n -> ((Label) n).getText()).toList();
    }

    private static void waitUntil(Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, condition);
    }

}
