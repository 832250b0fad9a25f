package io.arangoconsole.core.arango;

import io.arangoconsole.core.connection.ConnectionTarget;

/** Asks a server who it is; the seam view models depend on, so their tests need no server. */
@FunctionalInterface
public interface ServerProbe {

    /**
     * Blocking: contacts the server of {@code target} and checks its database exists.
     *
     * @throws ConnectionFailure with one sentence a DBA can act on
     */
    ServerInfo probe(ConnectionTarget target);
}
