package io.arangoconsole.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.arangodb.ArangoDatabase;
import com.arangodb.entity.QueryTrackingPropertiesEntity;
import io.arangoconsole.core.arango.ArangoClients;
import io.arangoconsole.core.connection.ConnectionTarget;
import io.arangoconsole.core.monitoring.RunningQuery;
import io.arangoconsole.sandbox.SandboxConfig;
import io.arangoconsole.ui.common.FxSnapshots;
import io.arangoconsole.ui.insight.PlanRow;
import io.arangoconsole.ui.insight.ResultRow;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.fxmisc.richtext.CodeArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Workbench (query pane), headless, on the embedded sandbox: open, explain, run, cancel, confirm. */
@ExtendWith(ApplicationExtension.class)
class WorkbenchFxTest {
    @TempDir
    static Path home;
    private ConsoleWindow window;
    private Stage stage;

    @Start
    void start(Stage primary) {
        window = ConsoleWindow.open(home, SandboxConfig.defaults().withRecords(2_000));
        stage = window.stage;
    }

    @AfterEach
    void close(FxRobot robot) {
        window.close(robot);
    }

    private ConnectionTarget connected(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> window.context.shell().targetProperty().get() != null
                && !robot.lookup("#versionLabel").queryAs(Label.class).getText().isEmpty());
        return window.context.shell().targetProperty().get();
    }

    private static String label(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    @Test
    void aSlowLogEntryOpensWithItsBindVariablesAndExplainMarksTheScan(FxRobot robot) throws Exception {
        ConnectionTarget target = connected(robot);
        try (ArangoClients own = new ArangoClients()) {
            ArangoDatabase db = own.client(target).db(target.database());
            QueryTrackingPropertiesEntity props = db.getQueryTrackingProperties();
            props.setSlowQueryThreshold(0L);
            props.setEnabled(true);
            props.setTrackSlowQueries(true);
            db.setQueryTrackingProperties(props);
            db.query("FOR d IN va_table FILTER d.status == @s LIMIT 5 RETURN d", Object.class,
                    Map.of("s", "completed")).asListRemaining();
        }
        robot.interact(() -> stage.setWidth(1280));
        robot.interact(() -> stage.setHeight(800));
        robot.clickOn("Queries");
        TableView<RunningQuery> slow = robot.lookup("#slowTable").queryTableView();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> slow.getItems().stream()
                .anyMatch(q -> q.query().contains("@s")));
        robot.interact(() -> slow.getSelectionModel().select(slow.getItems().stream()
                .filter(q -> q.query().contains("@s")).findFirst().orElseThrow()));
        javafx.scene.control.MenuItem open = slow.getContextMenu().getItems().stream()
                .filter(i -> "openSlowItem".equals(i.getId())).findFirst().orElseThrow();
        assertEquals("Open in Workbench", open.getText());
        robot.interact(open::fire);

        CodeArea editor = robot.lookup("#aqlEditor").queryAs(CodeArea.class);
        assertEquals("FOR d IN va_table FILTER d.status == @s LIMIT 5 RETURN d", editor.getText());
        assertTrue(robot.lookup("#bindArea").queryAs(TextArea.class).getText().contains("\"s\" : \"completed\""));
        robot.clickOn("#explainButton");
        TreeTableView<PlanRow> plan = robot.lookup("#planTree").queryAs(TreeTableView.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !label(robot, "#rulesLabel").isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        List<PlanRow> rows = plan.getRoot().getChildren().stream().map(TreeItem::getValue)
                .flatMap(r -> r.flatten().stream()).toList();
        PlanRow scan = rows.stream().filter(PlanRow::fullScan).findFirst().orElseThrow();
        assertEquals("FULL COLLECTION SCAN of va_table", scan.access());
        assertTrue(robot.lookup(".tree-table-cell").queryAll().stream().anyMatch(c -> c.getPseudoClassStates()
                .contains(javafx.css.PseudoClass.getPseudoClass("full-scan"))
                && ((javafx.scene.control.Labeled) c).getText().startsWith("FULL COLLECTION SCAN")),
                "the scan's cell is marked");
        assertTrue(rows.stream().anyMatch(r -> r.condition().contains("status")), rows.toString());
        assertTrue(label(robot, "#messageLabel").contains("full scan"), label(robot, "#messageLabel"));
        assertTrue(label(robot, "#rulesLabel").startsWith("Optimizer rules applied"));
        WaitForAsyncUtils.waitForFxEvents();
        FxSnapshots.save(robot, stage, Path.of("target", "workbench-explain-1280x800.png"));

        robot.clickOn("#profileButton");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> label(robot, "#phasesLabel").startsWith("Phases"));
        PlanRow profiled = plan.getRoot().getChildren().stream().map(TreeItem::getValue)
                .flatMap(r -> r.flatten().stream()).filter(PlanRow::fullScan).findFirst().orElseThrow();
        assertFalse(profiled.calls().isEmpty(), "a profile adds calls, items and runtime");
        assertTrue(profiled.runtime().endsWith("ms"));
        robot.interact(() -> stage.setWidth(1024));
        robot.interact(() -> stage.setHeight(700));
        FxSnapshots.save(robot, stage, Path.of("target", "workbench-profile-1024x700.png"));
    }

    @Test
    void aQueryRunsWithARowLimitAndALongOneIsCancelled(FxRobot robot) throws Exception {
        ConnectionTarget target = connected(robot);
        robot.interact(() -> stage.setWidth(1280));
        robot.interact(() -> stage.setHeight(800));
        robot.clickOn("Workbench");
        CodeArea editor = robot.lookup("#aqlEditor").queryAs(CodeArea.class);
        robot.interact(() -> editor.replaceText("FOR i IN 1..50 RETURN {i: i, square: i * i}"));
        robot.interact(() -> robot.lookup("#limitField").queryAs(TextField.class).setText("10"));
        robot.clickOn(editor).press(KeyCode.CONTROL, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.CONTROL);
        TableView<ResultRow> table = robot.lookup("#resultTable").queryTableView();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> label(robot, "#messageLabel").contains(" rows"));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(10, table.getItems().size());
        assertEquals(List.of("#", "i", "square"), table.getColumns().stream().map(c -> c.getText()).toList());
        assertTrue(label(robot, "#messageLabel").startsWith("10 rows (the first 10; more were not read)"),
                label(robot, "#messageLabel"));
        FxSnapshots.save(robot, stage, Path.of("target", "workbench-table-1280x800.png"));
        robot.clickOn("Shapes");
        TableView<io.arangoconsole.ui.insight.ShapeRow> shapes = robot.lookup("#shapesTable").queryTableView();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> shapes.getItems().stream()
                .anyMatch(r -> r.stats().text().startsWith("FOR i IN") && r.stats().text().contains("square")));
        robot.clickOn("#adviseButton");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> label(robot, "#shapesMessage").contains("proposed"));
        FxSnapshots.save(robot, stage, Path.of("target", "workbench-shapes-1280x800.png"));

        robot.interact(() -> editor.replaceText("RETURN SLEEP(20)"));
        robot.clickOn("#runButton");
        Button cancel = robot.lookup("#cancelButton").queryButton();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !cancel.isDisabled());
        try (ArangoClients own = new ArangoClients()) { // the server lists the query once it started
            ArangoDatabase db = own.client(target).db(target.database());
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> db.getCurrentlyRunningQueries().stream()
                    .anyMatch(q -> q.getQuery().contains("SLEEP(20)")));
        }
        long start = System.nanoTime();
        robot.clickOn(cancel);
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> label(robot, "#messageLabel").startsWith("Cancelled"));
        assertEquals("Cancelled: the server killed the query.", label(robot, "#messageLabel"));
        assertTrue(System.nanoTime() - start < TimeUnit.SECONDS.toNanos(15));
        assertFalse(robot.lookup("#runButton").queryButton().isDisabled());

        robot.interact(() -> editor.replaceText("FOR d IN va_table\nFILTR d.status == 1 RETURN d"));
        robot.clickOn("#runButton");
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> label(robot, "#errorLabel").contains("syntax error"));
        int at = robot.lookup("#aqlEditor").queryAs(CodeArea.class).getText().indexOf("FILTR");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(editor.getStyleOfChar(at).contains("aql-error"), "the token the error points at is marked: "
                + label(robot, "#errorLabel"));
        robot.interact(() -> stage.setWidth(1024));
        robot.interact(() -> stage.setHeight(700));
        FxSnapshots.save(robot, stage, Path.of("target", "workbench-error-1024x700.png"));
    }

    @Test
    void theReplayedWorkloadsAdviceIsBuiltAndProvedFromScanToIndex(FxRobot robot) throws Exception {
        ConnectionTarget target = connected(robot);
        try (ArangoClients own = new ArangoClients()) {
            io.arangoconsole.core.insight.ReplayedWorkload.SURVEY.replay(own.client(target));
        }
        robot.interact(() -> stage.setWidth(1280));
        robot.interact(() -> stage.setHeight(800));
        robot.clickOn("Workbench");
        robot.clickOn("Shapes");
        TableView<io.arangoconsole.ui.insight.ShapeRow> shapes = robot.lookup("#shapesTable").queryTableView();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> shapes.getItems().stream()
                .anyMatch(r -> r.stats().text().contains("@task")));
        robot.clickOn("#adviseButton");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> label(robot, "#shapesMessage").contains("proposed"));
        TableView<io.arangoconsole.ui.insight.AdviceRow> advice = robot.lookup("#adviceTable").queryTableView();
        assertEquals(3, advice.getItems().size(), "the plan's three indexes, from the workload alone");
        robot.interact(() -> advice.getSelectionModel().select(advice.getItems().stream()
                .filter(a -> a.advice().collection().equals("ccva_results")).findFirst().orElseThrow()));
        robot.clickOn("#proveButton");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> advice.getItems().stream()
                .anyMatch(a -> a.proof().contains("After:") || a.proof().contains("ended")));
        String proof = advice.getItems().stream().filter(a -> a.advice().collection().equals("ccva_results"))
                .findFirst().orElseThrow().proof();
        assertTrue(proof.startsWith("Before: full scan of ccva_results"), proof);
        assertTrue(proof.contains("After: IndexNode") && proof.contains("[task_id]"), proof);
        assertTrue(window.context.jobs().items().stream().anyMatch(j -> (j.titleProperty().get() + j.descriptionProperty().get()).contains("task_id")),
                "the build went through the Jobs pane's queue");
        WaitForAsyncUtils.waitForFxEvents();
        FxSnapshots.save(robot, stage, Path.of("target", "workbench-proof-1280x800.png"));
    }

    @Test
    void aModifyingQueryAsksFirstNamingTheServerAndKeepIsTheDefault(FxRobot robot) throws Exception {
        connected(robot);
        robot.clickOn("Workbench");
        CodeArea editor = robot.lookup("#aqlEditor").queryAs(CodeArea.class);
        robot.interact(() -> editor.replaceText("FOR d IN system_configs REMOVE d IN system_configs"));
        WaitForAsyncUtils.asyncFx(() -> robot.lookup("#runButton").queryButton().fire());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        DialogPane dialog = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        String server = ((Label) dialog.lookup("#confirmServer")).getText();
        assertTrue(server.contains("database demo"), server);
        assertTrue(((Button) dialog.lookup("#confirmKeep")).isDefaultButton());
        robot.clickOn(dialog.lookup("#confirmKeep"));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("", label(robot, "#messageLabel"), "nothing ran");
        assertTrue(robot.lookup("#resultTable").queryTableView().getItems().isEmpty());
    }
}
