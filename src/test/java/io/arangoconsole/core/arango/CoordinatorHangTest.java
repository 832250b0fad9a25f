package io.arangoconsole.core.arango;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.arangoconsole.core.connection.AuthMethod;
import io.arangoconsole.core.connection.ConnectionTarget;
import io.arangoconsole.core.connection.ServerSpec;
import io.arangoconsole.core.connection.WireProtocol;
import io.arangoconsole.core.indexes.IndexGateway;
import io.arangoconsole.core.stats.StatsSource;
import io.arangoconsole.core.sync.SyncHistory;
import io.arangoconsole.core.sync.SyncJobConfig;
import io.arangoconsole.core.sync.SyncJobs;
import io.arangoconsole.core.sync.SyncResult;
import io.arangoconsole.core.sync.SyncSpec;
import io.arangoconsole.sandbox.Sandbox;
import io.arangoconsole.sandbox.SandboxConfig;
import io.arangoconsole.sandbox.SandboxMode;
import io.arangoconsole.sandbox.cluster.ClusterOptions;
import io.arangoconsole.testing.FaultsApi;
import io.arangoconsole.testing.TcpForwarder;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A coordinator that hangs (accepts, never answers) is found by the status probe within its short timeout and
 * skipped by every operation (stats, indexes, metrics, a sync) until it answers again (decision 0065). Loopback
 * forwarders in front of each coordinator show where the bytes go: not one to the hanging coordinator once the probe
 * named it (and a timeout is never retried by the driver, so a request sent there would also fail the operation).
 */
class CoordinatorHangTest {

    private static Sandbox cluster;
    private static Sandbox source;

    @BeforeAll
    static void start() {
        cluster = Sandbox.start(new SandboxConfig("127.0.0.1", 0, 300, SandboxConfig.DEFAULT_SEED, true, "pw",
                SandboxConfig.Dataset.SURVEY), SandboxMode.cluster(ClusterOptions.defaults()).withFaultsApi());
        source = Sandbox.start(new SandboxConfig("127.0.0.1", 0, 3_000, SandboxConfig.DEFAULT_SEED, true, "pw",
                SandboxConfig.Dataset.SURVEY));
    }

    @AfterAll
    static void stop() {
        cluster.close();
        source.close();
    }

    @ParameterizedTest
    @EnumSource(WireProtocol.class)
    void everyOperationSkipsAHangingCoordinatorAndReturnsWhenItAnswers(WireProtocol protocol, @TempDir Path dir)
            throws Exception {
        List<String> urls = cluster.urls();
        FaultsApi faults = new FaultsApi(urls.get(0), "pw");
        try (TcpForwarder a = new TcpForwarder(port(urls.get(0))); TcpForwarder b = new TcpForwarder(port(urls.get(1)));
             TcpForwarder c = new TcpForwarder(port(urls.get(2)));
             ArangoClients clients = new ArangoClients(Duration.ofSeconds(5), Duration.ofMillis(1500));
             SyncJobs jobs = new SyncJobs(new ArangoSyncConnector(clients), new SyncHistory(dir.resolve("h.jsonl")),
                     cfg -> { }, 1)) {
            ServerSpec spec = new ServerSpec(List.of(a.url(), b.url(), c.url()), "root", "pw", AuthMethod.PASSWORD,
                    false, "", true, protocol, 5, 5, false);
            ConnectionTarget target = spec.target("demo", ConnectionTarget.Label.PRIMARY);
            clients.register(target, spec);
            ArangoGateway gateway = new ArangoGateway(clients);
            StatsSource stats = new StatsSources(clients).on(target, "primary");
            IndexGateway indexes = new IndexConnections(clients).gateway(target);
            MonitoringMetricsSource metrics = new MonitoringMetricsSource(clients, () -> target);
            gateway.probe(target); // opens the connections: a cold first answer may miss the probe's short timeout
            assertEquals(List.of(), gateway.probe(target).coordinatorsDown());

            faults.hang("Coordinator0002", true);
            try {
                ServerInfo info = gateway.probe(target);
                assertEquals(List.of(b.url()), info.coordinatorsDown(), "the hanging coordinator is named");
                long before = b.bytesForwarded();
                for (int i = 0; i < 6; i++) {
                    // six rounds over three coordinators: round robin alone would send several to the hanging one
                    assertEquals(300, stats.count("va_table"));
                    assertTrue(metrics.fetchMetricsPage().length > 0);
                    assertTrue(indexes.collections().contains("va_table"));
                }
                String into = "hang_copy_" + protocol.name().toLowerCase();
                SyncSpec.ArangoCollection origin = new SyncSpec.ArangoCollection(new ConnectionTarget(source.url(),
                        "root", "pw", "demo", ConnectionTarget.Label.PRIMARY), "va_table");
                SyncResult result = jobs.start(new SyncSpec(origin, target, into,
                        SyncJobConfig.defaults(SyncSpec.jobIdFor(origin, target, into), "submissiondate",
                                io.arangoconsole.settings.SyncDefaults.CHECKPOINTS)), p -> { })
                        .result().get(2, TimeUnit.MINUTES);
                assertEquals(3_000, result.written());
                assertTrue(result.verified(), "verified equal: " + result.message());
                assertEquals(before, b.bytesForwarded(), "nothing was sent to the hanging coordinator");
            } finally {
                faults.hang("Coordinator0002", false);
            }

            assertEquals(List.of(), gateway.probe(target).coordinatorsDown(), "answers again: no longer named");
            long before = b.bytesForwarded();
            for (int i = 0; i < 6; i++) {
                stats.count("va_table");
            }
            assertTrue(b.bytesForwarded() > before, "requests go to it again once it answers");
        }
    }

    private static int port(String url) {
        return java.net.URI.create(url).getPort();
    }
}
