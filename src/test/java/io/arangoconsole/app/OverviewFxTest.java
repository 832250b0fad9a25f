package io.arangoconsole.app;

import io.arangoconsole.ui.common.FxSnapshots;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.arangoconsole.sandbox.SandboxConfig;
import io.arangoconsole.ui.overview.ComparisonLine;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

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

/** Start as a new user would: the console starts the embedded sandbox, and the Overview shows its 38,000 records. */
@ExtendWith(ApplicationExtension.class)
class OverviewFxTest {

    @TempDir
    static Path home;
    private AppContext context;
    private ConsoleWindow window;
    private Stage stage;

    @Start
    void start(Stage primary) {
        window = ConsoleWindow.open(home, SandboxConfig.defaults());
        context = window.context;
        stage = window.stage;
    }

    @AfterEach
    void close(FxRobot robot) {
        window.close(robot);
    }

    @Test
    void onStartTheOverviewShowsThe38000DemoRecords(FxRobot robot) throws Exception {
        waitUntil(() -> robot.lookup("#count-va_table").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("38,000", robot.lookup("#count-va_table").queryAs(Label.class).getText());
        String source = robot.lookup("#source-va_table").queryAs(Label.class).getText();
        assertTrue(source.matches("(live|cached, \\d+ s old) · primary"), source);
        assertEquals("no freshness attribute: no persistent index; submissiondate holds ISO dates but is not "
                + "indexed: an index on [submissiondate] would serve it",
                robot.lookup("#freshness-note-va_table").queryAs(Label.class).getText(),
                "a fresh demo has no index: nothing is detected, and the card says why");
        Label note = robot.lookup("#breakdownNote").queryAs(Label.class);
        assertTrue(note.getText().startsWith("No breakdown attribute: no indexed attribute"), note.getText());

        // The DBA names the freshness attribute: without an index it is still never scanned for.
        AttributeChoices.choose(robot, "freshness", "va_table", "submissiondate");
        waitUntil(() -> robot.lookup("#freshness-note-va_table").tryQuery().map(n -> ((Label) n).getText()
                .startsWith("no index on submissiondate: a scan would cost")).orElse(false));
        robot.interact(() -> context.overview().breakdownCollectionProperty().set("va_table"));

        robot.clickOn("#refreshButton");
        waitUntil(() -> !context.overview().busyProperty().get());
        // the cards are rebuilt as the refresh lands: wait for the card rather than fail while it is replaced
        waitUntil(() -> robot.lookup("#source-va_table").tryQuery().map(n -> ((Label) n).getText()
                .startsWith("cached")).orElse(false));

        robot.clickOn("#compareButton");
        TableView<ComparisonLine> table = robot.lookup("#comparisonTable").queryTableView();
        waitUntil(() -> table.getItems().size() == 2);
        // read on the FX thread: the table's sorted list may be changing under a read from here
        List<ComparisonLine> lines = WaitForAsyncUtils.asyncFx(() -> List.copyOf(table.getItems())).get();
        ComparisonLine count = lines.get(0);
        assertEquals("LET totalCount = LENGTH(FOR doc IN va_table RETURN 1) RETURN totalCount", count.naiveCall());
        assertTrue(count.naivePlan().contains("EnumerateCollectionNode"), count.naivePlan());
        assertEquals("count endpoint, O(1): no query", count.oursPlan());
        assertEquals("38000", count.answer());
        ComparisonLine latest = lines.get(1);
        assertEquals("FOR doc IN va_table SORT doc.submissiondate DESC LIMIT 1 RETURN doc.submissiondate",
                latest.naiveCall());
        assertEquals("not run", latest.oursTook(), "no index on submissiondate: the console does not scan");

        FxSnapshots.save(robot, stage, Path.of("target", "overview.png"));
        robot.interact(() -> robot.lookup("#overview").queryAs(javafx.scene.control.ScrollPane.class).setVvalue(1));
        FxSnapshots.save(robot, stage, Path.of("target", "overview-compare.png"));
        robot.clickOn("#themeButton");
        FxSnapshots.save(robot, stage, Path.of("target", "overview-dark.png"));
        robot.clickOn("#themeButton");
    }

    private static void waitUntil(Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, condition);
    }

}
