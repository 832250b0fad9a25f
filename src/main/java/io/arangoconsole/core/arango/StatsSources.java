package io.arangoconsole.core.arango;

import io.arangoconsole.core.connection.ConnectionTarget;
import io.arangoconsole.core.routing.Operation;
import io.arangoconsole.core.routing.Route;
import io.arangoconsole.core.routing.Router;
import io.arangoconsole.core.stats.StatsSource;

import java.util.function.Supplier;

/** Builds {@link StatsSource}s over the shared driver clients: for one target, or routed per read. */
public final class StatsSources {
    private final ArangoClients clients;

    public StatsSources(ArangoClients clients) {
        this.clients = clients;
    }

    /** A source on {@code target}, its data labelled {@code label}. */
    public StatsSource on(ConnectionTarget target, String label) {
        return TimedCalls.wrap(StatsSource.class, new ArangoStatsSource(clients.client(target), target, label,
                        clients.allowDirtyRead(target)),
                clients.recorder(), "stats", target);
    }

    /**
     * A new source per call, on the target the router picks for a read now: the replica while it is healthy, else the
     * primary labelled "replica unavailable, from primary".
     */
    public Supplier<StatsSource> routed(Router<ConnectionTarget> router) {
        return () -> {
            Route<ConnectionTarget> route = router.route(Operation.READ);
            return on(route.target(), route.label());
        };
    }
}
