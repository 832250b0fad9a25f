package io.arangoconsole.app;

import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.function.Supplier;
import javafx.animation.PauseTransition;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.util.Duration;

/**
 * Builds every pane before it is first opened (docs/decisions/0050-panes-built-at-idle.md): after the window shows,
 * one pane per idle slice loads its FXML and gets its styles and skins in a scene of its own, then leaves it. Opening
 * the pane later only moves built nodes into the window. The FX thread stays free between slices for input and
 * drawing; FXML is loaded on it because the views' tables make context menus and tooltips, which JavaFX wants
 * there.
 */
final class PanePrebuild {
    /** {@code -Darangoconsole.prebuildPanes=false} builds each pane when it is first opened (the benchmark's "before"). */
    static final String PROPERTY = "arangoconsole.prebuildPanes";
    private static final Duration FIRST = Duration.millis(400);
    private static final Duration BETWEEN = Duration.millis(60);

    private PanePrebuild() {
    }

    /** Starts building {@code panes} in the background of {@code scene}'s window; FX thread. */
    static void start(Scene scene, Collection<Supplier<Node>> panes) {
        if (!Boolean.parseBoolean(System.getProperty(PROPERTY, "true"))) {
            return;
        }
        Deque<Supplier<Node>> queue = new ArrayDeque<>(panes);
        later(FIRST, () -> next(scene, queue));
    }

    private static void next(Scene scene, Deque<Supplier<Node>> queue) {
        Supplier<Node> pane = queue.poll();
        if (pane == null || scene.getWindow() == null || !scene.getWindow().isShowing()) {
            return;
        }
        Node node = pane.get();
        if (node.getScene() == null && node instanceof Parent parent) {
            later(BETWEEN, () -> {
                style(scene, parent);
                later(BETWEEN, () -> next(scene, queue));
            });
        } else {
            later(BETWEEN, () -> next(scene, queue));
        }
    }

    /** CSS and skins, laid out at the window's size, in a scene that is dropped at once. */
    private static void style(Scene main, Parent pane) {
        if (pane.getScene() != null) {
            return; // opened meanwhile
        }
        Group holder = new Group(pane);
        Scene scratch = new Scene(holder, main.getWidth(), main.getHeight());
        scratch.getStylesheets().setAll(main.getStylesheets());
        pane.applyCss();
        pane.resize(Math.max(1, main.getWidth() - 200), Math.max(1, main.getHeight() - 120));
        pane.layout();
        holder.getChildren().clear();
    }

    private static void later(Duration delay, Runnable then) {
        PauseTransition pause = new PauseTransition(delay);
        pause.setOnFinished(e -> then.run());
        pause.play();
    }
}
