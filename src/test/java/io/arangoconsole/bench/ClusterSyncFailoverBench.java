package io.arangoconsole.bench;

import io.arangoconsole.core.arango.ArangoClients;
import io.arangoconsole.core.arango.ArangoSyncConnector;
import io.arangoconsole.core.connection.AuthMethod;
import io.arangoconsole.core.connection.ConnectionTarget;
import io.arangoconsole.core.connection.ServerSpec;
import io.arangoconsole.core.connection.WireProtocol;
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
import java.nio.file.Files;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Run by hand, not a test: N demo documents synced from a single sandbox into a sandbox cluster through a profile of
 * its three coordinators; once a third of them are written, Coordinator0002 ({@code coordinator}, the default) or
 * DB-Server {@code DBServer0002} ({@code dbserver}: the target collection is made with 3 shards, 2 copies, write
 * concern 1, and the reference's timings fail it over after 10 s; it stays down) is stopped through the faults API.
 * Prints whether the run finished verified equal, when the stop happened, and the retries the sync made.
 *
 * <pre>
 * mvn -o -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -Xmx2g -cp target/test-classes:target/classes:$(cat target/cp.txt) \
 *      io.arangoconsole.bench.ClusterSyncFailoverBench 200000 [coordinator|dbserver]
 * </pre>
 */
public final class ClusterSyncFailoverBench {

    private ClusterSyncFailoverBench() {
    }

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 200_000;
        boolean dbServer = args.length > 1 && args[1].equals("dbserver");
        String victim = dbServer ? "DBServer0002" : "Coordinator0002";
        SandboxConfig source = new SandboxConfig("127.0.0.1", 0, n, SandboxConfig.DEFAULT_SEED, true, "pw",
                SandboxConfig.Dataset.SURVEY);
        SandboxConfig target = new SandboxConfig("127.0.0.1", 0, 100, SandboxConfig.DEFAULT_SEED, true, "pw",
                SandboxConfig.Dataset.SURVEY);
        try (Sandbox from = Sandbox.start(source);
             Sandbox cluster = Sandbox.start(target, SandboxMode.cluster(ClusterOptions.defaults()).withFaultsApi());
             ArangoClients clients = new ArangoClients();
             SyncJobs jobs = new SyncJobs(new ArangoSyncConnector(clients), new SyncHistory(
                     Files.createTempFile("cluster-sync", ".jsonl")), c -> { }, 1)) {
            FaultsApi faults = new FaultsApi(cluster.url(), "pw");
            ServerSpec spec = new ServerSpec(cluster.urls(), "root", "pw", AuthMethod.PASSWORD, false, "", true,
                    WireProtocol.HTTP2, 20, 30, false);
            ConnectionTarget into = spec.target("demo", ConnectionTarget.Label.PRIMARY);
            if (dbServer) {
                java.net.URI first = java.net.URI.create(cluster.url());
                com.arangodb.ArangoDB driver = new com.arangodb.ArangoDB.Builder().host(first.getHost(),
                        first.getPort()).user("root").password("pw").build();
                driver.db("demo").createCollection("va_copy", new com.arangodb.model.CollectionCreateOptions()
                        .numberOfShards(3).replicationFactor(2).writeConcern(1));
                driver.shutdown();
            }
            clients.register(into, spec);
            ConnectionTarget origin = new ConnectionTarget(from.url(), "root", "pw", "demo",
                    ConnectionTarget.Label.PRIMARY);
            SyncSpec.ArangoCollection va = new SyncSpec.ArangoCollection(origin, "va_table");
            SyncSpec sync = new SyncSpec(va, into, "va_copy",
                    SyncJobConfig.defaults(SyncSpec.jobIdFor(va, into, "va_copy"), "submissiondate",
                            io.arangoconsole.settings.SyncDefaults.CHECKPOINTS));
            AtomicLong stoppedAt = new AtomicLong(-1);
            List<String> retries = new java.util.concurrent.CopyOnWriteArrayList<>();
            long start = System.nanoTime();
            SyncResult result = jobs.start(sync, p -> {
                if (p.state() == io.arangoconsole.core.sync.SyncState.RETRYING) {
                    retries.add(String.format(Locale.ROOT, "%.1f s: %s", (System.nanoTime() - start) / 1e9,
                            p.message()));
                }
                if (p.done() >= n / 3 && stoppedAt.compareAndSet(-1, p.done())) {
                    faults.stop(victim);
                    System.out.printf(Locale.ROOT, "%s stopped at %,d documents, %.1f s in%n", victim,
                            p.done(), (System.nanoTime() - start) / 1e9);
                }
            }).result().get();
            System.out.println(retries.size() + " retries announced:");
            retries.forEach(r -> System.out.println("  " + r));
            System.out.printf(Locale.ROOT, "%,d documents: read %,d, written %,d, state %s, verified equal: %s, "
                    + "%.1f s%n", n, result.read(), result.written(), result.state(), result.verified(),
                    (System.nanoTime() - start) / 1e9);
            System.out.println("verification: " + (result.verification() == null ? "none"
                    : result.verification().describe()));
            List<String> urls = cluster.urls();
            System.out.println("coordinators: " + urls + ", stopped: " + victim);
        }
    }
}
