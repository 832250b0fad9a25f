package io.arangoconsole.app;

import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.function.Supplier;
import io.arangoconsole.ui.common.TableWarmUp;
import javafx.animation.PauseTransition;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Window;
import javafx.util.Duration;

/**
 * Builds every pane before it is first opened (docs/decisions/0050-panes-built-at-idle.md, 0075): after the window
 * shows, in idle slices, one pane loads its FXML and binds its view, out of any scene; in the next slice the same
 * pane is put in a scratch scene with the window's style sheets, styled (which makes its controls' skins) and laid
 * out at the window's size, then taken out again. Opening the pane later only re-applies styles to built skins. The
 * scratch scene is shown by no window, so no pane starts polling there ({@code ui.common.PaneActivity}). Both steps
 * run on the FX thread: the views' tables make context menus and tooltips, which JavaFX wants there.
 */
final class PanePrebuild {
    /** {@code -Darangoconsole.prebuildPanes=false}: each pane built on first opening (the benchmark's "before"). */
    static final String PROPERTY = "arangoconsole.prebuildPanes";
    private static final Duration FIRST = Duration.millis(400);
    /** When the first data never comes (a server that does not answer), the panes are built this long after. */
    private static final Duration WITHOUT_DATA = Duration.seconds(20);
    private static final Duration BETWEEN = Duration.millis(100);

    private PanePrebuild() {
    }

    /**
     * Starts building {@code panes} while the window is idle; FX thread, once the window shows. With decision 0080's
     * start order, the building waits until the Overview's first cards are shown (or {@link #WITHOUT_DATA}), so it
     * does not take a core from the sandbox's start.
     */
    static void start(Window window, Collection<Supplier<Node>> panes, StartupTimeline timeline) {
        if (!Boolean.parseBoolean(System.getProperty(PROPERTY, "true"))) {
            return;
        }
        Deque<Supplier<Node>> queue = new ArrayDeque<>(panes);
        if (!StartupTimeline.fastStart()) {
            later(FIRST, () -> next(window, queue));
            return;
        }
        boolean[] started = new boolean[1];
        Runnable begin = () -> {
            if (!started[0]) {
                started[0] = true;
                later(FIRST, () -> next(window, queue));
            }
        };
        timeline.onCardsShown(begin);
        later(WITHOUT_DATA, begin);
    }

    private static void next(Window window, Deque<Supplier<Node>> queue) {
        Supplier<Node> pane = queue.poll();
        if (pane == null || !window.isShowing()) {
            return;
        }
        Node built = pane.get(); // the pane's own once(): builds it the first time, returns it afterwards
        later(BETWEEN, () -> {
            if (window.isShowing()) {
                style(window, built);
            }
            later(BETWEEN, () -> next(window, queue));
        });
    }

    /** Skins, styles and a first layout for a pane not opened yet; one already on screen is left where it is. */
    static void style(Window window, Node pane) {
        Scene main = window.getScene();
        if (pane.getScene() != null || pane.getParent() != null || main == null) {
            return;
        }
        StackPane holder = new StackPane(pane);
        Scene scratch = new Scene(holder, main.getWidth(), main.getHeight());
        scratch.getStylesheets().setAll(main.getStylesheets());
        holder.applyCss();
        TableWarmUp.warmAll(holder);
        holder.layout();
        holder.getChildren().clear();
    }

    private static void later(Duration delay, Runnable then) {
        PauseTransition pause = new PauseTransition(delay);
        pause.setOnFinished(e -> then.run());
        pause.play();
    }
}
