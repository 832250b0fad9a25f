package io.arangoconsole.ui.overview;

import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * "Collection settings": every collection with the freshness and breakdown attribute in use and who chose it, the
 * saved choices of dropped collections marked unused; the selected collection's attributes can be changed here too.
 */
final class CollectionSettingsDialog {
    private CollectionSettingsDialog() {
    }

    static void show(Window owner, OverviewViewModel model) {
        TableView<SettingsRow> table = new TableView<>();
        table.setId("settingsTable");
        table.getColumns().setAll(List.of(column("collection", SettingsRow::collection, 150),
                column("freshness", SettingsRow::freshness, 180), column("breakdown", SettingsRow::breakdown, 160),
                column("why (freshness)", SettingsRow::note, 480)));
        table.setPrefSize(980, 380);
        Label hint = new Label("Reading every collection's settings...");
        Button freshness = new Button("Freshness…");
        Button breakdown = new Button("Breakdown…");
        freshness.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        breakdown.disableProperty().bind(freshness.disableProperty());
        Runnable reload = () -> model.loadSettings(rows -> {
            table.setItems(FXCollections.observableArrayList(rows));
            hint.setText(rows.size() + " collections; choices are saved for this profile and database.");
        });
        freshness.setOnAction(e -> {
            SettingsRow row = table.getSelectionModel().getSelectedItem();
            AttributeDialog.ask(owner, "Freshness", row.asCard(), null).ifPresent(choice -> {
                model.chooseWatermark(row.collection(), choice.orElse(null));
                reload.run();
            });
        });
        breakdown.setOnAction(e -> {
            SettingsRow row = table.getSelectionModel().getSelectedItem();
            AttributeDialog.ask(owner, "Breakdown", row.asCard(), null).ifPresent(choice -> {
                model.chooseBreakdown(row.collection(), choice.orElse(null));
                reload.run();
            });
        });
        Dialog<Void> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Collection settings");
        dialog.getDialogPane().setId("collection-settings");
        dialog.getDialogPane().setContent(new VBox(8, hint, table, new HBox(8, freshness, breakdown)));
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.CLOSE);
        dialog.getDialogPane().setPrefSize(1020, 520);
        dialog.setResizable(true);
        reload.run();
        dialog.show();
        dialog.setWidth(1040);
        dialog.setHeight(560);
    }

    private static TableColumn<SettingsRow, String> column(String title, Function<SettingsRow, String> text,
                                                           double width) {
        TableColumn<SettingsRow, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(text.apply(cell.getValue())));
        c.setPrefWidth(width);
        return c;
    }
}
