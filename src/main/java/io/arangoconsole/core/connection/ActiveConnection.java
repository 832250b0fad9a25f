package io.arangoconsole.core.connection;

import io.arangoconsole.core.routing.EndpointHealth;
import io.arangoconsole.core.routing.HealthProbe;
import io.arangoconsole.core.routing.Operation;
import io.arangoconsole.core.routing.Route;
import io.arangoconsole.core.routing.Router;

/**
 * The console's current connection: the profile's router and, when it has a replica, the health probe that lets
 * reads fall back to the primary. Closing stops the probe.
 *
 * @param profile null for the embedded sandbox
 * @param probe null without replica
 * @param release frees what was built for this connection (driver clients)
 */
public record ActiveConnection(ConnectionProfile profile, Router<ConnectionTarget> router, HealthProbe probe,
                               Runnable release)
        implements ConnectionRoutes, AutoCloseable {

    /** A connection without replica (e.g. the sandbox): every operation goes to {@code primary}. */
    public static ActiveConnection single(ConnectionTarget primary) {
        return new ActiveConnection(null, new Router<>(primary, null, new EndpointHealth(1)), null,
                () -> { });
    }

    @Override
    public Route<ConnectionTarget> route(Operation operation) {
        return router.route(operation);
    }

    /** The name shown in the UI: the profile's, or "sandbox". */
    public String name() {
        return profile == null ? "sandbox" : profile.name();
    }

    @Override
    public void close() {
        if (probe != null) {
            probe.close();
        }
        release.run();
    }
}
