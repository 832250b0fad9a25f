package io.arangoconsole.ui.shell;

import io.arangoconsole.core.connection.ConnectionTarget;

/**
 * Starts the embedded sandbox with demo data and says how to reach it. Blocking (it builds the data set); the
 * composition root provides it, so the UI never depends on the sandbox package.
 */
@FunctionalInterface
public interface SandboxLauncher {

    /** Starts the sandbox and returns its target; throws with a message a user can read when it cannot. */
    ConnectionTarget start() throws Exception;
}
