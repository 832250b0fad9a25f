package io.arangoconsole.app;

import io.arangoconsole.ui.common.FxSnapshots;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.arangoconsole.core.sync.SyncState;
import io.arangoconsole.sandbox.Sandbox;
import io.arangoconsole.sandbox.SandboxConfig;
import io.arangoconsole.ui.jobs.JobItem;
import io.arangoconsole.ui.sync.SyncHistoryRow;
import io.arangoconsole.ui.sync.SyncJobRow;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
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
 * Headless: start a sync from another sandbox (20,000 records, slowed by its latency fault so there is time to
 * watch) into the console's connection, see its progress move, and cancel it.
 */
@ExtendWith(ApplicationExtension.class)
class SyncFxTest {

    @TempDir
    static Path home;
    static Sandbox source;
    private AppContext context;
    private ConsoleWindow window;
    private Stage stage;

    @BeforeAll
    static void startSource() {
        source = Sandbox.start(SandboxConfig.defaults().withRecords(20_000));
        source.faults().latency(150);
    }

    @AfterAll
    static void stopSource() {
        source.close();
    }

    @Start
    void start(Stage primary) {
        window = ConsoleWindow.open(home, SandboxConfig.defaults().withRecords(0));
        context = window.context;
        stage = window.stage;
    }

    @AfterEach
    void close(FxRobot robot) {
        window.close(robot);
    }

    @Test
    void startASyncSeeItsProgressMoveAndCancelIt(FxRobot robot) throws Exception {
        Label version = robot.lookup("#versionLabel").queryAs(Label.class);
        waitUntil(() -> !version.getText().isEmpty());
        // slow enough to pause, resume and cancel, however warm this JVM already is
        source.faults().latency(30);
        try {
            syncPauseResumeCancel(robot);
        } finally {
            source.faults().latency(0);
        }
    }

    private void syncPauseResumeCancel(FxRobot robot) throws Exception {
        startSync(robot, "fx_copy");
        assertEquals("", robot.lookup("#syncError").queryAs(Label.class).getText());

        TableView<SyncJobRow> jobs = robot.lookup("#jobsTable").queryTableView();
        waitUntil(() -> jobs.getItems().size() == 1);
        SyncJobRow row = jobs.getItems().get(0);
        waitUntil(() -> row.doneProperty().get().matches("[1-9][0-9,]* of 20,000"));
        String first = row.doneProperty().get();
        waitUntil(() -> !row.doneProperty().get().equals(first));
        assertTrue(row.fractionProperty().get() > 0 && row.fractionProperty().get() < 1);
        waitUntil(() -> robot.from(jobs).lookup((javafx.scene.Node n) -> n instanceof Labeled l
                && l.getText() != null && l.getText().matches("[1-9][0-9,]* of 20,000")).tryQuery().isPresent());
        FxSnapshots.save(robot, stage, Path.of("target", "sync-pane.png"));

        robot.clickOn("#pauseJob");
        waitUntil(() -> row.stateProperty().get() == SyncState.PAUSED);
        String paused = row.doneProperty().get();
        assertEquals("Resume", robot.lookup("#pauseJob").queryButton().getText());
        robot.clickOn("#pauseJob");
        waitUntil(() -> row.stateProperty().get() == SyncState.RUNNING && !row.doneProperty().get().equals(paused));

        robot.clickOn("#cancelJob");
        waitUntil(() -> row.stateProperty().get() == SyncState.CANCELLED);
        assertTrue(row.statusProperty().get().startsWith("cancelled"), row.statusProperty().get());
        // the history file is shared by this class's tests: look for this run's row
        TableView<SyncHistoryRow> history = robot.lookup("#historyTable").queryTableView();
        waitUntil(() -> history.getItems().stream().anyMatch(r -> r.job().contains("fx_copy (cancelled)")));
        FxSnapshots.save(robot, stage, Path.of("target", "sync-pane-cancelled.png"));
        robot.clickOn("#themeButton");
        FxSnapshots.save(robot, stage, Path.of("target", "sync-pane-dark.png"));
        robot.clickOn("#themeButton");
    }

    @Test
    void aRunningSyncShowsInTheStatusBarAndIsPausedAndCancelledFromTheJobsPane(FxRobot robot) throws Exception {
        Label version = robot.lookup("#versionLabel").queryAs(Label.class);
        waitUntil(() -> !version.getText().isEmpty());
        Button jobsButton = robot.lookup("#jobsButton").queryButton();
        assertFalse(jobsButton.isVisible(), "no job, nothing in the status bar");
        source.faults().latency(40); // a sync slow enough to be caught running
        try {
            startSync(robot, "fx_jobs");
            waitUntil(() -> jobsButton.isVisible() && "1 background job running".equals(jobsButton.getText()));

            robot.clickOn(jobsButton);
            TableView<JobItem> jobs = robot.lookup("#jobsTable").queryTableView();
            waitUntil(() -> jobs.getItems().size() == 1);
            JobItem item = jobs.getItems().get(0);
            assertEquals(JobItem.Kind.SYNC, item.kind());
            assertEquals("va_table@" + java.net.URI.create(source.url()).getAuthority() + " \u2192 fx_jobs",
                    item.titleProperty().get());
            waitUntil(() -> item.progressProperty().get().matches("[1-9][0-9,]* of 20,000"));
            SyncJobRow row = context.sync().jobs().get(0);

            robot.clickOn("#jobPause");
            waitUntil(() -> row.stateProperty().get() == SyncState.PAUSED);
            assertEquals("Resume", robot.lookup("#jobPause").queryButton().getText());
            waitUntil(() -> "1 background job paused".equals(jobsButton.getText()));
            waitUntil(() -> row.etaProperty().get().isEmpty()); // a paused job has no ETA
            robot.clickOn("#jobCancel");
            waitUntil(() -> row.stateProperty().get() == SyncState.CANCELLED);
            waitUntil(() -> !jobsButton.isVisible());
            assertTrue(item.stateProperty().get().startsWith("cancelled"), item.stateProperty().get());
        } finally {
            source.faults().latency(0);
        }
    }

    /** Fills the Sync pane's form as a DBA would, va_table of the source into {@code into}, and presses Start. */
    private static void startSync(FxRobot robot, String into) {
        robot.clickOn("Sync");
        robot.clickOn("#sourceUrl").write(source.url());
        robot.clickOn("#sourceDatabase").write("demo");
        robot.clickOn("#sourceCollection").write("va_table");
        robot.clickOn("#targetCollection").write(into);
        robot.clickOn("#watermark").write("submissiondate");
        robot.doubleClickOn("#batchSize").eraseText(4).write("500");
        robot.clickOn("#startButton");
    }

    private static void waitUntil(Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, condition);
    }

}
