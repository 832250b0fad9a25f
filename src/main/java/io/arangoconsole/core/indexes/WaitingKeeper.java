package io.arangoconsole.core.indexes;

import java.io.IOException;
import java.util.Map;

/**
 * Keeps what waits for a window where a restart finds it (decision 0093): {@link IndexJobQueue} tells it of every
 * change, and of a new schedule before the build is in the queue.
 */
@FunctionalInterface
public interface WaitingKeeper {
    /** Writes {@code waiting} (every build waiting for a window, in order); blocking; throws when it cannot. */
    void keep(Map<IndexSpec, BuildWindow> waiting) throws IOException;
}
