package io.arangoconsole.app;

import com.arangodb.ArangoDatabase;
import com.arangodb.entity.QueryEntity;
import io.arangoconsole.core.arango.ArangoClients;
import io.arangoconsole.core.connection.ConnectionProfile;
import io.arangoconsole.core.connection.ConnectionTarget;
import io.arangoconsole.core.indexes.DiffRow;
import io.arangoconsole.core.sync.SyncState;
import io.arangoconsole.sandbox.Sandbox;
import io.arangoconsole.ui.shell.PaneId;
import io.arangoconsole.ui.sync.SyncForm.SourceKind;
import io.arangoconsole.ui.sync.SyncJobRow;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.chart.LineChart;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A DBA's first half hour with the console, driven through its window: some planned indexes built, the Overview
 * read, a JSONL export synced into a collection of its own (with two bad lines) and a slow sync from a staging deployment paused
 * part-way, a staging profile added and tested, a slow query logged and a runaway one left running, documents read
 * again and again so the server's cache hits. Every
 * step waits for what the user would see, never for a fixed time.
 */
final class DemoSession implements AutoCloseable {

    private static final long WAIT_SECONDS = 90;
    /** Survey lines in the JSONL export, plus two a DBA would find in the rejects file. */
    private static final int EXPORT_LINES = 3_000;
    private static final String RUNAWAY_QUERY = "FOR doc IN va_table LET pause = SLEEP(0.05) RETURN doc._key";
    private static final String SLOW_QUERY = "LET pause = SLEEP(1.2) FOR doc IN va_table "
            + "FILTER doc.status == @status LIMIT 10 RETURN doc._key";

    /** The demo data's timestamp format, so imported records sort among the existing ones. */
    private static final DateTimeFormatter ISO_MILLIS = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'")
            .withZone(ZoneOffset.UTC);

    private final FxRobot robot;
    private final AppContext context;
    private final Sandbox staging;
    private final Path work;
    /** The "application" that runs the slow and the runaway query: a client of its own, as another program is. */
    private final ArangoClients application = new ArangoClients();
    private Thread runaway;

    DemoSession(FxRobot robot, AppContext context, Sandbox staging, Path work) {
        this.robot = robot;
        this.context = context;
        this.staging = staging;
        this.work = work;
    }

    /** Uses every pane in turn, leaving each with the data a screenshot should show. */
    void useEveryPane() throws Exception {
        Label version = robot.lookup("#versionLabel").queryAs(Label.class);
        waitUntil("the status bar shows the server version", () -> !version.getText().isEmpty());
        buildSomePlannedIndexes();
        readTheOverview();
        syncAnExportAndPauseAStagingSync();
        addAndTestAStagingProfile();
        logASlowQueryAndLeaveARunawayOne();
        warmTheCaches();
        explainAQueryInTheWorkbench();
    }

    /** Waits until {@code pane}, just shown, displays its data again (after a theme switch its charts redraw). */
    void settle(PaneId pane) throws Exception {
        switch (pane) {
            case OVERVIEW -> waitUntil("the va_table card", () -> robot.lookup("#count-va_table").tryQuery()
                    .isPresent());
            case QUERIES -> {
                waitUntil("the runaway query is listed",
                        () -> !robot.lookup("#runningTable").queryTableView().getItems().isEmpty());
                // Scrolled down as a DBA does to see the running queries and the slow log under the request times.
                ScrollPane scroll = robot.lookup(".edge-to-edge").match(n -> n instanceof ScrollPane).query();
                robot.interact(() -> scroll.setVvalue(1));
            }
            case CACHES -> waitUntil("hit rates", () -> text("#hitRecent").endsWith("%"));
            default -> {
                // the other panes show what they hold; nothing to reload
            }
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Picks {@code pane} in the navigation list, as a user clicks it. */
    void show(PaneId pane) {
        ListView<PaneId> navigation = robot.lookup("#navigation").queryListView();
        Node item = robot.from(navigation).lookup(".list-cell").match((ListCell<?> c) -> c.getItem() == pane)
                .query();
        robot.clickOn(item);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void buildSomePlannedIndexes() throws Exception {
        show(PaneId.INDEXES);
        TableView<DiffRow> table = robot.lookup("#diffTable").queryTableView();
        waitUntil("the plan diff", () -> table.getItems().size() >= 6);
        // Enough for the Overview's watermark and status breakdown; the rest of the plan stays missing, as on a
        // server the console has just been pointed at.
        for (Map.Entry<String, List<String>> planned : List.of(Map.entry("va_table", List.of("status")),
                Map.entry("va_table", List.of("submissiondate")), Map.entry("ccva_results", List.of("created_at")))) {
            DiffRow row = table.getItems().stream().filter(r -> r.collection().equals(planned.getKey())
                    && r.fields().equals(planned.getValue())).findFirst().orElseThrow();
            robot.interact(() -> table.getSelectionModel().select(row));
            Button create = robot.lookup("#createButton").queryButton();
            waitUntil("Create is enabled", () -> !create.isDisabled());
            robot.clickOn(create);
            try {
                // Built shows as present, or as redundant when a planned compound index leads with the field.
                waitUntil(planned + " is built", () -> table.getItems().stream().anyMatch(r
                        -> r.collection().equals(planned.getKey()) && r.fields().equals(planned.getValue())
                        && r.exists()));
            } catch (TimeoutException e) {
                throw new AssertionError(e.getMessage() + ": rows " + table.getItems().stream()
                        .map(r -> r.collection() + r.fields() + " " + r.status()).toList() + ", jobs "
                        + context.indexes().jobs() + ", error '" + context.indexes().errorProperty().get()
                        + "', selected " + context.indexes().selectedProperty().get(), e);
            }
        }
    }

    private void readTheOverview() throws Exception {
        show(PaneId.OVERVIEW);
        waitUntil("the va_table card", () -> robot.lookup("#count-va_table").tryQuery().isPresent());
        Node chart = robot.lookup("#breakdownChart").query();
        waitUntil("the status breakdown chart", chart::isVisible);
    }

    private void syncAnExportAndPauseAStagingSync() throws Exception {
        show(PaneId.SYNC);
        Path export = writeExport(work.resolve("survey-export.jsonl"));
        ChoiceBox<SourceKind> kind = robot.lookup("#sourceKind").queryAs(ChoiceBox.class);
        robot.interact(() -> {
            kind.setValue(SourceKind.FILE);
            // What the file chooser hands over once the user picked the file.
            context.sync().chooseSourceFile(export);
            pick("#targetCollection", "survey_import"); // a collection of its own: the file is all it holds
            pick("#watermark", "submissiondate");
            field("#rejectsFile").setText(work.resolve("survey-export.rejects.jsonl").toString());
        });
        robot.clickOn("#startButton");
        TableView<?> history = robot.lookup("#historyTable").queryTableView();
        waitUntil("the export's run in the history", () -> history.getItems().size() == 1);

        // Slowed by the staging server's latency, so the job is still running when it is paused.
        staging.faults().latency(150);
        robot.interact(() -> {
            kind.setValue(SourceKind.DATABASE);
            field("#sourceUrl").setText(staging.url());
            pick("#sourceDatabase", "demo");
            pick("#sourceCollection", "va_table");
            pick("#targetCollection", "");
            field("#batchSize").setText("500");
            field("#rejectsFile").setText("");
        });
        robot.clickOn("#startButton");
        TableView<SyncJobRow> jobs = robot.lookup("#jobsTable").queryTableView();
        waitUntil("the staging job runs", () -> jobs.getItems().size() == 2
                && jobs.getItems().get(0).doneProperty().get().matches("[1-9][0-9,]* of 20,000"));
        SyncJobRow running = jobs.getItems().get(0);
        Button pause = robot.lookup("#pauseJob").match((Button b) -> !b.isDisabled()).queryButton();
        robot.clickOn(pause);
        waitUntil("the staging job is paused", () -> running.stateProperty().get() == SyncState.PAUSED);
        staging.faults().latency(0);
    }

    private static Path writeExport(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        String[] statuses = {"pending", "processed", "coded", "pending", "processed"};
        String[] regions = {"North", "East", "South", "West"};
        Instant start = Instant.parse("2026-10-01T06:00:00Z");
        List<String> lines = new ArrayList<>();
        for (int i = 1; i <= EXPORT_LINES; i++) {
            lines.add(String.format("{\"_key\":\"imp-%05d\",\"submissiondate\":\"%s\",\"status\":\"%s\","
                    + "\"region\":\"%s\",\"form_id\":\"household_v3\"}", i,
                    ISO_MILLIS.format(start.plus(i * 17L, ChronoUnit.MINUTES)),
                    statuses[i % statuses.length], regions[i % regions.length]));
            if (i == 1200) {
                lines.add("{\"_key\":\"imp-01200b\",\"submissiondate\":\"2026-10-15T");
            }
            if (i == 2400) {
                lines.add("{\"_key\":\"bad key/2400\",\"status\":\"pending\"}");
            }
        }
        return Files.write(file, lines);
    }

    private void addAndTestAStagingProfile() throws Exception {
        show(PaneId.CONNECTIONS);
        addProfile("staging", staging.url());
        addProfile("production", "http://arangodb-prod.internal:8529");
        ListView<?> profiles = robot.lookup("#profileList").queryListView();
        robot.clickOn(robot.from(profiles).lookup(".list-cell").match((ListCell<?> c)
                -> c.getItem() instanceof ConnectionProfile p && p.name().equals("staging")).queryAs(Node.class));
        robot.clickOn("#testButton");
        waitUntil("the test result", () -> text("#resultLabel").startsWith("ArangoDB"));
    }

    private void addProfile(String name, String url) throws Exception {
        robot.clickOn("#addButton");
        waitUntil("the profile dialog", () -> robot.lookup("#nameField").tryQuery().isPresent());
        robot.clickOn("#nameField").write(name);
        robot.interact(() -> {
            field("#primaryField").setText(url);
            field("#databaseField").setText("demo");
        });
        robot.clickOn("#saveProfileButton");
        waitUntil("the dialog closed", () -> robot.lookup("#nameField").tryQuery().isEmpty());
    }

    /** Opens a query as the slow log's "Open in Workbench" does and explains it, leaving its plan tree shown. */
    private void explainAQueryInTheWorkbench() throws Exception {
        show(PaneId.WORKBENCH);
        var workbench = context.insight().workbench;
        robot.interact(() -> workbench.open("FOR doc IN va_table FILTER doc.status == @status "
                + "SORT doc.submissiondate DESC LIMIT 10 RETURN doc", Map.of("status", "error")));
        fire(robot.lookup("#explainButton").queryButton());
        waitUntil("the plan tree", () -> workbench.planProperty().get() != null);
    }

    private void logASlowQueryAndLeaveARunawayOne() throws Exception {
        show(PaneId.QUERIES);
        TextField threshold = field("#thresholdField");
        waitUntil("the tracking settings", () -> !threshold.getText().isBlank());
        robot.interact(() -> threshold.setText("1"));
        fire(robot.lookup("#trackingButton").queryButton());
        waitUntil("the threshold applied", () -> !text("#messageLabel").isBlank() || !text("#errorLabel").isBlank());

        ConnectionTarget target = context.shell().targetProperty().get();
        ArangoDatabase db = application.client(target).db(target.database());
        db.query(SLOW_QUERY, String.class, Map.of("status", "error")).asListRemaining();
        runaway = new Thread(() -> {
            try {
                db.query(RUNAWAY_QUERY, String.class).asListRemaining();
            } catch (RuntimeException killed) {
                // killed when the session ends
            }
        }, "runaway-query");
        runaway.setDaemon(true);
        runaway.start();

        Parent trackingRow = threshold.getParent();
        fire(robot.from(trackingRow).lookup((Button b) -> "Refresh".equals(b.getText())).queryButton());
        waitUntil("the slow query log", () -> !robot.lookup("#slowTable").queryTableView().getItems().isEmpty());
        waitUntil("the runaway query", () -> !robot.lookup("#runningTable").queryTableView().getItems().isEmpty());
        waitUntil("request timings", () -> !robot.lookup("#timingsTable").queryTableView().getItems().isEmpty());
        waitUntil("query rates", () -> text("#summaryLabel").contains("queries/s"));
    }

    private void warmTheCaches() throws Exception {
        // The application reads the same documents again and again, as a web front end does: the server's
        // document cache starts to hit.
        ConnectionTarget target = context.shell().targetProperty().get();
        ArangoDatabase db = application.client(target).db(target.database());
        List<String> keys = db.query("FOR doc IN va_table SORT doc.submissiondate DESC LIMIT 150 RETURN doc._key",
                String.class).asListRemaining();
        for (int round = 0; round < 4; round++) {
            for (String key : keys) {
                db.collection("va_table").getDocument(key, Map.class);
            }
        }
        show(PaneId.CACHES);
        waitUntil("server cache hits", () -> text("#hitLifetime").endsWith("%")
                && !text("#hitLifetime").startsWith("0.0"));
        LineChart<?, ?> chart = robot.lookup("#hitChart").queryAs(LineChart.class);
        waitUntil("two samples in the hit rate chart", () -> !chart.getData().isEmpty()
                && chart.getData().get(0).getData().size() >= 2);
        waitUntil("the results cache mode", () -> robot.lookup("#modeChoice").queryComboBox().getValue() != null);
    }

    /** Fires a button that may sit below the fold of a scrolling pane, as a click on it would. */
    private void fire(Button button) {
        robot.interact(button::fire);
    }

    /** What choosing or typing a name in one of the form's editable pickers leaves in it. */
    @SuppressWarnings("unchecked")
    private void pick(String query, String value) {
        robot.lookup(query).queryAs(javafx.scene.control.ComboBox.class).setValue(value);
    }

    private TextField field(String query) {
        return robot.lookup(query).queryAs(TextField.class);
    }

    private String text(String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    private static void waitUntil(String what, Callable<Boolean> condition) throws TimeoutException {
        try {
            WaitForAsyncUtils.waitFor(WAIT_SECONDS, TimeUnit.SECONDS, condition);
        } catch (TimeoutException e) {
            throw new TimeoutException("waited " + WAIT_SECONDS + " s for " + what);
        }
    }

    /** Kills the runaway query (a sandbox closing with a query asleep in it would wait for it) and the client. */
    @Override
    public void close() {
        try {
            ConnectionTarget target = context.shell().targetProperty().get();
            if (target != null && runaway != null) {
                ArangoDatabase db = application.client(target).db(target.database());
                for (QueryEntity q : db.getCurrentlyRunningQueries()) {
                    if (q.getQuery().equals(RUNAWAY_QUERY)) {
                        db.killQuery(q.getId());
                    }
                }
                runaway.join(10_000);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            application.close();
        }
    }
}
