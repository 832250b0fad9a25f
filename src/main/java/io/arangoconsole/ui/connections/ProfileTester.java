package io.arangoconsole.ui.connections;

import io.arangoconsole.core.arango.ServerInfo;
import io.arangoconsole.core.connection.ServerSpec;

/** Blocking "Test connection" of one side of a profile; the seam {@code ConnectionTester::test} fills. */
@FunctionalInterface
public interface ProfileTester {

    /** @throws RuntimeException whose message is the one sentence to show */
    ServerInfo test(ServerSpec spec, String database);
}
