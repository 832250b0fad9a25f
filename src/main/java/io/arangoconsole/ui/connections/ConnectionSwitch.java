package io.arangoconsole.ui.connections;

import io.arangoconsole.core.connection.ActiveConnection;
import io.arangoconsole.core.connection.ConnectionProfile;

/** Makes a profile the console's connection; implemented by the composition root. */
public interface ConnectionSwitch {

    /** Background thread: registers the profile's clients and builds its router and health probe. */
    ActiveConnection open(ConnectionProfile profile, String secret, String replicaSecret);

    /** UI thread: the shell and every pane now use {@code connection}; the previous one is closed. */
    void use(ActiveConnection connection);

    /** UI thread: back to the embedded sandbox (the active profile was deleted), starting it if needed. */
    default void useSandbox() {
    }

    /** True while the console is on the embedded sandbox (not on a profile, nor on a legacy saved connection). */
    default boolean onSandbox() {
        return false;
    }
}
