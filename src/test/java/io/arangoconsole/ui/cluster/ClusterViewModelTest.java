package io.arangoconsole.ui.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.arangoconsole.core.arango.ArangoClients;
import io.arangoconsole.core.arango.ClusterArango;
import io.arangoconsole.core.cluster.ClusterNode;
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
            within(5_000, poller, () -> model.summaryProperty().get().startsWith("2 of 3 DB-Servers good"));
            assertFalse(model.healthyProperty().get());
            ClusterNode stopped = model.nodes().stream().filter(n -> n.name().equals("DBServer0002")).findFirst()
                    .orElseThrow();
            assertTrue(stopped.status().equals("BAD") || stopped.status().equals("FAILED"), stopped.status());
            assertTrue(model.problemsProperty().get().contains("DB-Server DBServer0002"),
                    model.problemsProperty().get());
            within(5_000, poller, () -> model.shards().stream().anyMatch(sh -> !sh.inSync()));
        } finally {
            faults.start("DBServer0002");
        }
        within(10_000, poller, () -> model.healthyProperty().get());
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
}
