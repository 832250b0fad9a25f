package io.arangoconsole.core.connection;

import io.arangoconsole.core.routing.Operation;
import io.arangoconsole.core.routing.Route;

/**
 * What panes ask before each fetch: where this operation goes now, with the label to show beside its data
 * ("primary", "replica" or "replica unavailable, from primary"). Thread-safe; cheap to call per request.
 */
@FunctionalInterface
public interface ConnectionRoutes {

    /** The target for {@code operation} at this moment. */
    Route<ConnectionTarget> route(Operation operation);
}
