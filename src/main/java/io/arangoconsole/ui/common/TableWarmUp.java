package io.arangoconsole.ui.common;

import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.TableView;

/**
 * Builds a job table's row and cells once, with a sample row, before its first job, and takes the sample out before
 * anything is drawn. The first job of a session otherwise pays at its start for the row's skins, styles and first
 * layout (40 to 90 ms of the FX thread), while the job's own threads compete for the cores; the table then reuses the
 * warm cells. Done the first time the table is in a scene: when its pane is put hidden in the window ahead of its
 * opening (decision 0085), else when it is first shown.
 */
public final class TableWarmUp {
    private static final String PENDING_KEY = TableWarmUp.class.getName();

    private TableWarmUp() {
    }

    /** Warms {@code table} with {@code sample} once, the first time it is in a scene. */
    public static <T> void onFirstShow(TableView<T> table, T sample) {
        ChangeListener<Scene> listener = new ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Scene> obs, Scene old, Scene scene) {
                if (scene == null || scene.getRoot() == null) {
                    return;
                }
                // not inside the scene change itself, which may be a parent's children changing: right after it,
                // in one runnable, so no frame is drawn between adding the sample and taking it out
                Platform.runLater(() -> {
                    if (table.getScene() != null) {
                        warmPending(table);
                    }
                });
            }
        };
        table.sceneProperty().addListener(listener);
        table.getProperties().put(PENDING_KEY, (Runnable) () -> {
            table.sceneProperty().removeListener(listener);
            warm(table, sample, table.getScene() == null ? table : table.getScene().getRoot());
        });
    }

    private static void warmPending(Node table) {
        if (table.getProperties().remove(PENDING_KEY) instanceof Runnable warm) {
            warm.run();
        }
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
