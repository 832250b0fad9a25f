package io.arangoconsole.app;

import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.function.Supplier;
import io.arangoconsole.ui.common.PaneActivity;
import javafx.scene.Node;
import javafx.animation.PauseTransition;
import javafx.stage.Window;
import javafx.util.Duration;

/**
 * Builds every pane before it is first opened (docs/decisions/0050-panes-built-at-idle.md, 0085): after the first
 * data, in idle slices, one pane loads its FXML and binds its view, out of any scene; in the next slice the same pane
 * is put, hidden, in the main window's content area ({@code ui.shell.PaneStack}), where the next pulse styles it
 * (which makes its controls' skins) and lays it out at the area's real size. Opening it later only makes it visible.
 * A hidden pane polls nothing ({@code ui.common.PaneActivity}); in a third slice it reads its first data once, so
 * that is laid out before the opening too. All steps run on the FX thread: the views' tables make context menus and
 * tooltips, which JavaFX wants there.
 */
final class PanePrebuild {
    /** {@code -Darangoconsole.prebuildPanes=false}: each pane built on first opening (the benchmark's "before"). */
    static final String PROPERTY = "arangoconsole.prebuildPanes";
    private static final Duration FIRST = Duration.millis(400);
    /** When the first data never comes (a server that does not answer), the panes are built this long after. */
    private static final Duration WITHOUT_DATA = Duration.seconds(20);
    private static final Duration BETWEEN = Duration.millis(100);

    /** One pane: {@code build} loads it out of any scene, {@code addHidden} puts it hidden in the window. */
    record Step(Supplier<Node> build, Runnable addHidden) {
    }

    private PanePrebuild() {
    }

    /**
     * Starts building {@code panes} while the window is idle; FX thread, once the window shows. With decision 0080's
     * start order, the building waits until the Overview's first cards are shown (or {@link #WITHOUT_DATA}), so it
     * does not take a core from the sandbox's start. The timeline is marked when every pane is in the window.
     */
    static void start(Window window, Collection<Step> panes, StartupTimeline timeline) {
        if (!Boolean.parseBoolean(System.getProperty(PROPERTY, "true"))) {
            return;
        }
        Deque<Step> queue = new ArrayDeque<>(panes);
        if (!StartupTimeline.fastStart()) {
            later(FIRST, () -> next(window, queue, timeline));
            return;
        }
        boolean[] started = new boolean[1];
        Runnable begin = () -> {
            if (!started[0]) {
                started[0] = true;
                later(FIRST, () -> next(window, queue, timeline));
            }
        };
        timeline.onCardsShown(begin);
        later(WITHOUT_DATA, begin);
    }

    private static void next(Window window, Deque<Step> queue, StartupTimeline timeline) {
        Step pane = queue.poll();
        if (pane == null) {
            timeline.mark(StartupTimeline.Mark.PANES_PREBUILT);
            return;
        }
        if (!window.isShowing()) {
            return;
        }
        Node built = pane.build().get(); // the pane's own once(): builds it the first time, returns it afterwards
        later(BETWEEN, () -> {
            if (!window.isShowing()) {
                return;
            }
            pane.addHidden().run();
            // its first data, read and laid out while it is hidden: an opening then only updates what it shows
            later(BETWEEN, () -> {
                PaneActivity.readOnceHidden(built);
                later(BETWEEN, () -> next(window, queue, timeline));
            });
        });
    }

    private static void later(Duration delay, Runnable then) {
        PauseTransition pause = new PauseTransition(delay);
        pause.setOnFinished(e -> then.run());
        pause.play();
    }
}
