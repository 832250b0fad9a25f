package io.arangoconsole.ui.overview;

import io.arangoconsole.ui.common.PaneActivity;
import io.arangoconsole.ui.common.DataTable;
import java.util.List;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Node;
import io.arangoconsole.ui.monitoring.TimeCharts;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;

/** Binds the Overview's layout to its {@link OverviewViewModel}; polls only while the pane is in a scene. */
public final class OverviewView {

    private final OverviewViewModel model;

    @FXML private ScrollPane root;
    @FXML private Label lastUpdatedLabel;
    @FXML private ProgressBar refreshProgress;
    @FXML private Button refreshButton;
    @FXML private Button compareButton;
    @FXML private Label errorLabel;
    @FXML private FlowPane cardsPane;
    @FXML private TextField searchField;
    @FXML private CheckBox systemToggle;
    @FXML private Button previousPage;
    @FXML private Button nextPage;
    @FXML private Label pageLabel;
    @FXML private ComboBox<String> breakdownChoice;
    @FXML private Label breakdownNote;
    @FXML private BarChart<String, Number> breakdownChart;
    @FXML private VBox driftBox;
    @FXML private Label driftTitle;
    @FXML private TableView<DriftLine> driftTable;
    @FXML private TableColumn<DriftLine, String> driftCollection;
    @FXML private TableColumn<DriftLine, String> driftPrimary;
    @FXML private TableColumn<DriftLine, String> driftReplica;
    @FXML private TableColumn<DriftLine, String> driftDifference;
    @FXML private TableColumn<DriftLine, String> driftPrimaryLatest;
    @FXML private TableColumn<DriftLine, String> driftReplicaLatest;
    @FXML private TableColumn<DriftLine, String> driftLag;
    @FXML private ComboBox<String> lagChoice;
    @FXML private LineChart<Number, Number> lagChart;
    @FXML private TableColumn<DriftLine, String> driftNote;
    @FXML private VBox comparisonBox;
    @FXML private Label comparisonNote;
    @FXML private TableView<ComparisonLine> comparisonTable;
    @FXML private TableColumn<ComparisonLine, String> cmpWhat;
    @FXML private TableColumn<ComparisonLine, String> cmpNaiveTook;
    @FXML private TableColumn<ComparisonLine, String> cmpNaivePlan;
    @FXML private TableColumn<ComparisonLine, String> cmpOursTook;
    @FXML private TableColumn<ComparisonLine, String> cmpOursPlan;
    @FXML private TableColumn<ComparisonLine, String> cmpAnswer;
    @FXML private TableColumn<ComparisonLine, String> cmpNaiveCall;
    @FXML private TableColumn<ComparisonLine, String> cmpOursCall;

    public OverviewView(OverviewViewModel model) {
        this.model = model;
    }

    @FXML
    private void initialize() {
        lastUpdatedLabel.textProperty().bind(model.lastUpdatedProperty());
        errorLabel.textProperty().bind(model.errorProperty());
        show(errorLabel, model.errorProperty().isNotEmpty());
        refreshProgress.progressProperty().bind(model.progressProperty());
        show(refreshProgress, model.busyProperty());
        refreshButton.disableProperty().bind(model.busyProperty());
        compareButton.disableProperty().bind(model.comparingProperty());

        model.cards().addListener((ListChangeListener<CollectionCard>) c -> cardsPane.getChildren()
                .setAll(model.cards().stream().map(card -> CardNodes.of(card, this::chooseFreshness,
                        this::chooseBreakdown)).toList()));
        searchField.textProperty().bindBidirectional(model.searchProperty());
        systemToggle.selectedProperty().bindBidirectional(model.showSystemProperty());
        pageLabel.textProperty().bind(model.pageTextProperty());
        previousPage.disableProperty().bind(model.pageProperty().lessThanOrEqualTo(0));
        nextPage.disableProperty().bind(model.pageProperty().greaterThanOrEqualTo(
                model.pageCountProperty().subtract(1)));
        previousPage.setOnAction(e -> model.pageProperty().set(model.pageProperty().get() - 1));
        nextPage.setOnAction(e -> model.pageProperty().set(model.pageProperty().get() + 1));
        breakdownChoice.setItems(model.collections());
        breakdownChoice.valueProperty().bindBidirectional(model.breakdownCollectionProperty());
        breakdownNote.textProperty().bind(model.breakdownNoteProperty());
        model.breakdown().addListener((ListChangeListener<StatusSlice>) c -> showBreakdown());
        show(breakdownChart, Bindings.isNotEmpty(model.breakdown()));

        DataTable.of(driftTable, model.drift(), DriftLine::collection);
        column(driftCollection, DriftLine::collection);
        column(driftPrimary, DriftLine::primaryCount);
        column(driftReplica, DriftLine::replicaCount);
        column(driftDifference, DriftLine::difference);
        column(driftPrimaryLatest, DriftLine::primaryLatest);
        column(driftReplicaLatest, DriftLine::replicaLatest);
        column(driftLag, DriftLine::lag);
        column(driftNote, DriftLine::note);
        driftTable.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(DriftLine line, boolean empty) {
                super.updateItem(line, empty);
                getStyleClass().remove("drifted");
                if (!empty && line != null && line.drifted()) {
                    getStyleClass().add("drifted");
                }
            }
        });
        show(driftBox, model.driftShownProperty());
        model.drift().addListener((ListChangeListener<DriftLine>) c -> driftTitle.setText(
                model.drift().stream().anyMatch(l -> l.side().equals("follower reads"))
                        ? "Follower reads (dirty reads from this cluster's followers): drift and lag"
                        : "Replica drift and lag"));
        model.drift().addListener((ListChangeListener<DriftLine>) c -> {
            List<String> names = model.drift().stream().filter(l -> !l.lag().equals("—")).map(DriftLine::collection)
                    .toList();
            if (!lagChoice.getItems().equals(names)) {
                lagChoice.getItems().setAll(names);
            }
        });
        lagChoice.valueProperty().bindBidirectional(model.lagCollectionProperty());
        TimeCharts.prepare(lagChart);
        model.lagChartProperty().addListener((obs, old, data) -> TimeCharts.show(lagChart, data));

        DataTable.of(comparisonTable, model.comparison(), ComparisonLine::what);
        column(cmpWhat, ComparisonLine::what);
        column(cmpNaiveTook, ComparisonLine::naiveTook);
        column(cmpNaivePlan, ComparisonLine::naivePlan);
        column(cmpOursTook, ComparisonLine::oursTook);
        column(cmpOursPlan, ComparisonLine::oursPlan);
        column(cmpAnswer, ComparisonLine::answer);
        column(cmpNaiveCall, ComparisonLine::naiveCall);
        column(cmpOursCall, ComparisonLine::oursCall);
        comparisonNote.textProperty().bind(model.comparisonNoteProperty());
        show(comparisonBox, model.comparisonNoteProperty().isNotEmpty());

        // Poll only while the pane is the one shown.
        PaneActivity.whileShown(root, model::activate, model::deactivate);
    }

    private void chooseFreshness(CollectionCard card) {
        AttributeDialog.ask(root.getScene().getWindow(), "Freshness", card, card.watermark())
                .ifPresent(choice -> model.chooseWatermark(card.collection(), choice.orElse(null)));
    }

    private void chooseBreakdown(CollectionCard card) {
        AttributeDialog.ask(root.getScene().getWindow(), "Breakdown", card, null)
                .ifPresent(choice -> model.chooseBreakdown(card.collection(), choice.orElse(null)));
    }

    private void showBreakdown() {
        XYChart.Series<String, Number> series = new XYChart.Series<>();
        model.breakdown().forEach(s -> series.getData().add(new XYChart.Data<>(s.status(), s.count())));
        breakdownChart.getData().setAll(List.of(series));
    }

    private static <S> void column(TableColumn<S, String> column, Function<S, String> text) {
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(text.apply(cell.getValue())));
    }

    private static void show(Node node, ObservableValue<Boolean> when) {
        node.visibleProperty().bind(when);
        node.managedProperty().bind(node.visibleProperty());
    }

    /** The root, for the pane map. */
    public Node root() {
        return root;
    }

    @FXML
    private void refresh() {
        model.refresh();
    }

    @FXML
    private void settings() {
        CollectionSettingsDialog.show(root.getScene().getWindow(), model);
    }

    @FXML
    private void compare() {
        model.compareNaive();
    }
}
