package io.arangoconsole.ui.indexes;

import io.arangoconsole.ui.common.Formats;
import io.arangoconsole.core.indexes.DiffRow;
import io.arangoconsole.core.indexes.DiffStatus;
import io.arangoconsole.core.indexes.IndexJob;
import io.arangoconsole.ui.common.DataTable;
import io.arangoconsole.ui.common.TableWarmUp;
import java.time.Duration;
import java.util.List;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;

/** Binds the Indexes pane to its {@link IndexesViewModel}; asks the confirmations and picks files. */
public final class IndexesView {
    private final IndexesViewModel model;

    @FXML private BorderPane root;
    @FXML private Label planLabel;
    @FXML private Label summaryLabel;
    @FXML private Label disabledLabel;
    @FXML private Label errorLabel;
    @FXML private Button createButton;
    @FXML private Button createAllButton;
    @FXML private Button scheduleButton;
    @FXML private javafx.scene.control.TextField windowField;
    @FXML private Button dropButton;
    @FXML private Button proofButton;
    @FXML private Button fromExistingButton;
    @FXML private Button fromAdviceButton;
    @FXML private TableView<DiffRow> diffTable;
    @FXML private TableColumn<DiffRow, String> collectionColumn;
    @FXML private TableColumn<DiffRow, String> fieldsColumn;
    @FXML private TableColumn<DiffRow, DiffStatus> statusColumn;
    @FXML private TableColumn<DiffRow, String> typeColumn;
    @FXML private TableColumn<DiffRow, String> sizeColumn;
    @FXML private TableColumn<DiffRow, String> selectivityColumn;
    @FXML private TableColumn<DiffRow, String> usageColumn;
    @FXML private TableColumn<DiffRow, String> reasonColumn;
    @FXML private Label usageDetail;
    @FXML private TableView<IndexJob> jobTable;
    @FXML private TableColumn<IndexJob, String> jobIndexColumn;
    @FXML private TableColumn<IndexJob, String> jobStateColumn;
    @FXML private TableColumn<IndexJob, IndexJob> jobProgressColumn;
    @FXML private TableColumn<IndexJob, String> jobElapsedColumn;
    @FXML private TableColumn<IndexJob, String> jobEtaColumn;
    @FXML private TableColumn<IndexJob, String> jobMessageColumn;
    @FXML private TableColumn<IndexJob, IndexJob> jobCancelColumn;
    @FXML private TableView<ProofLine> proofTable;
    @FXML private TableColumn<ProofLine, String> proofQueryColumn;
    @FXML private TableColumn<ProofLine, String> beforeColumn;
    @FXML private TableColumn<ProofLine, String> afterColumn;
    @FXML private Label proofStatusLabel;
    @FXML private Label servedByLabel;
    @FXML private ProgressIndicator busyIndicator;
    @FXML private Label updatedLabel;

    public IndexesView(IndexesViewModel model) {
        this.model = model;
    }

    @FXML
    private void initialize() {
        IndexTables.value(collectionColumn, DiffRow::collection);
        IndexTables.value(fieldsColumn, IndexTables::fields);
        IndexTables.value(statusColumn, DiffRow::status);
        statusColumn.setCellFactory(c -> IndexCells.statusBadge());
        IndexTables.value(typeColumn, IndexTables::type);
        IndexTables.value(sizeColumn, IndexTables::size);
        IndexTables.value(selectivityColumn, IndexTables::selectivity);
        IndexTables.value(reasonColumn, r -> r.reason() == null ? "" : r.reason());
        reasonColumn.setCellFactory(c -> IndexCells.textWithTooltip());
        var usage = model.workloadUsage().property();
        usageColumn.setCellValueFactory(c -> javafx.beans.binding.Bindings.createStringBinding(
                () -> WorkloadUsage.column(usage.get(), c.getValue()), usage));
        usageColumn.setCellFactory(c -> IndexCells.textWithTooltip());
        usageDetail.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> WorkloadUsage.detail(
                usage.get(), model.selectedProperty().get()), usage, model.selectedProperty()));
        DataTable.of(diffTable, model.rows(), r -> r.collection() + r.fields() + (r.exists() ? r.existing().id() : ""))
                .text(statusColumn, r -> r.status().name());
        diffTable.getSelectionModel().selectedItemProperty().addListener((o, old, row) -> model.selectedProperty()
                .set(row));
        model.selectedProperty().addListener((o, old, row) -> {
            if (diffTable.getSelectionModel().getSelectedItem() != row) {
                diffTable.getSelectionModel().select(row);
            }
        });

        IndexTables.value(jobIndexColumn, IndexJob::describe);
        IndexTables.value(jobStateColumn, IndexTables::state);
        IndexTables.self(jobProgressColumn);
        jobProgressColumn.setCellFactory(c -> IndexCells.progress());
        IndexTables.value(jobElapsedColumn, j -> IndexTables.duration(j.elapsed()));
        IndexTables.value(jobEtaColumn, j -> IndexTables.duration(j.eta()));
        IndexTables.value(jobMessageColumn, j -> j.message() == null ? "" : j.message());
        jobMessageColumn.setCellFactory(c -> IndexCells.textWithTooltip());
        IndexTables.self(jobCancelColumn);
        jobCancelColumn.setCellFactory(c -> IndexCells.cancel(this::cancel));
        DataTable.of(jobTable, model.jobs(), IndexJob::id).followNewRows()
                .text(jobProgressColumn, j -> Formats.progress(j.percent(), j.shards()));
        TableWarmUp.onFirstShow(jobTable, new IndexJob(-1, "warm-up", List.of("warm-up"), IndexJob.State.RUNNING, 0,
                Duration.ZERO, null, "", null, null));

        IndexTables.value(proofQueryColumn, l -> l.query().label());
        IndexTables.proofSide(beforeColumn, ProofLine::before);
        IndexTables.proofSide(afterColumn, ProofLine::after);
        DataTable.of(proofTable, model.proof().lines(), l -> l.query().label());

        planLabel.textProperty().bind(model.planNameProperty());
        fromExistingButton.visibleProperty().bind(model.emptyPlanProperty());
        fromExistingButton.managedProperty().bind(fromExistingButton.visibleProperty());
        fromAdviceButton.visibleProperty().bind(model.adviceOfferedProperty());
        fromAdviceButton.managedProperty().bind(fromAdviceButton.visibleProperty());
        summaryLabel.textProperty().bind(model.summaryProperty());
        bindMessage(disabledLabel, model.disabledReasonProperty());
        bindMessage(errorLabel, model.errorProperty());
        bindMessage(servedByLabel, model.proof().servedByProperty());
        proofStatusLabel.textProperty().bind(model.proof().statusProperty());
        proofButton.disableProperty().bind(model.proof().runningProperty());
        createButton.disableProperty().bind(model.canCreateSelected().not());
        createAllButton.disableProperty().bind(model.canCreateAll().not());
        scheduleButton.disableProperty().bind(model.canCreateAll().not().or(windowField.textProperty().isEmpty()));
        windowField.setTooltip(new javafx.scene.control.Tooltip("Build the missing indexes only in this daily "
                + "window, local time: they wait as scheduled in the Jobs pane"));
        dropButton.disableProperty().bind(model.canDropSelected().not());
        busyIndicator.visibleProperty().bind(model.busyProperty().or(model.proof().runningProperty()));
        busyIndicator.managedProperty().bind(busyIndicator.visibleProperty());
        updatedLabel.textProperty().bind(model.lastUpdatedProperty());
    }

    private static void bindMessage(Label label, ReadOnlyStringProperty text) {
        label.textProperty().bind(text);
        label.visibleProperty().bind(text.isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
    }

    private void cancel(IndexJob job) {
        if (job.state() != IndexJob.State.RUNNING || IndexDialogs.confirmCancel(root, job)) {
            model.cancel(job);
        }
    }

    @FXML
    private void create() {
        model.createSelected();
    }

    @FXML
    private void createAll() {
        model.createAllMissing();
    }

    @FXML
    private void schedule() {
        model.scheduleAllMissing(windowField.getText());
    }

    @FXML
    private void drop() {
        DiffRow row = model.selectedProperty().get();
        if (row != null && IndexDialogs.confirmDrop(root, row)) {
            model.dropSelected();
        }
    }

    @FXML
    private void startFromExisting() {
        model.startFromExisting();
    }

    @FXML
    private void startFromAdvice() {
        model.startFromAdvice();
    }

    @FXML
    private void loadPlan() {
        IndexDialogs.openPlan(root).ifPresent(model::loadPlan);
    }

    @FXML
    private void savePlan() {
        IndexDialogs.savePlan(root).ifPresent(model::savePlan);
    }

    @FXML
    private void refresh() {
        model.refresh();
    }

    @FXML
    private void clearFinished() {
        model.clearFinished();
    }

    @FXML
    private void runProof() {
        model.runProof();
    }
}
