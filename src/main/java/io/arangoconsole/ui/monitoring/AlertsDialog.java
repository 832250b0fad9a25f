package io.arangoconsole.ui.monitoring;

import io.arangoconsole.core.monitoring.AlertRule;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** A small dialog over {@link AlertsViewModel}: the rules, a form to add one, and the sampling interval. */
public final class AlertsDialog {
    private static final String HIT_RATE = "Cache hit rate below (%)";
    private static final String P95 = "AQL p95 above (ms)";
    private static final String SLOW = "Slow queries a minute above";
    private static final String DOWN = "Endpoint down (name)";
    private static final String LAG = "Replica lag above (min)";

    private AlertsDialog() {
    }

    /** Shows the dialog over {@code owner}; changes apply at once. */
    public static void show(Window owner, AlertsViewModel model) {
        Dialog<Void> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Alerts");
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        dialog.getDialogPane().setContent(content(model));
        dialog.show();
    }

    static Node content(AlertsViewModel model) {
        ListView<AlertRule> list = new ListView<>(model.rules());
        list.setPrefHeight(150);
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(AlertRule rule, boolean empty) {
                super.updateItem(rule, empty);
                setText(empty || rule == null ? null : rule.name());
            }
        });
        list.setPlaceholder(new Label("No alert rules yet."));
        Button remove = new Button("Remove");
        remove.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(e -> model.remove(list.getSelectionModel().getSelectedItem()));

        ComboBox<String> kind = new ComboBox<>();
        kind.getItems().setAll(HIT_RATE, P95, SLOW, DOWN, LAG);
        TextField collection = new TextField();
        collection.setPromptText("collection, e.g. orders");
        collection.disableProperty().bind(kind.valueProperty().isNotEqualTo(LAG));
        Label forLabel = new Label();
        forLabel.textProperty().bind(javafx.beans.binding.Bindings.when(kind.valueProperty().isEqualTo(LAG))
                .then("For samples").otherwise("For minutes"));
        kind.getSelectionModel().selectFirst();
        TextField value = new TextField("90");
        value.setPromptText("threshold");
        TextField minutes = new TextField("5");
        minutes.setPromptText("minutes");
        Button add = new Button("Add");
        add.setOnAction(e -> {
            switch (kind.getValue()) {
                case HIT_RATE -> model.addCacheHitRateBelow(value.getText(), minutes.getText());
                case P95 -> model.addP95Above(value.getText(), minutes.getText());
                case SLOW -> model.addSlowQueriesAbove(value.getText(), minutes.getText());
                case LAG -> model.addLagAbove(collection.getText(), value.getText(), minutes.getText());
                default -> model.addEndpointDown(value.getText(), minutes.getText());
            }
        });
        TextField interval = new TextField(Integer.toString(model.intervalSeconds()));
        Button setInterval = new Button("Set");
        setInterval.setOnAction(e -> model.setInterval(interval.getText()));

        GridPane form = new GridPane();
        form.getColumnConstraints().add(new javafx.scene.layout.ColumnConstraints(130));
        form.setHgap(8);
        form.setVgap(6);
        form.addRow(0, new Label("Rule"), kind);
        form.addRow(1, new Label("Threshold"), value);
        form.addRow(2, new Label("Collection"), collection);
        form.addRow(3, forLabel, minutes, add);
        form.addRow(4, new Label("Sample every (s)"), interval, setInterval);
        Label error = new Label();
        error.getStyleClass().add("danger");
        error.textProperty().bind(model.errorProperty());
        VBox box = new VBox(8, list, remove, form, error);
        box.setPadding(new Insets(8));
        box.setPrefWidth(460);
        return box;
    }
}
