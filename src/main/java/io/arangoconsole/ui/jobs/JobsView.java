package io.arangoconsole.ui.jobs;

import io.arangoconsole.ui.common.DataTable;
import io.arangoconsole.ui.common.ProgressCell;
import io.arangoconsole.ui.common.TableWarmUp;
import io.arangoconsole.ui.common.TextTipCell;
import io.arangoconsole.ui.indexes.IndexDialogs;
import java.util.List;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableValue;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** Binds the Jobs pane: one table of every background job with its progress and commands. */
public final class JobsView {

    private final JobsViewModel model;
    @FXML private VBox root;
    @FXML private Label summaryLabel;
    @FXML private TableView<JobItem> table;

    public JobsView(JobsViewModel model) {
        this.model = model;
    }

    @FXML
    private void initialize() {
        summaryLabel.textProperty().bind(Bindings.when(model.summaryProperty().isEmpty())
                .then("nothing running").otherwise(model.summaryProperty()));
        table.setPlaceholder(new Label("No background job: start a sync or an index build and it shows here."));
        TableColumn<JobItem, String> job = text("Job", JobItem::titleProperty, 220);
        job.setCellFactory(c -> new TextTipCell<>(640, item -> item.descriptionProperty().get()));
        table.getColumns().setAll(List.of(
                text("Kind", item -> new ReadOnlyObjectWrapper<>(item.kind().display()), 90), job,
                text("Server", JobItem::serverProperty, 150), progress(),
                text("Details", JobItem::detailProperty, 180),
                text("Rejected", JobItem::rejectedProperty, 70), text("State", JobItem::stateProperty, 160),
                actions()));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        DataTable.of(table, model.items(), item -> item).followNewRows()
                .text(table.getColumns().get(3), item -> item.progressProperty().get());
        TableWarmUp.onFirstShow(table, new JobItem(JobItem.Kind.SYNC, () -> { }, () -> { }, () -> { }));
    }

    @FXML
    private void clearFinished() {
        model.clearFinished();
    }

    private static TableColumn<JobItem, JobItem> progress() {
        TableColumn<JobItem, JobItem> column = new TableColumn<>("Done");
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        column.setCellFactory(c -> new ProgressCell<>(JobItem::fractionProperty, JobItem::progressProperty));
        column.setMinWidth(130);
        column.setPrefWidth(150);
        return column;
    }

    private TableColumn<JobItem, JobItem> actions() {
        TableColumn<JobItem, JobItem> column = new TableColumn<>("");
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(JobItem item, boolean empty) {
                super.updateItem(item, empty);
                if (empty || item == null) {
                    setGraphic(null);
                    return;
                }
                HBox buttons = new HBox(4);
                if (item.canPause()) {
                    Button pause = button("jobPause", item::togglePause);
                    pause.textProperty().bind(Bindings.when(item.pausedProperty()).then("Resume").otherwise("Pause"));
                    pause.disableProperty().bind(item.activeProperty().not());
                    buttons.getChildren().add(pause);
                }
                Button cancel = button("jobCancel", () -> cancel(item));
                cancel.setText("Cancel");
                cancel.disableProperty().bind(item.activeProperty().not());
                buttons.getChildren().add(cancel);
                setGraphic(buttons);
            }
        });
        column.setMinWidth(140);
        column.setPrefWidth(140);
        return column;
    }

    /** Cancels at once, or, for a running index build, after the Indexes pane's own confirmation. */
    private void cancel(JobItem item) {
        if (item.runningBuild() == null || IndexDialogs.confirmCancel(root, item.runningBuild())) {
            item.cancel();
        }
    }

    private static Button button(String id, Runnable action) {
        Button b = new Button();
        b.setId(id);
        b.getStyleClass().add("small");
        b.setOnAction(e -> action.run());
        return b;
    }

    private static <T> TableColumn<JobItem, T> text(String title, Function<JobItem, ObservableValue<T>> value,
                                                    double width) {
        TableColumn<JobItem, T> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> value.apply(c.getValue()));
        column.setMinWidth(width * 0.5); // the table helper raises it to the header's width
        column.setPrefWidth(width);
        return column;
    }
}
