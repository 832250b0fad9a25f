package io.arangoconsole.core.arango;

import io.arangoconsole.core.connection.ActiveConnection;
import io.arangoconsole.core.connection.ConnectionProfile;
import io.arangoconsole.core.connection.ConnectionTarget;
import io.arangoconsole.core.connection.ServerSpec;
import io.arangoconsole.core.routing.EndpointHealth;
import io.arangoconsole.core.routing.HealthProbe;
import io.arangoconsole.core.routing.Router;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes a profile the console's connection: registers its primary (and replica) with the shared clients and builds
 * the router, with a health probe on the replica so reads fall back to the primary within one probe interval.
 */
public final class ProfileConnector {

    private static final Logger LOG = LoggerFactory.getLogger(ProfileConnector.class);
    /** The figure: a replica failure is noticed within 5 s. */
    public static final Duration DEFAULT_PROBE_INTERVAL = Duration.ofSeconds(5);
    /** Two failures in a row: one lost packet does not flip reads to the primary. */
    public static final int DEFAULT_FAILURES_TO_MARK_DOWN = 2;

    private final ArangoClients clients;
    private final ArangoGateway gateway;
    private final Duration probeInterval;
    private final int failuresToMarkDown;

    /** @param probeInterval null: the replica is probed only when the caller says so (tests) */
    public ProfileConnector(ArangoClients clients, ArangoGateway gateway, Duration probeInterval,
                            int failuresToMarkDown) {
        this.clients = clients;
        this.gateway = gateway;
        this.probeInterval = probeInterval;
        this.failuresToMarkDown = failuresToMarkDown;
    }

    /**
     * Non-blocking apart from starting the probe thread; the first probe runs at once in the background.
     *
     * @param replicaSecret the separate replica deployment's secret; ignored for other replica modes
     */
    public ActiveConnection open(ConnectionProfile profile, String primarySecret, String replicaSecret) {
        ServerSpec primarySpec = ServerSpec.primary(profile, primarySecret);
        ConnectionTarget primary = primarySpec.target(profile.database(), ConnectionTarget.Label.PRIMARY);
        clients.register(primary, primarySpec);
        ServerSpec replicaSpec = ServerSpec.replica(profile, primarySecret, replicaSecret);
        EndpointHealth health = new EndpointHealth(failuresToMarkDown);
        if (replicaSpec == null) {
            LOG.info("Connected profile '{}' to {}", profile.name(), primarySpec);
            return new ActiveConnection(profile, new Router<>(primary, null, health), null,
                    () -> clients.unregister(primary));
        }
        ConnectionTarget replica = replicaSpec.target(profile.database(), ConnectionTarget.Label.REPLICA);
        clients.register(replica, replicaSpec);
        HealthProbe.Ping ping = () -> gateway.probe(replica);
        HealthProbe probe = probeInterval == null ? HealthProbe.manual(ping, health)
                : new HealthProbe(ping, health, probeInterval);
        LOG.info("Connected profile '{}' to {} with replica {}", profile.name(), primarySpec, replicaSpec);
        return new ActiveConnection(profile, new Router<>(primary, replica, health), probe, () -> {
            clients.unregister(primary);
            clients.unregister(replica);
        });
    }
}
