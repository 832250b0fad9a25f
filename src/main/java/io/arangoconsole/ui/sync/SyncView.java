package io.arangoconsole.ui.sync;

import atlantafx.base.theme.Styles;
import io.arangoconsole.ui.common.PaneActivity;
import io.arangoconsole.ui.common.Confirm;
import io.arangoconsole.ui.common.DataTable;
import io.arangoconsole.core.sync.OnDuplicate;
import io.arangoconsole.ui.common.TableWarmUp;
import io.arangoconsole.ui.sync.SyncForm.SourceKind;
import io.arangoconsole.ui.sync.SyncForm.TargetKind;
import java.io.File;
import javafx.beans.binding.BooleanBinding;
import javafx.collections.FXCollections;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Tooltip;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.util.StringConverter;

/** Binds the Sync pane's controls to its view model and forwards the buttons; no logic of its own. */
public final class SyncView {

    private final SyncViewModel model;
    @FXML private VBox root;
    @FXML private javafx.scene.control.SplitPane layoutSplit;
    @FXML private VBox formFields;
    @FXML private javafx.scene.control.TitledPane form;
    @FXML private VBox jobsBox;
    @FXML private VBox historyBox;
    @FXML private HBox jobsHeader;
    @FXML private HBox historyHeader;
    @FXML private Button verifyButton;
    @FXML private ChoiceBox<SourceKind> sourceKind;
    @FXML private ChoiceBox<TargetKind> targetKind;
    @FXML private TextField sourceUrl;
    @FXML private ComboBox<SourceServer> sourceServer;
    @FXML private ComboBox<String> sourceDatabase;
    @FXML private ComboBox<String> sourceCollection;
    @FXML private TextField sourceUser;
    @FXML private PasswordField sourcePassword;
    @FXML private TextField sourceFile;
    @FXML private TextField replicaUrl;
    @FXML private ComboBox<String> targetCollection;
    @FXML private ComboBox<String> watermark;
    @FXML private TextField batchSize;
    @FXML private ChoiceBox<OnDuplicate> onDuplicate;
    @FXML private CheckBox full;
    @FXML private TextField rejectsFile;
    @FXML private Label serverLabel;
    @FXML private Button connectButton;
    @FXML private ProgressIndicator pickerBusy;
    @FXML private Label pickerStatus;
    @FXML private Label sourceUrlLabel;
    @FXML private Label sourceDbLabel;
    @FXML private Label sourceCollectionLabel;
    @FXML private Label sourceUserLabel;
    @FXML private Label sourcePasswordLabel;
    @FXML private Label fileLabel;
    @FXML private HBox fileBox;
    @FXML private TableView<CsvColumn> csvColumns;
    @FXML private Label errorLabel;
    @FXML private TableView<SyncJobRow> jobs;
    @FXML private Label noticeLabel;
    @FXML private javafx.scene.control.Button sourceIndexButton;
    @FXML private javafx.scene.control.MenuButton rejectsButton;
    @FXML private TableView<SyncHistoryRow> history;

    public SyncView(SyncViewModel model) {
        this.model = model;
    }

    @FXML
    private void initialize() {
        SyncLayout.apply(layoutSplit, this.form, formFields, jobsBox, historyBox);
        SyncForm form = model.form();
        noticeLabel.textProperty().bind(model.noticeProperty());
        sourceIndexButton.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> model.sourceIndexOffer(jobs.getSelectionModel().getSelectedItem()) == null,
                jobs.getSelectionModel().selectedItemProperty(), model.noticeProperty()));
        noticeLabel.setTooltip(new Tooltip());
        noticeLabel.getTooltip().textProperty().bind(model.noticeProperty());
        // refreshed on a new selection and when a run ends (it then enters the history)
        var noRejects = javafx.beans.binding.Bindings.createBooleanBinding(() -> rejectsOfSelected().isEmpty(),
                jobs.getSelectionModel().selectedItemProperty(), model.history());
        rejectsButton.disableProperty().bind(noRejects);
        rejectsButton.setTooltip(new Tooltip());
        rejectsButton.getTooltip().textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                this::rejectsOfSelected, jobs.getSelectionModel().selectedItemProperty(), model.history()));
        sourceKind.setItems(FXCollections.observableArrayList(SourceKind.values()));
        sourceKind.setConverter(names("ArangoDB", "File (JSONL, CSV)"));
        sourceKind.setTooltip(new Tooltip("Read an ArangoDB collection or a file"));
        sourceKind.valueProperty().bindBidirectional(form.sourceKind);
        targetKind.setItems(FXCollections.observableArrayList(TargetKind.values()));
        targetKind.setConverter(names("Primary", "Replica deployment"));
        targetKind.setTooltip(new Tooltip("Primary: the current connection; or a separate replica deployment"));
        targetKind.valueProperty().bindBidirectional(form.targetKind);
        onDuplicate.setItems(FXCollections.observableArrayList(OnDuplicate.values()));
        onDuplicate.valueProperty().bindBidirectional(form.onDuplicate);
        bindPickers(form, model.pickers());
        sourceUrl.textProperty().bindBidirectional(form.sourceUrl);
        sourceUser.textProperty().bindBidirectional(form.sourceUser);
        sourcePassword.textProperty().bindBidirectional(form.sourcePassword);
        sourceFile.textProperty().bind(form.sourceFile.asString().map(s -> "null".equals(s) ? "" : s));
        replicaUrl.textProperty().bindBidirectional(form.replicaUrl);
        replicaUrl.disableProperty().bind(form.targetKind.isNotEqualTo(TargetKind.REPLICA));
        batchSize.textProperty().bindBidirectional(form.batchSize);
        full.selectedProperty().bindBidirectional(form.full);
        rejectsFile.textProperty().bindBidirectional(form.rejectsFile);
        BooleanBinding database = form.sourceKind.isEqualTo(SourceKind.DATABASE);
        showWhen(database, serverLabel, sourceServer, sourceUrlLabel, sourceUrl, sourceDbLabel, sourceDatabase,
                sourceCollectionLabel, sourceCollection, sourceUserLabel, sourceUser, sourcePasswordLabel,
                sourcePassword);
        showWhen(database.not(), fileLabel, fileBox);
        SyncTables.csvColumns(csvColumns);
        csvColumns.setItems(form.csvColumns);
        showWhen(database.not().and(javafx.beans.binding.Bindings.isNotEmpty(form.csvColumns)), csvColumns);
        errorLabel.textProperty().bind(model.errorProperty());
        showWhen(model.errorProperty().isNotEmpty(), errorLabel);
        SyncTables.jobs(jobs);
        DataTable.of(jobs, model.jobs(), r -> r).followNewRows().searchIn(jobsHeader);
        TableWarmUp.onFirstShow(jobs, new SyncJobRow("warm-up", "warm-up"));
        SyncTables.history(history);
        verifyButton.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> history.getSelectionModel().getSelectedItem() == null
                        || history.getSelectionModel().getSelectedItem().spec() == null,
                history.getSelectionModel().selectedItemProperty()));
        verifyButton.setTooltip(new Tooltip("Compare the selected run's source and target again"));
        DataTable.of(history, model.history(), r -> r.result().start() + r.result().target())
                .searchIn(historyHeader);
        PaneActivity.whileShown(root, model::activate, model::deactivate);
    }

    /** The server picker and the editable lists: a name can still be typed, the lists fill after "Connect". */
    private void bindPickers(SyncForm form, SyncPickers pickers) {
        sourceServer.setItems(pickers.servers());
        sourceServer.setConverter(new StringConverter<>() {
            @Override
            public String toString(SourceServer server) {
                return server == null ? "" : server.label();
            }

            @Override
            public SourceServer fromString(String text) {
                throw new UnsupportedOperationException("the server picker is not editable");
            }
        });
        sourceServer.valueProperty().bindBidirectional(form.sourceServer);
        var typed = form.sourceServer.isEqualTo(SourceServer.TYPED).or(form.sourceServer.isNull());
        sourceUrl.disableProperty().bind(typed.not());
        sourceUser.disableProperty().bind(typed.not());
        editable(sourceDatabase, pickers.sourceDatabases(), form.sourceDatabase);
        editable(sourceCollection, pickers.sourceCollections(), form.sourceCollection);
        editable(targetCollection, pickers.targetCollections(), form.targetCollection);
        editable(watermark, pickers.watermarks(), form.watermark);
        pickerStatus.textProperty().bind(pickers.statusProperty());
        pickers.statusOkProperty().addListener((obs, old, ok) -> pickerStatus.pseudoClassStateChanged(
                Styles.STATE_DANGER, !ok));
        pickerStatus.setTooltip(new Tooltip());
        pickerStatus.getTooltip().textProperty().bind(pickers.statusProperty());
        showWhen(pickers.loadingProperty(), pickerBusy);
        connectButton.disableProperty().bind(pickers.loadingProperty());
    }

    private static void editable(ComboBox<String> box, javafx.collections.ObservableList<String> items,
                                 javafx.beans.property.StringProperty value) {
        box.setItems(items);
        box.valueProperty().bindBidirectional(value);
        box.setVisibleRowCount(12);
    }

    private static void showWhen(javafx.beans.value.ObservableBooleanValue condition, Node... nodes) {
        for (Node node : nodes) {
            node.visibleProperty().bind(condition);
            node.managedProperty().bind(condition);
        }
    }

    private static <E extends Enum<E>> StringConverter<E> names(String first, String second) {
        return new StringConverter<>() {
            @Override
            public String toString(E value) {
                return value == null ? "" : value.ordinal() == 0 ? first : second;
            }

            @Override
            public E fromString(String text) {
                throw new UnsupportedOperationException("choice boxes do not parse");
            }
        };
    }

    @FXML
    private void chooseFile() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Source file");
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("JSONL or CSV", "*.jsonl", "*.json",
                "*.ndjson", "*.csv"), new FileChooser.ExtensionFilter("All files", "*.*"));
        File file = chooser.showOpenDialog(root.getScene().getWindow());
        if (file != null) {
            model.chooseSourceFile(file.toPath());
        }
    }

    @FXML
    private void connect() {
        model.pickers().connect();
    }

    @FXML
    private void start() {
        if (model.form().full.get() && !Confirm.ask(root, "Full re-sync", "Copy every document again?",
                "A full re-sync ignores the checkpoint and rewrites the whole target collection.", "Re-sync all",
                "Cancel")) {
            return;
        }
        model.start();
    }

    /** Asks first, naming the source server; "Cancel" is the default. */
    @FXML
    private void buildSourceIndex() {
        SyncJobRow row = jobs.getSelectionModel().getSelectedItem();
        String offer = model.sourceIndexOffer(row);
        if (offer != null && SyncDialogs.confirm(jobs, "Build source index", "Build " + offer + "?",
                "Building it reads the whole collection on that server and loads it until the build ends. The "
                        + "next incremental syncs then read only new records.", "Build index")) {
            model.createSourceIndex(row);
        }
    }

    private String rejectsOfSelected() {
        SyncJobRow row = jobs.getSelectionModel().getSelectedItem();
        return row == null ? "" : row.rejectsFileProperty().get();
    }

    @FXML
    private void copyRejectsPath() {
        javafx.scene.input.ClipboardContent content = new javafx.scene.input.ClipboardContent();
        content.putString(rejectsOfSelected());
        javafx.scene.input.Clipboard.getSystemClipboard().setContent(content);
    }

    @FXML
    private void openRejects() {
        model.openRejects(jobs.getSelectionModel().getSelectedItem());
    }

    @FXML
    private void verifySelected() {
        SyncHistoryRow row = history.getSelectionModel().getSelectedItem();
        if (row != null) {
            model.verifyNow(row);
        }
    }

    @FXML
    private void clearFinished() {
        model.clearFinished();
    }
}
