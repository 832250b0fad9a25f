package io.arangoconsole.ui.queries;

import io.arangoconsole.ui.common.PaneActivity;
import io.arangoconsole.ui.common.DataTable;
import io.arangoconsole.core.monitoring.LatencyStats;
import io.arangoconsole.core.monitoring.RunningQuery;
import io.arangoconsole.ui.common.Confirm;
import io.arangoconsole.ui.common.Formats;
import io.arangoconsole.ui.monitoring.AlertsDialog;
import io.arangoconsole.ui.monitoring.AlertsViewModel;
import io.arangoconsole.ui.monitoring.Cells;
import io.arangoconsole.ui.monitoring.ChartWindow;
import io.arangoconsole.ui.monitoring.TimeCharts;
import java.io.File;
import java.util.List;
import javafx.fxml.FXML;
import javafx.scene.chart.LineChart;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.FileChooser;

/** Binds the Queries pane to its {@link QueriesViewModel}; polls only while the pane is on screen. */
public final class QueriesView {

    private final QueriesViewModel model;
    private final AlertsViewModel alerts;
    @FXML private ScrollPane root;
    @FXML private Label messageLabel;
    @FXML private Label killMessageLabel;
    @FXML private Label summaryLabel;
    @FXML private Label errorLabel;
    @FXML private ComboBox<ChartKind> chartChoice;
    @FXML private ComboBox<String> nodeChoice;
    @FXML private ComboBox<ChartWindow> windowChoice;
    @FXML private LineChart<Number, Number> chart;
    @FXML private TableView<LatencyStats> timingsTable;
    @FXML private TableColumn<LatencyStats, String> opColumn;
    @FXML private TableColumn<LatencyStats, String> targetColumn;
    @FXML private TableColumn<LatencyStats, String> countColumn;
    @FXML private TableColumn<LatencyStats, String> errorsColumn;
    @FXML private TableColumn<LatencyStats, String> p50Column;
    @FXML private TableColumn<LatencyStats, String> p95Column;
    @FXML private TableColumn<LatencyStats, String> p99Column;
    @FXML private TableColumn<LatencyStats, String> maxColumn;
    @FXML private Button killButton;
    @FXML private TableView<RunningQuery> runningTable;
    @FXML private TableColumn<RunningQuery, String> runIdColumn;
    @FXML private TableColumn<RunningQuery, String> runUserColumn;
    @FXML private TableColumn<RunningQuery, String> runTimeColumn;
    @FXML private TableColumn<RunningQuery, String> runStateColumn;
    @FXML private TableColumn<RunningQuery, String> runQueryColumn;
    @FXML private TableColumn<RunningQuery, String> runBindColumn;
    @FXML private TextField thresholdField;
    @FXML private TextField keepField;
    @FXML private Button trackingButton;
    @FXML private Button clearButton;
    @FXML private TableView<RunningQuery> slowTable;
    @FXML private TableColumn<RunningQuery, String> slowStartedColumn;
    @FXML private TableColumn<RunningQuery, String> slowUserColumn;
    @FXML private TableColumn<RunningQuery, String> slowTimeColumn;
    @FXML private TableColumn<RunningQuery, String> slowStateColumn;
    @FXML private TableColumn<RunningQuery, String> slowQueryColumn;
    @FXML private TableColumn<RunningQuery, String> slowBindColumn;

    public QueriesView(QueriesViewModel model, AlertsViewModel alerts) {
        this.model = model;
        this.alerts = alerts;
    }

    @FXML
    private void initialize() {
        summaryLabel.textProperty().bind(model.serverSummaryProperty());
        errorLabel.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> (model.errorProperty().get() + " " + model.samplingErrorProperty().get()).strip(),
                model.errorProperty(), model.samplingErrorProperty()));
        errorLabel.visibleProperty().bind(errorLabel.textProperty().isNotEmpty());
        errorLabel.managedProperty().bind(errorLabel.visibleProperty());
        messageLabel.textProperty().bind(model.messageProperty());
        killMessageLabel.textProperty().bind(model.killMessageProperty());
        chartChoice.getItems().setAll(ChartKind.values());
        chartChoice.valueProperty().bindBidirectional(model.chartKindProperty());
        nodeChoice.setItems(model.nodes());
        nodeChoice.valueProperty().bindBidirectional(model.nodeProperty());
        nodeChoice.visibleProperty().bind(javafx.beans.binding.Bindings.size(model.nodes()).greaterThan(1));
        nodeChoice.managedProperty().bind(nodeChoice.visibleProperty());
        windowChoice.getItems().setAll(ChartWindow.values());
        windowChoice.valueProperty().bindBidirectional(model.windowProperty());
        TimeCharts.prepare(chart);
        model.chartProperty().addListener((obs, old, data) -> TimeCharts.show(chart, data));

        DataTable.of(timingsTable, model.timings(), s -> s.operation() + "@" + s.target());
        timingsTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Cells.text(opColumn, LatencyStats::operation);
        Cells.text(targetColumn, LatencyStats::target);
        Cells.text(countColumn, s -> Formats.count(s.count()));
        Cells.text(errorsColumn, s -> Formats.count(s.errors()));
        Cells.text(p50Column, s -> QueryFigures.percentile(s, s.p50Ms(), false));
        Cells.text(p95Column, s -> QueryFigures.percentile(s, s.p95Ms(), false));
        Cells.text(p99Column, s -> QueryFigures.percentile(s, s.p99Ms(), true));
        for (TableColumn<LatencyStats, String> c : List.of(p50Column, p95Column, p99Column)) {
            c.setCellFactory(col -> new LowSampleCell());
        }
        Cells.text(maxColumn, s -> Formats.millis(s.maxMs()));

        DataTable.of(runningTable, model.running(), RunningQuery::id);
        Cells.text(runIdColumn, RunningQuery::id);
        queryColumns(runUserColumn, runTimeColumn, runStateColumn, runQueryColumn, runBindColumn);
        killButton.disableProperty().bind(runningTable.getSelectionModel().selectedItemProperty().isNull()
                .or(model.busyProperty()));

        DataTable.of(slowTable, model.slow(), q -> q.id() + q.started());
        openInWorkbench(runningTable, "openRunningItem");
        openInWorkbench(slowTable, "openSlowItem");
        Cells.text(slowStartedColumn, q -> Formats.time(q.started()));
        queryColumns(slowUserColumn, slowTimeColumn, slowStateColumn, slowQueryColumn, slowBindColumn);
        thresholdField.textProperty().bindBidirectional(model.thresholdProperty());
        keepField.textProperty().bindBidirectional(model.keepProperty());
        trackingButton.disableProperty().bind(model.busyProperty());
        clearButton.disableProperty().bind(model.busyProperty());

        // Active while the pane is shown: switching panes or closing the window stops the polling.
        PaneActivity.whileShown(root, model::activate, model::deactivate);
    }

    private static void queryColumns(TableColumn<RunningQuery, String> user, TableColumn<RunningQuery, String> time,
                                     TableColumn<RunningQuery, String> state, TableColumn<RunningQuery, String> query,
                                     TableColumn<RunningQuery, String> bind) {
        Cells.text(user, RunningQuery::user);
        Cells.text(time, q -> Formats.latency(java.time.Duration.ofMillis(Math.round(q.runtimeSeconds() * 1000))));
        Cells.text(state, RunningQuery::state);
        Cells.text(query, q -> q.query().replaceAll("\\s+", " ").strip());
        Cells.text(bind, q -> q.bindVars().isEmpty() ? "" : Formats.json(q.bindVars()));
    }

    @FXML
    private void kill() {
        RunningQuery q = runningTable.getSelectionModel().getSelectedItem();
        if (q == null) {
            return;
        }
        if (Confirm.ask(killButton, "Kill a running query", "Kill query " + q.id() + " of user '" + q.user() + "'?",
                q.query().replaceAll("\\s+", " ").strip(), "Kill", "Keep running")) {
            model.kill(q);
        }
    }

    /** "Open in Workbench" from the table's menu, or a double-click on a row: the query with its bind variables. */
    private void openInWorkbench(TableView<RunningQuery> table, String id) {
        javafx.scene.control.MenuItem open = new javafx.scene.control.MenuItem("Open in Workbench");
        open.setId(id);
        open.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        open.setOnAction(e -> model.open(table.getSelectionModel().getSelectedItem()));
        table.getContextMenu().getItems().add(0, open);
        table.getContextMenu().getItems().add(1, new javafx.scene.control.SeparatorMenuItem());
        table.setRowFactory(t -> {
            javafx.scene.control.TableRow<RunningQuery> row = new javafx.scene.control.TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    model.open(row.getItem());
                }
            });
            return row;
        });
    }

    @FXML
    private void exportCsv() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export the visible series");
        chooser.setInitialFileName("arango-console-metrics.csv");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV", "*.csv"));
        File file = chooser.showSaveDialog(root.getScene().getWindow());
        if (file != null) {
            model.exportCsv(file.toPath());
        }
    }

    @FXML
    private void applyTracking() {
        model.applyTracking();
    }

    @FXML
    private void refreshSlow() {
        model.loadSlow();
    }

    @FXML
    private void clearSlow() {
        if (Confirm.ask(clearButton, "Clear the slow query log", "Empty the server's slow query log?",
                "Every logged slow query is deleted on the server, for every user of this database.", "Clear",
                "Keep the log")) {
            model.clearSlow();
        }
    }

    @FXML
    private void editAlerts() {
        AlertsDialog.show(root.getScene().getWindow(), alerts);
    }
}
