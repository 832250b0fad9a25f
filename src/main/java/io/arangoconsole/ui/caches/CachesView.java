package io.arangoconsole.ui.caches;

import io.arangoconsole.ui.common.PaneActivity;
import io.arangoconsole.ui.common.DataTable;
import io.arangoconsole.core.monitoring.CacheSummary;
import io.arangoconsole.ui.common.Formats;
import io.arangoconsole.ui.monitoring.Cells;
import io.arangoconsole.ui.monitoring.ChartWindow;
import io.arangoconsole.ui.monitoring.TimeCharts;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.chart.LineChart;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;

/** Binds the Caches pane to its {@link CachesViewModel}; follows the samples only while the pane is on screen. */
public final class CachesView {

    private final CachesViewModel model;
    @FXML private ScrollPane root;
    @FXML private Label errorLabel;
    @FXML private Label updatedLabel;
    @FXML private TableView<CacheSummary> consoleTable;
    @FXML private TableColumn<CacheSummary, String> cacheName;
    @FXML private TableColumn<CacheSummary, String> cacheHitRate;
    @FXML private TableColumn<CacheSummary, String> cacheHits;
    @FXML private TableColumn<CacheSummary, String> cacheMisses;
    @FXML private TableColumn<CacheSummary, String> cacheEvictions;
    @FXML private TableColumn<CacheSummary, String> cacheLoad;
    @FXML private TableColumn<CacheSummary, String> cacheLive;
    @FXML private ComboBox<ChartWindow> windowChoice;
    @FXML private Label hitRecent;
    @FXML private Label hitLifetime;
    @FXML private Label planCache;
    @FXML private LineChart<Number, Number> hitChart;
    @FXML private ComboBox<String> modeChoice;
    @FXML private TextField maxResultsField;
    @FXML private TextField maxResultsSizeField;
    @FXML private TextField maxEntrySizeField;
    @FXML private CheckBox includeSystemCheck;
    @FXML private Button applyButton;
    @FXML private Label settingsMessage;
    @FXML private TableView<PoolRow> poolTable;
    @FXML private TableColumn<PoolRow, String> poolEndpoint;
    @FXML private TableColumn<PoolRow, String> poolInFlight;
    @FXML private TableColumn<PoolRow, Double> poolUsage;

    public CachesView(CachesViewModel model) {
        this.model = model;
    }

    @FXML
    private void initialize() {
        DataTable.of(consoleTable, model.consoleCaches(), CacheSummary::name);
        consoleTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Cells.text(cacheName, CacheSummary::name);
        Cells.text(cacheHitRate, c -> Formats.percent(c.hitRate()));
        Cells.text(cacheHits, c -> Formats.count(c.hits()));
        Cells.text(cacheMisses, c -> Formats.count(c.misses()));
        Cells.text(cacheEvictions, c -> Formats.count(c.evictions()));
        Cells.text(cacheLoad, c -> Formats.millis(c.averageLoadMillis()));
        Cells.text(cacheLive, c -> c.liveEntries().isPresent() ? Formats.count(c.liveEntries().getAsLong())
                : Formats.NONE);

        windowChoice.getItems().setAll(ChartWindow.values());
        windowChoice.valueProperty().bindBidirectional(model.windowProperty());
        hitRecent.textProperty().bind(model.hitRateRecentProperty());
        hitLifetime.textProperty().bind(model.hitRateLifetimeProperty());
        planCache.textProperty().bind(model.planCacheProperty());
        TimeCharts.prepare(hitChart);
        model.chartProperty().addListener((obs, old, data) -> TimeCharts.show(hitChart, data));
        TimeCharts.show(hitChart, model.chartProperty().get());

        modeChoice.getItems().setAll(model.modes());
        modeChoice.valueProperty().bindBidirectional(model.modeProperty());
        maxResultsField.textProperty().bindBidirectional(model.maxResultsProperty());
        maxResultsSizeField.textProperty().bindBidirectional(model.maxResultsSizeProperty());
        maxEntrySizeField.textProperty().bindBidirectional(model.maxEntrySizeProperty());
        includeSystemCheck.selectedProperty().bindBidirectional(model.includeSystemProperty());
        applyButton.disableProperty().bind(model.busyProperty().or(model.modeProperty().isNull()));
        settingsMessage.textProperty().bind(model.settingsMessageProperty());

        DataTable.of(poolTable, model.pool(), PoolRow::endpoint);
        poolTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Cells.text(poolEndpoint, PoolRow::endpoint);
        Cells.text(poolInFlight, p -> p.inFlight() + " / " + p.max());
        poolUsage.setCellValueFactory(c -> new javafx.beans.property.SimpleObjectProperty<>(c.getValue().usage()));
        poolUsage.setCellFactory(col -> new TableCell<>() {
            private final ProgressBar bar = new ProgressBar();

            @Override
            protected void updateItem(Double usage, boolean empty) {
                super.updateItem(usage, empty);
                bar.setProgress(usage == null ? 0 : usage);
                bar.setMaxWidth(Double.MAX_VALUE);
                setGraphic(empty ? null : bar);
            }
        });

        errorLabel.textProperty().bind(Bindings.when(model.errorProperty().isEmpty())
                .then(model.samplingErrorProperty()).otherwise(model.errorProperty()));
        updatedLabel.textProperty().bind(Bindings.createStringBinding(() -> model.lastUpdatedProperty().get() == null
                ? "waiting for the first sample" : "Updated " + Formats.clock(model.lastUpdatedProperty().get()),
                model.lastUpdatedProperty()));
        // Shown when the shell puts the pane on screen; hidden panes follow nothing.
        // Active while the pane is shown: switching panes or closing the window stops the polling.
        PaneActivity.whileShown(root, model::activate, model::deactivate);
    }

    @FXML
    private void apply() {
        model.applyCacheSettings();
    }

    @FXML
    private void reload() {
        model.loadCacheSettings();
    }
}
