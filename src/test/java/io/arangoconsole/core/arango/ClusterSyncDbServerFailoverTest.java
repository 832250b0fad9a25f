package io.arangoconsole.core.arango;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.arangodb.ArangoDB;
import com.arangodb.model.CollectionCreateOptions;
import io.arangoconsole.core.connection.AuthMethod;
import io.arangoconsole.core.connection.ConnectionTarget;
import io.arangoconsole.core.connection.ServerSpec;
import io.arangoconsole.core.connection.WireProtocol;
import io.arangoconsole.core.sync.SyncHistory;
import io.arangoconsole.core.sync.SyncJobConfig;
import io.arangoconsole.core.sync.SyncJobs;
import io.arangoconsole.core.sync.SyncProgress;
import io.arangoconsole.core.sync.SyncResult;
import io.arangoconsole.core.sync.SyncSpec;
import io.arangoconsole.core.sync.SyncState;
import io.arangoconsole.sandbox.Sandbox;
import io.arangoconsole.sandbox.SandboxConfig;
import io.arangoconsole.sandbox.SandboxMode;
import io.arangoconsole.sandbox.cluster.ClusterOptions;
import io.arangoconsole.testing.FaultsApi;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A sync into a sandbox cluster while a DB-Server stops and comes back (the cluster's timings divided by 10): the
 * target collection has 3 shards, 2 copies and a write concern of 2, so the run meets both errors of the failover gap
 * (503/1478 while a shard has no reachable leader, 403/1429 while it has fewer in-sync copies than its write
 * concern), retries them, and finishes with every document written once and verified equal.
 */
class ClusterSyncDbServerFailoverTest {

    private static final int RECORDS = 10_000;

    @Test
    void aSyncFinishesVerifiedEqualThroughADbServerFailover(@TempDir Path dir) throws Exception {
        ClusterOptions options = ClusterOptions.defaults()
                .withTimings(ClusterOptions.Timings.REFERENCE.scaledDown(10));
        try (Sandbox source = Sandbox.start(new SandboxConfig("127.0.0.1", 0, RECORDS, SandboxConfig.DEFAULT_SEED,
                     true, "pw", SandboxConfig.Dataset.SURVEY));
             Sandbox cluster = Sandbox.start(new SandboxConfig("127.0.0.1", 0, 10, SandboxConfig.DEFAULT_SEED, true,
                     "pw", SandboxConfig.Dataset.SURVEY), SandboxMode.cluster(options).withFaultsApi());
             ArangoClients clients = new ArangoClients();
             SyncJobs jobs = new SyncJobs(new ArangoSyncConnector(clients), new SyncHistory(dir.resolve("h.jsonl")),
                     c -> { }, 1)) {
            String into = "va_failover";
            URI first = URI.create(cluster.url());
            ArangoDB driver = new ArangoDB.Builder().host(first.getHost(), first.getPort()).user("root")
                    .password("pw").build();
            driver.db("demo").createCollection(into, new CollectionCreateOptions().numberOfShards(3)
                    .replicationFactor(2).writeConcern(2));
            driver.shutdown();

            ServerSpec spec = new ServerSpec(cluster.urls(), "root", "pw", AuthMethod.PASSWORD, false, "", true,
                    WireProtocol.HTTP2, 5, 30, false);
            ConnectionTarget target = spec.target("demo", ConnectionTarget.Label.PRIMARY);
            clients.register(target, spec);
            SyncSpec.ArangoCollection origin = new SyncSpec.ArangoCollection(new ConnectionTarget(source.url(),
                    "root", "pw", "demo", ConnectionTarget.Label.PRIMARY), "va_table");
            SyncSpec sync = new SyncSpec(origin, target, into, SyncJobConfig.defaults(
                    SyncSpec.jobIdFor(origin, target, into), "submissiondate",
                    io.arangoconsole.settings.SyncDefaults.CHECKPOINTS).withBatchSize(500));
            FaultsApi faults = new FaultsApi(cluster.url(), "pw");
            AtomicBoolean stopped = new AtomicBoolean();
            List<SyncProgress> seen = new CopyOnWriteArrayList<>();
            SyncResult result = jobs.start(sync, p -> {
                seen.add(p);
                if (p.done() >= RECORDS / 3 && stopped.compareAndSet(false, true)) {
                    faults.stop("DBServer0002");
                    // back after the failover (FAILED at 1 s here) and some retries in the write-concern gap
                    CompletableFuture.delayedExecutor(2_500, TimeUnit.MILLISECONDS)
                            .execute(() -> faults.start("DBServer0002"));
                }
            }).result().get(3, TimeUnit.MINUTES);

            assertTrue(stopped.get(), "the DB-Server was stopped during the run");
            assertEquals(SyncState.SUCCEEDED, result.state(), result.message());
            assertEquals(RECORDS, result.written(), "every document written once: " + result);
            assertEquals(0, result.rejected());
            assertTrue(result.verified(), "verified equal: " + result.message());
            assertTrue(seen.stream().anyMatch(p -> p.state() == SyncState.RETRYING
                    && p.message().contains("while a DB-Server fails over (HTTP ")), "the gap was met and retried: "
                    + seen.stream().filter(p -> p.state() == SyncState.RETRYING).map(SyncProgress::message).toList());
        }
    }
}
