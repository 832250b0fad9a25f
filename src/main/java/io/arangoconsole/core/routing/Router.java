package io.arangoconsole.core.routing;

/**
 * The one place that decides where an operation goes: writes always to the primary; reads to the replica when one is
 * configured and its health is up, else to the primary, labelled so that the user sees the fallback.
 *
 * @param <T> whatever represents a server connection
 */
public final class Router<T> {
    private final T primary;
    private final T replica;
    private final EndpointHealth replicaHealth;

    /** @param replica null when no replica is configured */
    public Router(T primary, T replica, EndpointHealth replicaHealth) {
        this.primary = primary;
        this.replica = replica;
        this.replicaHealth = replicaHealth;
    }

    public Route<T> route(Operation operation) {
        if (operation == Operation.WRITE || replica == null) {
            return new Route<>(primary, Route.PRIMARY);
        }
        if (replicaHealth.isUp()) {
            return new Route<>(replica, Route.REPLICA);
        }
        return new Route<>(primary, Route.FALLBACK);
    }

    public T primary() {
        return primary;
    }

    /** The replica, or null when none is configured. */
    public T replica() {
        return replica;
    }

    public EndpointHealth replicaHealth() {
        return replicaHealth;
    }
}
