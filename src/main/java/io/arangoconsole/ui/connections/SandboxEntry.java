package io.arangoconsole.ui.connections;

import io.arangoconsole.core.connection.ConnectionProfile;
import io.arangoconsole.core.connection.Environment;

/**
 * The embedded sandbox as the first entry of the Connections list: a profile of its own (environment development)
 * that can be made active like any other, but neither edited, tested nor deleted, and never saved to the profiles
 * file. Recognised by identity, so a saved profile that happens to be called "Sandbox" is not taken for it.
 */
final class SandboxEntry {
    static final ConnectionProfile PROFILE = ConnectionProfile.of("Sandbox", "embedded, in this process", "demo")
            .withEnvironment(Environment.DEVELOPMENT);

    private SandboxEntry() {
    }

    static boolean is(ConnectionProfile profile) {
        return profile == PROFILE;
    }
}
