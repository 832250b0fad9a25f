package io.arangoconsole.ui.insight;

import io.arangoconsole.core.insight.ShapeStats;
import io.arangoconsole.ui.common.DataTable;
import io.arangoconsole.ui.common.Formats;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The Shapes tab: the shape history with its advice; a row opens in the editor. Built in code, bound to its model. */
final class ShapesPane {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("MM-dd HH:mm:ss")
            .withZone(ZoneId.systemDefault());

    private ShapesPane() {
    }

    static VBox build(ShapesViewModel model, WorkbenchViewModel workbench, Runnable showEditor) {
        TableView<ShapeRow> table = new TableView<>();
        table.setId("shapesTable");
        table.setPlaceholder(new Label("No query seen yet: shapes come from the slow log, the running list and "
                + "this pane's runs."));
        column(table, "Count", 65, r -> Formats.count(r.stats().count()));
        column(table, "p50 ms", 80, r -> ms(r.stats().p50Ms()));
        column(table, "p95 ms", 80, r -> ms(r.stats().p95Ms()));
        column(table, "max ms", 80, r -> ms(r.stats().maxMs()));
        column(table, "Peak memory", 110, r -> r.stats().peakMemoryBytes() < 0 ? ""
                : Formats.bytes(r.stats().peakMemoryBytes()));
        column(table, "Plan", 95, ShapeRow::fullScan);
        column(table, "Advice", 230, ShapeRow::advice);
        column(table, "Indexes read", 160, r -> String.join(", ", r.stats().indexesUsed()));
        column(table, "Databases", 100, r -> String.join(", ", r.stats().databases()));
        column(table, "Last seen", 110, r -> TIME.format(r.stats().lastSeen()));
        column(table, "Shape", 420, r -> r.stats().text());
        Button advise = new Button("Advise");
        advise.setId("adviseButton");
        advise.setMinWidth(Button.USE_PREF_SIZE);
        advise.disableProperty().bind(model.busyProperty());
        advise.setOnAction(e -> model.advise());
        Button open = new Button("Open in editor");
        open.setId("openShapeButton");
        open.setMinWidth(Button.USE_PREF_SIZE);
        open.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        open.setOnAction(e -> {
            ShapeStats s = table.getSelectionModel().getSelectedItem().stats();
            workbench.open(s.latestQuery(), s.latestBindVars());
            showEditor.run();
        });
        Label message = new Label();
        message.setId("shapesMessage");
        message.setMinWidth(0);
        message.getStyleClass().add("text-muted");
        message.textProperty().bind(model.messageProperty());
        HBox bar = new HBox(8, advise, open, message);
        bar.setAlignment(Pos.CENTER_LEFT);
        HBox adviceBar = adviceBar(model);
        TableView<AdviceRow> advice = adviceTable(model);
        VBox box = new VBox(4, bar, table, adviceBar, advice);
        VBox.setVgrow(table, Priority.ALWAYS);
        DataTable.of(table, model.rows(), ShapeRow::id);
        Button prove = (Button) adviceBar.getProperties().get("prove");
        prove.disableProperty().bind(advice.getSelectionModel().selectedItemProperty().isNull());
        prove.setOnAction(e -> model.buildAndProve(advice.getSelectionModel().getSelectedItem()));
        Button addToPlan = (Button) adviceBar.getProperties().get("addToPlan");
        addToPlan.disableProperty().bind(advice.getSelectionModel().selectedItemProperty().isNull());
        addToPlan.setOnAction(e -> model.addToPlan(advice.getSelectionModel().getSelectedItem()));
        table.setRowFactory(t -> {
            javafx.scene.control.TableRow<ShapeRow> row = new javafx.scene.control.TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    open.fire();
                }
            });
            return row;
        });
        return box;
    }

    private static HBox adviceBar(ShapesViewModel model) {
        Label title = new Label("Proposed indexes");
        title.getStyleClass().add("title-4");
        Button prove = new Button("Build and prove");
        prove.setId("proveButton");
        prove.setMinWidth(Button.USE_PREF_SIZE);
        Button addToPlan = new Button("Add to plan");
        addToPlan.setId("addToPlanButton");
        addToPlan.setMinWidth(Button.USE_PREF_SIZE);
        Label feedback = new Label();
        feedback.setId("planFeedback");
        feedback.setMinWidth(0);
        feedback.getStyleClass().add("text-muted");
        feedback.textProperty().bind(model.planFeedbackProperty());
        HBox bar = new HBox(8, title, addToPlan, prove, feedback);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getProperties().put("prove", prove);
        bar.getProperties().put("addToPlan", addToPlan);
        return bar;
    }

    private static TableView<AdviceRow> adviceTable(ShapesViewModel model) {
        TableView<AdviceRow> table = new TableView<>();
        table.setId("adviceTable");
        table.setPrefHeight(150);
        table.setMinHeight(110);
        table.setPlaceholder(new Label("Advise proposes an index for each shape that scans a collection to filter "
                + "or sort it."));
        column(table, "Collection", 110, r -> r.advice().collection());
        column(table, "Fields", 150, r -> String.join(", ", r.advice().fields()));
        column(table, "Runs", 60, r -> Formats.count(r.advice().count()));
        column(table, "Proof", 380, AdviceRow::proof);
        column(table, "Evidence", 520, r -> r.advice().evidence());
        DataTable.of(table, model.advice(), AdviceRow::id);
        return table;
    }

    private static <S> void column(TableView<S> table, String title, double width, Function<S, String> text) {
        TableColumn<S, String> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setCellValueFactory(r -> new ReadOnlyStringWrapper(r.getValue() == null ? "" : text.apply(r.getValue())));
        table.getColumns().add(c);
    }

    private static String ms(double v) {
        return String.format(Locale.ROOT, "%,.1f", v);
    }
}
