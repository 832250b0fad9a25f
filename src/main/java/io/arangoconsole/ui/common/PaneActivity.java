package io.arangoconsole.ui.common;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.stage.Window;

/**
 * When a pane polls: only while it is the pane shown, that is while its root is visible in the scene of a showing
 * window. Being in the window's scene is not enough: the main window keeps every pane built so far in its scene and
 * hides all but the one shown (ui.shell.PaneStack, decision 0085), and panes are put there hidden before their first
 * opening (app.PanePrebuild); a hidden pane must not poll.
 */
public final class PaneActivity {
    private static final String KEY = PaneActivity.class.getName();

    private PaneActivity() {
    }

    /** What a pane registered, kept in its properties. */
    private record Registered(ObservableValue<Boolean> shown, Runnable activate, Runnable deactivate) {
    }

    /**
     * Lets a hidden pane read its first data once, ahead of its first opening (decision 0085): its activation and, at
     * once, its deactivation, so the answers arrive and are laid out while the pane is still hidden and nothing keeps
     * polling. Nothing for a pane shown now or one that registered nothing. FX thread.
     */
    public static void readOnceHidden(Node root) {
        if (root.getProperties().get(KEY) instanceof Registered r && !r.shown().getValue()) {
            r.activate().run();
            r.deactivate().run();
        }
    }

    /** Runs {@code activate} each time {@code root} becomes the pane shown, {@code deactivate} when it stops being. */
    public static void whileShown(Node root, Runnable activate, Runnable deactivate) {
        ObservableValue<Boolean> inWindow = root.sceneProperty().flatMap(Scene::windowProperty)
                .flatMap(Window::showingProperty).orElse(false);
        ObservableValue<Boolean> shown = Bindings.createBooleanBinding(
                () -> inWindow.getValue() && root.isVisible(), inWindow, root.visibleProperty());
        shown.addListener((obs, was, now) -> {
            if (now) {
                activate.run();
            } else {
                deactivate.run();
            }
        });
        // held by the pane: the mapped values live as long as their listener
        root.getProperties().put(KEY, new Registered(shown, activate, deactivate));
        if (shown.getValue()) {
            activate.run();
        }
    }
}
