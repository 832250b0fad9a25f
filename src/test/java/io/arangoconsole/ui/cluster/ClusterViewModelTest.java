package io.arangoconsole.ui.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.arangoconsole.core.arango.ArangoClients;
import io.arangoconsole.core.arango.ClusterArango;
import io.arangoconsole.core.cluster.ClusterNode;
import io.arangoconsole.core.cluster.ShardMove;
import io.arangoconsole.core.connection.ConnectionTarget;
import io.arangoconsole.sandbox.Sandbox;
import io.arangoconsole.sandbox.SandboxConfig;
import io.arangoconsole.sandbox.SandboxMode;
import io.arangoconsole.sandbox.cluster.ClusterOptions;
import io.arangoconsole.testing.FaultsApi;
import io.arangoconsole.ui.common.InlineTaskRunner;
import io.arangoconsole.ui.common.ManualPoller;
import java.time.Clock;
import java.util.function.BooleanSupplier;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Cluster pane's model against a sandbox cluster with the supervision's timings scaled down tenfold (BAD after
 * 0.5 s, FAILED after 1 s), and against a single server, over real HTTP with the real driver.
 */
class ClusterViewModelTest {

    private static Sandbox cluster;
    private static FaultsApi faults;
    private static Sandbox single;
    private static ArangoClients clients;

    @BeforeAll
    static void start() {
        SandboxConfig config = new SandboxConfig("127.0.0.1", 0, 300, SandboxConfig.DEFAULT_SEED, true, "pw",
                SandboxConfig.Dataset.SURVEY);
        cluster = Sandbox.start(config, SandboxMode.cluster(ClusterOptions.defaults()
                .withTimings(ClusterOptions.Timings.REFERENCE.scaledDown(10))).withFaultsApi());
        faults = new FaultsApi(cluster.url(), "pw");
        single = Sandbox.start(config);
        clients = new ArangoClients();
    }

    @AfterAll
    static void stop() {
        clients.close();
        cluster.close();
        single.close();
    }

    private static ClusterViewModel model(Sandbox server, ManualPoller poller) {
        ConnectionTarget target = new ConnectionTarget(server.url(), "root", "pw", "demo",
                ConnectionTarget.Label.PRIMARY);
        ClusterViewModel model = new ClusterViewModel(new SimpleObjectProperty<>(target),
                t -> new ClusterArango(clients, t, Clock.systemUTC()), new InlineTaskRunner(), poller);
        model.activate();
        return model;
    }

    private static void within(long millis, ManualPoller poller, BooleanSupplier condition) throws Exception {
        long end = System.currentTimeMillis() + millis;
        while (true) {
            poller.tick();
            if (condition.getAsBoolean()) {
                return;
            }
            if (System.currentTimeMillis() > end) {
                throw new AssertionError("not within " + millis + " ms");
            }
            Thread.sleep(100);
        }
    }

    @Test
    void aStoppedDbServerTurnsTheSummaryRedAndItRecoversWhenStarted() throws Exception {
        ManualPoller poller = new ManualPoller();
        ClusterViewModel model = model(cluster, poller);
        poller.tick();
        assertTrue(model.clusterProperty().get(), model.errorProperty().get());
        assertEquals(9, model.nodes().size());
        assertTrue(model.summaryProperty().get().startsWith("3 of 3 DB-Servers good"), model.summaryProperty().get());
        assertTrue(model.healthyProperty().get(), model.problemsProperty().get());

        faults.stop("DBServer0002");
        try {
            within(30_000, poller, () -> model.summaryProperty().get().startsWith("2 of 3 DB-Servers good"));
            assertFalse(model.healthyProperty().get());
            ClusterNode stopped = model.nodes().stream().filter(n -> n.name().equals("DBServer0002")).findFirst()
                    .orElseThrow();
            assertTrue(stopped.status().equals("BAD") || stopped.status().equals("FAILED"), stopped.status());
            assertTrue(model.problemsProperty().get().contains("DB-Server DBServer0002"),
                    model.problemsProperty().get());
            within(30_000, poller, () -> model.shards().stream().anyMatch(sh -> !sh.inSync()));
        } finally {
            faults.start("DBServer0002");
        }
        within(30_000, poller, () -> model.healthyProperty().get());
        assertTrue(model.summaryProperty().get().startsWith("3 of 3 DB-Servers good"));
    }

    @Test
    void aSingleServerHidesThePaneWithASentence() {
        ManualPoller poller = new ManualPoller();
        ClusterViewModel model = model(single, poller);
        poller.tick();
        assertFalse(model.clusterProperty().get());
        assertEquals("This server is a single server, not a cluster: the Cluster pane applies to a cluster's "
                + "coordinators.", model.notClusterProperty().get());
        assertEquals("", model.summaryProperty().get(), "the status bar repeats nothing");
        assertTrue(model.nodes().isEmpty());
    }

    @Test
    void maintenanceGoesOnAndOffWithTheServersSentence() {
        ManualPoller poller = new ManualPoller();
        ClusterViewModel model = model(cluster, poller);
        poller.tick();
        assertFalse(model.maintenanceProperty().get());
        model.setMaintenance(true);
        try {
            assertTrue(model.maintenanceProperty().get(), model.errorProperty().get());
            assertTrue(model.messageProperty().get().startsWith("Cluster supervision deactivated."),
                    model.messageProperty().get());
            assertEquals("Maintenance mode is ON: no automatic failover", model.maintenanceTextProperty().get());
        } finally {
            model.setMaintenance(false);
        }
        assertFalse(model.maintenanceProperty().get(), model.errorProperty().get());
        assertEquals("Cluster supervision reactivated.", model.messageProperty().get());
    }

    @Test
    void aRebalanceIsProposedThenExecutedAndItsMovesFollowed() throws Exception {
        ManualPoller poller = new ManualPoller();
        ClusterViewModel model = model(cluster, poller);
        poller.tick();
        // a DB-Server that gave up its leaderships makes the leaders unbalanced
        faults.post("/_admin/cluster/resignLeadership", "{\"server\":\"DBServer0003\"}", 202);
        long end = System.currentTimeMillis() + 30_000;
        while (model.proposedMoves().isEmpty() && System.currentTimeMillis() < end) {
            Thread.sleep(200);
            model.proposeRebalance();
        }
        assertEquals("", model.errorProperty().get());
        int proposed = model.proposedMoves().size();
        assertTrue(proposed > 0, "moves proposed after the resignation");
        java.util.List<ShardMove> moves = java.util.List.copyOf(model.proposedMoves());
        assertTrue(moves.stream().anyMatch(m -> m.isLeader() && m.database().equals("demo")), moves.toString());
        assertTrue(model.messageProperty().get().startsWith("The server proposes " + proposed + " shard move"),
                model.messageProperty().get());
        model.executeRebalance();
        assertEquals("", model.errorProperty().get());
        assertTrue(model.proposedMoves().isEmpty());
        assertTrue(model.messageProperty().get().startsWith(proposed + " shard move"),
                model.messageProperty().get());
        within(20_000, poller, () -> model.rebalanceTextProperty().get().equals("No shard moves under way"));
        within(20_000, poller, () -> model.healthyProperty().get());
        // the moved leaders now lead where the moves said
        for (ShardMove move : moves) {
            if (!move.isLeader() || !move.database().equals("demo")) {
                continue;
            }
            String to = model.nodes().stream().filter(n -> n.id().equals(move.to())).findFirst().orElseThrow()
                    .name();
            within(20_000, poller, () -> model.shards().stream().anyMatch(sh -> sh.shard().equals(move.shard())
                    && sh.leader().equals(to)));
        }
    }
}
