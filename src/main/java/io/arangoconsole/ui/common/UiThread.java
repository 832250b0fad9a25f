package io.arangoconsole.ui.common;

import java.util.concurrent.Executor;
import javafx.application.Platform;

/**
 * Where services' own callbacks (e.g. the index queue's coalesced job updates, delivered on its timer thread) hop
 * onto the UI thread. View models take this seam; tests pass one that runs or collects the hops on the test thread.
 */
@FunctionalInterface
public interface UiThread extends Executor {

    /** The JavaFX application thread. */
    static UiThread fx() {
        return Platform::runLater;
    }
}
