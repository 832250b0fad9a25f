package io.arangoconsole.core.arango;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.arangoconsole.core.connection.AuthMethod;
import io.arangoconsole.core.connection.ConnectionTarget;
import io.arangoconsole.core.connection.ServerSpec;
import io.arangoconsole.core.connection.WireProtocol;
import io.arangoconsole.core.indexes.IndexGateway;
import io.arangoconsole.core.indexes.IndexSpec;
import io.arangoconsole.core.stats.StatsSource;
import io.arangoconsole.core.sync.SyncHistory;
import io.arangoconsole.core.sync.SyncJobConfig;
import io.arangoconsole.core.sync.SyncJobs;
import io.arangoconsole.core.sync.SyncResult;
import io.arangoconsole.core.sync.SyncSpec;
import io.arangoconsole.sandbox.Sandbox;
import io.arangoconsole.sandbox.SandboxConfig;
import io.arangoconsole.testing.TcpForwarder;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A profile with two coordinators (two loopback ports in front of one sandbox, so both serve the same state) keeps
 * working when one stops: stats, index builds, metrics scrapes and a sync go to the other, the status probe names the
 * stopped one, and it is used again once it is back.
 */
class CoordinatorFailoverTest {

    private static Sandbox server;
    private static Sandbox source;

    @BeforeAll
    static void start() {
        server = Sandbox.start(new SandboxConfig("127.0.0.1", 0, 500, SandboxConfig.DEFAULT_SEED, true, "pw",
                SandboxConfig.Dataset.SURVEY));
        source = Sandbox.start(new SandboxConfig("127.0.0.1", 0, 20_000, SandboxConfig.DEFAULT_SEED, true, "pw",
                SandboxConfig.Dataset.SURVEY));
    }

    @AfterAll
    static void stop() {
        server.close();
        source.close();
    }

    private static ConnectionTarget register(ArangoClients clients, WireProtocol protocol, String... endpoints) {
        ServerSpec spec = new ServerSpec(List.of(endpoints), "root", "pw", AuthMethod.PASSWORD, false, "", true,
                protocol, 5, 10, false);
        ConnectionTarget target = spec.target("demo", ConnectionTarget.Label.PRIMARY);
        clients.register(target, spec);
        return target;
    }

    @ParameterizedTest
    @EnumSource(WireProtocol.class)
    void everyOperationGoesOnWhileOneCoordinatorIsStoppedAndReturnsToItLater(WireProtocol protocol)
            throws Exception {
        try (TcpForwarder a = new TcpForwarder(server.port()); TcpForwarder b = new TcpForwarder(server.port());
             ArangoClients clients = new ArangoClients()) {
            ConnectionTarget target = register(clients, protocol, a.url(), b.url());
            ArangoGateway gateway = new ArangoGateway(clients);
            StatsSource stats = new StatsSources(clients).on(target, "primary");
            IndexGateway indexes = new IndexConnections(clients).gateway(target);
            MonitoringMetricsSource metrics = new MonitoringMetricsSource(clients, () -> target);
            assertEquals(List.of(), gateway.probe(target).coordinatorsDown());

            a.stop();
            ServerInfo info = gateway.probe(target);
            assertEquals(List.of(a.url()), info.coordinatorsDown(), "the stopped coordinator is named");
            assertEquals(2, info.coordinators());
            String collection = "failover_" + protocol.name().toLowerCase();
            for (int i = 0; i < 6; i++) {
                // several rounds, so round robin would have picked the stopped one
                assertEquals(500, stats.count("va_table"));
                assertTrue(metrics.fetchMetricsPage().length > 0);
            }
            assertTrue(indexes.collections().contains("va_table"));
            indexes.create(IndexSpec.of("va_table", "failover_" + protocol.name()));

            a.start();
            long before = a.bytesForwarded();
            for (int i = 0; i < 6; i++) {
                stats.count("va_table");
            }
            assertEquals(List.of(), gateway.probe(target).coordinatorsDown(), "back: no longer marked");
            assertTrue(a.bytesForwarded() > before, "requests go to the coordinator again once it is back");
        }
    }

    @Test
    void aSyncFinishesVerifiedEqualWhenACoordinatorStopsMidRun(@TempDir Path dir) throws Exception {
        try (TcpForwarder a = new TcpForwarder(server.port()); TcpForwarder b = new TcpForwarder(server.port());
             ArangoClients clients = new ArangoClients();
             SyncJobs jobs = new SyncJobs(new ArangoSyncConnector(clients), new SyncHistory(dir.resolve("h.jsonl")),
                     c -> { }, 1)) {
            ConnectionTarget target = register(clients, WireProtocol.HTTP1, a.url(), b.url());
            ConnectionTarget from = new ConnectionTarget(source.url(), "root", "pw", "demo",
                    ConnectionTarget.Label.PRIMARY);
            SyncSpec.ArangoCollection origin = new SyncSpec.ArangoCollection(from, "va_table");
            String into = "va_copy";
            SyncSpec spec = new SyncSpec(origin, target, into,
                    SyncJobConfig.defaults(SyncSpec.jobIdFor(origin, target, into), "submissiondate",
                            io.arangoconsole.settings.SyncDefaults.CHECKPOINTS));
            AtomicBoolean stopped = new AtomicBoolean();
            SyncResult result = jobs.start(spec, progress -> {
                if (progress.done() >= 5_000 && stopped.compareAndSet(false, true)) {
                    try {
                        a.stop();
                    } catch (java.io.IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                }
            }).result().get(3, TimeUnit.MINUTES);
            assertTrue(stopped.get(), "the coordinator was stopped during the run");
            assertEquals(20_000, result.written());
            assertTrue(result.verified(), "source and target verified equal: " + result.message());
        }
    }
}
