package io.arangoconsole.ui.common;

import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.stage.Window;

/**
 * When a pane polls: only while it is the pane shown, that is while its root is in the scene of a showing window
 * (the main window shows one pane at a time and takes the others out of its scene). Being in a scene is not enough:
 * a pane is styled ahead of its first opening in a scratch scene that no window shows (app.PanePrebuild, decision
 * 0075), and must not start and stop its polling there.
 */
public final class PaneActivity {
    private static final String KEY = PaneActivity.class.getName();

    private PaneActivity() {
    }

    /** Runs {@code activate} each time {@code root} becomes the pane shown, {@code deactivate} when it stops being. */
    public static void whileShown(Node root, Runnable activate, Runnable deactivate) {
        ObservableValue<Boolean> shown = root.sceneProperty().flatMap(Scene::windowProperty)
                .flatMap(Window::showingProperty).orElse(false);
        shown.addListener((obs, was, now) -> {
            if (now) {
                activate.run();
            } else {
                deactivate.run();
            }
        });
        root.getProperties().put(KEY, shown); // held by the pane: the mapped value lives as long as its listener
        if (shown.getValue()) {
            activate.run();
        }
    }
}
