package io.arangoconsole.ui.sync;

import io.arangoconsole.core.sync.ColumnType;
import io.arangoconsole.core.sync.SyncState;
import io.arangoconsole.ui.common.ProgressCell;
import io.arangoconsole.ui.common.TextTipCell;
import java.util.List;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
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
        table.setPlaceholder(new Label("No sync running: define one above and press Start."));
        TableColumn<SyncJobRow, SyncJobRow> done = new TableColumn<>("Done");
        done.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        done.setCellFactory(c -> new ProgressCell<>(SyncJobRow::fractionProperty, SyncJobRow::doneProperty,
                SyncJobRow::doneInFullProperty));
        // "12,345 of 38,000" and "38,000 written" whole in the theme's 14 px font (ScreenshotsFxTest at 1024x700)
        done.setMinWidth(136);
        done.setPrefWidth(150);
        TableColumn<SyncJobRow, String> job = job("Job", SyncJobRow::title, SyncJobRow::description, 190);
        TableColumn<SyncJobRow, String> state = text("State", SyncJobRow::statusProperty, 120);
        // every column, Pause and Cancel included, stays inside the pane at 1024 px (SyncLayoutFxTest): the table
        // helper raises each minimum to its header's width, so the long texts (the job's name, its state, whole on
        // hover) give way below their preferred widths. The current watermark is in Done's tooltip: an ISO time
        // cut in a narrow column told nothing, and its column pushed Done's count out of view.
        job.setMinWidth(100);
        state.setMinWidth(90);
        table.getColumns().setAll(List.of(job, done,
                text("Docs/s", SyncJobRow::rateProperty, 68), text("ETA", SyncJobRow::etaProperty, 54),
                text("Rejected", SyncJobRow::errorsProperty, 70), state, actions()));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
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
                ObservableValue<SyncState> state = row.stateProperty();
                // one button that pauses a running job and resumes a paused one, so the column stays narrow
                Button pause = button("Pause", "pauseJob", () -> {
                    if (state.getValue() == SyncState.PAUSED) {
                        row.resume();
                    } else {
                        row.pause();
                    }
                });
                pause.textProperty().bind(Bindings.createStringBinding(
                        () -> state.getValue() == SyncState.PAUSED ? "Resume" : "Pause", state));
                Button cancel = button("Cancel", "cancelJob", row::cancel);
                pause.disableProperty().bind(Bindings.createBooleanBinding(() -> state.getValue().isFinal(), state));
                cancel.disableProperty().bind(Bindings.createBooleanBinding(() -> state.getValue().isFinal(), state));
                setGraphic(new HBox(4, pause, cancel));
            }
        });
        // "Resume" and "Cancel" whole in the theme's 14 px font
        column.setMinWidth(150);
        column.setPrefWidth(150);
        return column;
    }

    /**
     * Every column across the pane at 1024 px, no sideways scroll, the start time whole (SyncLayoutFxTest,
     * ScreenshotsFxTest): the end time is in the start's tooltip and the throughput in the duration's (both follow
     * from the columns shown), and "Verify now" acts on the selected row from the table's title row instead of a
     * button column.
     */
    static void history(TableView<SyncHistoryRow> table) {
        table.setPlaceholder(new Label("No finished sync yet."));
        TableColumn<SyncHistoryRow, String> start = text("Started", r -> new ReadOnlyStringWrapper(r.start()), 160);
        start.setCellFactory(c -> new TextTipCell<>(0, SyncHistoryRow::when));
        TableColumn<SyncHistoryRow, String> duration = text("Duration",
                r -> new ReadOnlyStringWrapper(r.duration()), 74);
        duration.setCellFactory(c -> new TextTipCell<>(0, SyncHistoryRow::durationAndPace));
        table.getColumns().setAll(List.of(start,
                job("Job", SyncHistoryRow::job, SyncHistoryRow::jobDescription, 100),
                text("Read", r -> new ReadOnlyStringWrapper(r.read()), 56),
                text("Written", r -> new ReadOnlyStringWrapper(r.written()), 70),
                text("Rejected", r -> new ReadOnlyStringWrapper(r.rejected()), 76),
                duration, verification()));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
    }

    /** "equal", "differs: k1, k2", or why a new check failed: long sentences wrap in the tooltip. */
    private static TableColumn<SyncHistoryRow, String> verification() {
        TableColumn<SyncHistoryRow, String> column = text("Verification", SyncHistoryRow::verificationProperty, 100);
        column.setCellFactory(c -> new TextTipCell<>(480));
        return column;
    }

    static void csvColumns(TableView<CsvColumn> table) {
        TableColumn<CsvColumn, String> name = text("CSV column", r -> new ReadOnlyStringWrapper(r.name()), 200);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        TableColumn<CsvColumn, ColumnType> type = new TableColumn<>("Type");
        type.setCellValueFactory(c -> c.getValue().typeProperty());
        type.setCellFactory(ComboBoxTableCell.forTableColumn(ColumnType.values()));
        type.setEditable(true);
        type.setPrefWidth(140);
        type.setMinWidth(140);
        table.getColumns().setAll(List.of(name, type));
    }

    private static <R> TableColumn<R, String> text(String title, Function<R, ObservableValue<String>> value,
                                                   double width) {
        TableColumn<R, String> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> value.apply(c.getValue()));
        // narrow columns elide: the full text is one hover away
        column.setCellFactory(c -> new TextTipCell<>());
        column.setMinWidth(width);
        column.setPrefWidth(width);
        return column;
    }

    /** A job's short name, its source and target in full on hover. */
    private static <R> TableColumn<R, String> job(String title, Function<R, String> shortName,
                                                  Function<R, String> fullName, double width) {
        TableColumn<R, String> column = text(title, r -> new ReadOnlyStringWrapper(shortName.apply(r)), width);
        column.setCellFactory(c -> new TextTipCell<>(640, fullName));
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
