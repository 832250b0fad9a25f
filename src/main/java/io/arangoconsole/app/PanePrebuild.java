package io.arangoconsole.app;

import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.function.Supplier;
import javafx.animation.PauseTransition;
import javafx.scene.Node;
import javafx.util.Duration;

/**
 * Builds every pane before it is first opened (docs/decisions/0050-panes-built-at-idle.md): after the window shows,
 * one pane per idle slice loads its FXML and binds its view, out of any scene. Opening the pane later only adds
 * built nodes to the window (styles and skins are still made then). FXML is loaded on the FX thread because the
 * views' tables make context menus and tooltips, which JavaFX wants there.
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
    static void start(javafx.stage.Window window, Collection<Supplier<Node>> panes, StartupTimeline timeline) {
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

    private static void next(javafx.stage.Window window, Deque<Supplier<Node>> queue) {
        Supplier<Node> pane = queue.poll();
        if (pane == null || !window.isShowing()) {
            return;
        }
        pane.get(); // the pane's own once(): builds it the first time, returns it afterwards
        later(BETWEEN, () -> next(window, queue));
    }

    private static void later(Duration delay, Runnable then) {
        PauseTransition pause = new PauseTransition(delay);
        pause.setOnFinished(e -> then.run());
        pause.play();
    }
}
