package io.arangoconsole.ui.insight;

import io.arangoconsole.ui.common.Confirm;
import io.arangoconsole.ui.common.TextTipCell;
import io.arangoconsole.ui.common.DataTable;
import io.arangoconsole.ui.common.ServerGuard;
import java.time.Duration;
import java.util.Map;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTableView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.LineNumberFactory;

/** Binds the query pane to its {@link WorkbenchViewModel}: the AQL editor, the results and the plan tree. */
public final class WorkbenchView {
    private static final KeyCombination RUN = new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination EXPLAIN = new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);

    private final WorkbenchViewModel model;
    private final ShapesViewModel shapes;
    private final CodeArea editor = new CodeArea();
    @FXML private VBox root;
    @FXML private StackPane editorHolder;
    @FXML private TextArea bindArea;
    @FXML private Button runButton;
    @FXML private Button profileButton;
    @FXML private Button explainButton;
    @FXML private Button cancelButton;
    @FXML private TextField limitField;
    @FXML private Label messageLabel;
    @FXML private Label errorLabel;
    @FXML private Label databaseLabel;
    @FXML private TabPane tabs;
    @FXML private Tab tableTab;
    @FXML private Tab planTab;
    @FXML private Tab shapesTab;
    @FXML private TableView<ResultRow> resultTable;
    @FXML private TextArea jsonArea;
    @FXML private Label planTitleLabel;
    @FXML private TreeTableView<PlanRow> planTree;
    @FXML private TreeTableColumn<PlanRow, String> nodeColumn;
    @FXML private TreeTableColumn<PlanRow, String> accessColumn;
    @FXML private TreeTableColumn<PlanRow, String> estItemsColumn;
    @FXML private TreeTableColumn<PlanRow, String> costColumn;
    @FXML private TreeTableColumn<PlanRow, String> conditionColumn;
    @FXML private TreeTableColumn<PlanRow, String> callsColumn;
    @FXML private TreeTableColumn<PlanRow, String> itemsColumn;
    @FXML private TreeTableColumn<PlanRow, String> runtimeColumn;
    @FXML private Label rulesLabel;
    @FXML private Label warningsLabel;
    @FXML private Label phasesLabel;

    public WorkbenchView(WorkbenchViewModel model, ShapesViewModel shapes) {
        this.model = model;
        this.shapes = shapes;
    }

    @FXML
    private void initialize() {
        editor.setId("aqlEditor");
        editor.getStyleClass().add("aql-editor");
        editor.setParagraphGraphicFactory(LineNumberFactory.get(editor));
        editor.replaceText(model.queryProperty().get());
        editor.textProperty().addListener((obs, old, text) -> model.queryProperty().set(text));
        model.queryProperty().addListener((obs, old, text) -> {
            if (!text.equals(editor.getText())) {
                editor.replaceText(text);
            }
        });
        // highlighting through the control's own style spans, recomputed after each edit or caret move
        editor.multiPlainChanges().successionEnds(Duration.ofMillis(30)).subscribe(c -> highlight());
        editor.caretPositionProperty().addListener((obs, old, at) -> highlight());
        model.errorPositionProperty().addListener((obs, old, at) -> highlight());
        editorHolder.getChildren().add(new VirtualizedScrollPane<>(editor));
        bindArea.textProperty().bindBidirectional(model.bindTextProperty());
        limitField.setText(String.valueOf(model.rowLimitProperty().get()));
        limitField.textProperty().addListener((obs, old, text) -> {
            try {
                model.rowLimitProperty().set(Math.max(1, Integer.parseInt(text.strip())));
            } catch (NumberFormatException e) {
                model.rowLimitProperty().set(WorkbenchViewModel.DEFAULT_ROW_LIMIT);
            }
        });
        messageLabel.textProperty().bind(model.messageProperty());
        errorLabel.textProperty().bind(model.errorProperty());
        errorLabel.visibleProperty().bind(model.errorProperty().isNotEmpty());
        errorLabel.managedProperty().bind(errorLabel.visibleProperty());
        for (Button b : new Button[] {runButton, profileButton, explainButton}) {
            b.disableProperty().bind(model.runningProperty());
        }
        cancelButton.disableProperty().bind(model.runningProperty().not());
        root.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (RUN.match(e)) {
                e.consume();
                run();
            } else if (EXPLAIN.match(e)) {
                e.consume();
                explain();
            }
        });
        DataTable.of(resultTable, model.rows(), ResultRow::index);
        model.columns().addListener((javafx.collections.ListChangeListener<String>) c -> columns());
        jsonArea.textProperty().bind(model.jsonProperty());
        PlanTreeTable.columns(nodeColumn, accessColumn, Map.of(estItemsColumn, PlanRow::estimatedItems, costColumn,
                PlanRow::estimatedCost, conditionColumn, PlanRow::condition, callsColumn, PlanRow::calls,
                itemsColumn, PlanRow::items, runtimeColumn, PlanRow::runtime));
        planTitleLabel.textProperty().bind(model.planTitleProperty());
        planTree.setFixedCellSize(PlanTreeTable.ROW_HEIGHT);
        model.preparePlansWith(PlanTreeTable::prepare);
        model.planViewProperty().addListener((obs, old, view) -> {
            PlanTreeTable.show(view, planTree, rulesLabel, warningsLabel, phasesLabel);
            tabs.getSelectionModel().select(planTab);
        });
        PlanTreeTable.show(model.planViewProperty().get(), planTree, rulesLabel, warningsLabel, phasesLabel);
        shapesTab.setContent(ShapesPane.build(shapes, model, editor::requestFocus));
        root.sceneProperty().addListener((obs, old, scene) -> databaseLabel.setText(scene == null ? ""
                : "On " + ServerGuard.of(root).server()));
    }

    private void highlight() {
        String text = editor.getText();
        int[] at = model.errorPositionProperty().get();
        int errorOffset = at == null || text.isEmpty() ? -1 : AqlHighlighter.offset(text, at[0], at[1]);
        editor.setStyleSpans(0, AqlHighlighter.highlight(text, editor.getCaretPosition(), errorOffset));
    }

    private void columns() {
        resultTable.getColumns().clear();
        TableColumn<ResultRow, String> number = new TableColumn<>("#");
        number.setCellValueFactory(c -> new ReadOnlyStringWrapper(String.valueOf(c.getValue().index())));
        number.setComparator((a, b) -> Integer.compare(Integer.parseInt(a), Integer.parseInt(b)));
        number.setPrefWidth(50);
        resultTable.getColumns().add(number);
        for (int i = 0; i < model.columns().size(); i++) {
            int index = i;
            String name = model.columns().get(i);
            TableColumn<ResultRow, String> column = new TableColumn<>(name);
            column.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().cell(index)));
            column.setCellFactory(c -> new TextTipCell<>());
            column.setPrefWidth(Math.max(80, Math.min(260, 9 * name.length() + 30)));
            resultTable.getColumns().add(column);
        }
    }

    @FXML
    private void run() {
        if (!model.runningProperty().get() && confirmed("Run")) {
            tabs.getSelectionModel().select(tableTab);
            model.run();
        }
    }

    @FXML
    private void profile() {
        if (!model.runningProperty().get() && confirmed("Profile")) {
            model.profile();
        }
    }

    @FXML
    private void explain() {
        if (!model.runningProperty().get()) {
            model.explain();
        }
    }

    @FXML
    private void cancel() {
        model.cancel();
    }

    @FXML
    private void copyJson() {
        ClipboardContent content = new ClipboardContent();
        content.putString(model.jsonProperty().get());
        Clipboard.getSystemClipboard().setContent(content);
    }

    /** A query that modifies data runs (or is profiled, which runs it too) only after a confirmation. */
    private boolean confirmed(String action) {
        return !model.modifiesData() || Confirm.ask(runButton, action + " a query that modifies data",
                action + " this query? It writes to the database.", "Profiling runs the query too: whatever it "
                + "inserts, updates, replaces or removes is changed for real.", action, "Don't run");
    }
}
