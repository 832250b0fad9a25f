package io.arangoconsole.ui.sync;

import io.arangoconsole.core.sync.ColumnType;
import io.arangoconsole.core.sync.SyncState;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Button;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.cell.ComboBoxTableCell;
import javafx.scene.layout.HBox;

/** The columns and cells of the Sync pane's three tables, kept out of the view so it stays a binder. */
final class SyncTables {

    private SyncTables() {
    }

    static void jobs(TableView<SyncJobRow> table) {
        table.setPlaceholder(new javafx.scene.control.Label("No sync running: define one above and press Start."));
        TableColumn<SyncJobRow, Number> progress = new TableColumn<>("Progress");
        progress.setCellValueFactory(c -> c.getValue().fractionProperty());
        progress.setCellFactory(c -> new TableCell<>() {
            private final ProgressBar bar = new ProgressBar();

            @Override
            protected void updateItem(Number value, boolean empty) {
                super.updateItem(value, empty);
                bar.setMaxWidth(Double.MAX_VALUE);
                bar.setProgress(value == null ? 0 : value.doubleValue());
                setGraphic(empty ? null : bar);
            }
        });
        progress.setPrefWidth(110);
        table.getColumns().setAll(List.of(
                text("Job", r -> new ReadOnlyStringWrapper(r.title()), 220), progress,
                text("Done", SyncJobRow::doneProperty, 130), text("Docs/s", SyncJobRow::rateProperty, 70),
                text("ETA", SyncJobRow::etaProperty, 70), text("Errors", SyncJobRow::errorsProperty, 55),
                text("Watermark", SyncJobRow::watermarkProperty, 150),
                text("State", SyncJobRow::statusProperty, 260), actions()));
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
    }

    private static TableColumn<SyncJobRow, SyncJobRow> actions() {
        TableColumn<SyncJobRow, SyncJobRow> column = new TableColumn<>("");
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(SyncJobRow row, boolean empty) {
                super.updateItem(row, empty);
                if (empty || row == null) {
                    setGraphic(null);
                    return;
                }
                Button pause = button("Pause", "pauseJob", row::pause);
                Button resume = button("Resume", "resumeJob", row::resume);
                Button cancel = button("Cancel", "cancelJob", row::cancel);
                ObservableValue<SyncState> state = row.stateProperty();
                pause.disableProperty().bind(Bindings.createBooleanBinding(() -> state.getValue().isFinal()
                        || state.getValue() == SyncState.PAUSED, state));
                resume.disableProperty().bind(Bindings.createBooleanBinding(
                        () -> state.getValue() != SyncState.PAUSED, state));
                cancel.disableProperty().bind(Bindings.createBooleanBinding(() -> state.getValue().isFinal(), state));
                setGraphic(new HBox(4, pause, resume, cancel));
            }
        });
        column.setPrefWidth(220);
        return column;
    }

    static void history(TableView<SyncHistoryRow> table, Consumer<SyncHistoryRow> verify) {
        table.setPlaceholder(new javafx.scene.control.Label("No finished sync yet."));
        TableColumn<SyncHistoryRow, SyncHistoryRow> action = new TableColumn<>("");
        action.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        action.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(SyncHistoryRow row, boolean empty) {
                super.updateItem(row, empty);
                Button b = empty || row == null ? null : button("Verify now", "verifyNow", () -> verify.accept(row));
                if (b != null) {
                    b.setDisable(row.spec() == null);
                }
                setGraphic(b);
            }
        });
        action.setPrefWidth(100);
        table.getColumns().setAll(List.of(
                text("Start", r -> new ReadOnlyStringWrapper(r.start()), 140),
                text("End", r -> new ReadOnlyStringWrapper(r.end()), 140),
                text("Job", r -> new ReadOnlyStringWrapper(r.job()), 240),
                text("Read", r -> new ReadOnlyStringWrapper(r.read()), 70),
                text("Written", r -> new ReadOnlyStringWrapper(r.written()), 70),
                text("Rejected", r -> new ReadOnlyStringWrapper(r.rejected()), 70),
                text("Duration", r -> new ReadOnlyStringWrapper(r.duration()), 80),
                text("Throughput", r -> new ReadOnlyStringWrapper(r.throughput()), 90),
                text("Verification", SyncHistoryRow::verificationProperty, 200), action));
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
    }

    static void csvColumns(TableView<CsvColumn> table) {
        TableColumn<CsvColumn, String> name = text("CSV column", r -> new ReadOnlyStringWrapper(r.name()), 200);
        TableColumn<CsvColumn, ColumnType> type = new TableColumn<>("Type");
        type.setCellValueFactory(c -> c.getValue().typeProperty());
        type.setCellFactory(ComboBoxTableCell.forTableColumn(ColumnType.values()));
        type.setEditable(true);
        type.setPrefWidth(140);
        table.getColumns().setAll(List.of(name, type));
    }

    private static <R> TableColumn<R, String> text(String title, Function<R, ObservableValue<String>> value,
                                                   double width) {
        TableColumn<R, String> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> value.apply(c.getValue()));
        column.setPrefWidth(width);
        return column;
    }

    private static Button button(String text, String id, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.getStyleClass().add("small");
        b.setOnAction(e -> action.run());
        return b;
    }
}
