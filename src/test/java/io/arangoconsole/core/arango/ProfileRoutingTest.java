package io.arangoconsole.core.arango;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.arangoconsole.core.connection.ActiveConnection;
import io.arangoconsole.core.connection.ConnectionProfile;
import io.arangoconsole.core.connection.ConnectionTarget;
import io.arangoconsole.core.connection.ReplicaMode;
import io.arangoconsole.core.routing.Operation;
import io.arangoconsole.core.routing.Route;
import io.arangoconsole.sandbox.Sandbox;
import io.arangoconsole.sandbox.SandboxConfig;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Two sandboxes as primary and replica, the real driver over HTTP: reads go to the replica while it answers, to the
 * primary (labelled as a fallback) once the probe saw it fail, and back when it answers again; writes never move.
 */
class ProfileRoutingTest {

    private Sandbox primary;
    private Sandbox replica;
    private ArangoClients clients;
    private ArangoGateway gateway;
    private ActiveConnection connection;

    @BeforeEach
    void start() {
        primary = Sandbox.start(SandboxConfig.defaults().withRecords(5));
        replica = Sandbox.start(SandboxConfig.defaults().withRecords(5));
        clients = new ArangoClients();
        gateway = new ArangoGateway(clients);
        // No schedule: the test drives the probe itself (probeOnce), so nothing depends on timing.
        ProfileConnector connector = new ProfileConnector(clients, gateway, null, 2);
        ConnectionProfile profile = ConnectionProfile.of("prod", primary.url(), "demo")
                .withSeparateReplica(List.of(replica.url()), "");
        connection = connector.open(profile, "", "");
        connection.probe().probeOnce();
    }

    @AfterEach
    void stop() {
        connection.close();
        gateway.close();
        primary.close();
        replica.close();
    }

    @Test
    void readsFallBackToThePrimaryWhileTheReplicaIsDownAndReturnAfterwards() {
        Route<ConnectionTarget> read = connection.route(Operation.READ);
        assertEquals(Route.REPLICA, read.label());
        assertEquals(replica.url(), read.target().endpoint());
        assertEquals("SINGLE", gateway.probe(read.target()).role(), "the replica serves the read");

        replica.stop();
        connection.probe().probeOnce();
        assertEquals(Route.REPLICA, connection.route(Operation.READ).label(), "one failure is not enough");
        connection.probe().probeOnce();
        read = connection.route(Operation.READ);
        assertEquals(Route.FALLBACK, read.label());
        assertEquals("replica unavailable, from primary", read.label());
        assertEquals(primary.url(), read.target().endpoint());
        assertEquals("SINGLE", gateway.probe(read.target()).role(), "the primary serves the read");
        assertFalse(connection.router().replicaHealth().isUp());
        assertTrue(connection.router().replicaHealth().lastError().startsWith("Cannot reach " + replica.url()));

        replica.restart();
        connection.probe().probeOnce();
        read = connection.route(Operation.READ);
        assertEquals(Route.REPLICA, read.label());
        assertEquals(replica.url(), read.target().endpoint());
        assertEquals("SINGLE", gateway.probe(read.target()).role());
    }

    @Test
    void writesAlwaysGoToThePrimary() {
        assertEquals(Route.PRIMARY, connection.route(Operation.WRITE).label());
        assertEquals(primary.url(), connection.route(Operation.WRITE).target().endpoint());
        replica.stop();
        connection.probe().probeOnce();
        connection.probe().probeOnce();
        assertEquals(Route.PRIMARY, connection.route(Operation.WRITE).label());
        assertEquals(primary.url(), connection.route(Operation.WRITE).target().endpoint());
    }

    @Test
    void closingTheConnectionReleasesItsClients() {
        ConnectionTarget target = connection.route(Operation.WRITE).target();
        connection.close();
        // Unregistered: the plain client for the endpoint is used now, the profile's one is gone.
        assertFalse(clients.allowDirtyRead(target));
        assertThrows(ConnectionFailure.class, () -> gateway.probe(new ConnectionTarget(primary.url(), "root", "bad",
                "demo", ConnectionTarget.Label.PRIMARY)));
    }

    @Test
    void followersAsReplicaAreReadWithDirtyReadsFromThePrimaryEndpoints() {
        ProfileConnector connector = new ProfileConnector(clients, gateway, null, 2);
        ConnectionProfile base = ConnectionProfile.of("cluster", primary.url(), "demo");
        ConnectionProfile followers = new ConnectionProfile("cluster", base.primaryEndpoints(),
                ReplicaMode.DIRTY_READ, List.of(), "", "demo", "root", null, false, null, true, null, 0, 0);
        try (ActiveConnection cluster = connector.open(followers, "", "")) {
            cluster.probe().probeOnce();
            Route<ConnectionTarget> read = cluster.route(Operation.READ);
            assertEquals(Route.REPLICA, read.label());
            assertEquals(primary.url(), read.target().endpoint());
            assertTrue(clients.allowDirtyRead(read.target()), "reads carry x-arango-allow-dirty-read");
            assertFalse(clients.allowDirtyRead(cluster.route(Operation.WRITE).target()));
            assertEquals("SINGLE", gateway.probe(read.target()).role());
        }
    }

    @Test
    void reactivatingTheSameProfileKeepsItsClientSettings() {
        ProfileConnector connector = new ProfileConnector(clients, gateway, null, 2);
        ConnectionProfile followers = new ConnectionProfile("again", List.of(primary.url()), ReplicaMode.DIRTY_READ,
                List.of(), "", "demo", "root", null, false, null, true, null, 0, 0);
        ActiveConnection first = connector.open(followers, "", "");
        ActiveConnection second = connector.open(followers, "", "");
        first.close();
        // The second connection still routes through the profile's client (a dirty-read replica).
        assertTrue(clients.allowDirtyRead(second.route(Operation.READ).target()));
        second.close();
        assertFalse(clients.allowDirtyRead(second.route(Operation.READ).target()));
    }
}
