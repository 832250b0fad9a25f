package io.arangoconsole.ui.common;

import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.TableView;

/**
 * Builds a job table's row and cells once, with a sample row, when its pane is first shown, and takes the sample out
 * before anything is drawn. The first job of a session otherwise pays at its start for the row's skins, styles and
 * first layout (40 to 90 ms of the FX thread), while the job's own threads compete for the cores; the table then
 * reuses the warm cells. Opening the pane, which builds a whole view anyway, pays instead.
 */
public final class TableWarmUp {

    private TableWarmUp() {
    }

    /** Warms {@code table} with {@code sample} the first time it is in a scene; the sample is never shown. */
    public static <T> void onFirstShow(TableView<T> table, T sample) {
        ChangeListener<Scene> listener = new ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Scene> obs, Scene old, Scene scene) {
                if (scene == null || scene.getRoot() == null) {
                    return;
                }
                table.sceneProperty().removeListener(this);
                // not inside the scene change itself, which may be a parent's children changing: right after it,
                // in one runnable, so no frame is drawn between adding the sample and taking it out
                Platform.runLater(() -> {
                    if (table.getScene() != null) {
                        warm(table, sample, table.getScene().getRoot());
                    }
                });
            }
        };
        table.sceneProperty().addListener(listener);
    }

    private static <T> void warm(TableView<T> table, T sample, Parent root) {
        ObservableList<T> real = table.getItems();
        if (real != null && !real.isEmpty()) {
            return; // real rows already build the cells
        }
        table.setItems(FXCollections.observableArrayList(sample));
        root.applyCss();
        root.layout();
        table.setItems(real);
    }
}
