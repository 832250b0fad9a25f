package io.arangoconsole.ui.indexes;

import io.arangoconsole.ui.common.UiThread;
import java.util.ArrayList;
import java.util.List;

/** A UI thread for tests: hops from service threads wait here until the test thread drains them. */
final class QueuedUiThread implements UiThread {
    private final List<Runnable> pending = new ArrayList<>();

    @Override
    public synchronized void execute(Runnable command) {
        pending.add(command);
    }

    /** Runs every hop posted so far, on the calling (test) thread. */
    void drain() {
        List<Runnable> now;
        synchronized (this) {
            now = new ArrayList<>(pending);
            pending.clear();
        }
        now.forEach(Runnable::run);
    }
}
