package io.arangoconsole.bench;

import io.arangoconsole.settings.SyncDefaults;
import com.arangodb.ArangoDB;
import com.arangodb.Protocol;
import com.arangodb.model.PersistentIndexOptions;
import io.arangoconsole.core.arango.ArangoClients;
import io.arangoconsole.core.arango.ArangoSyncConnector;
import io.arangoconsole.core.connection.ConnectionTarget;
import io.arangoconsole.core.sync.SyncHistory;
import io.arangoconsole.core.sync.SyncJobConfig;
import io.arangoconsole.core.sync.SyncJobs;
import io.arangoconsole.core.sync.SyncResult;
import io.arangoconsole.core.sync.SyncSpec;
import io.arangoconsole.sandbox.Sandbox;
import io.arangoconsole.sandbox.SandboxConfig;
import java.nio.file.Files;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Figures for docs/benchmarks.md (issue 11), not a test: a sync of N documents from a source collection without any
 * index but the primary one, then the same sync after a persistent index on {@code [submissiondate, _key]} was
 * created there, through {@link SyncJobs} (the service the Sync pane and {@code sync run} share) with the default
 * 10 s request timeout, after a warm-up sync of 20,000 documents from another sandbox. Prints the time to the first
 * committed batch and the throughput of each, and their ratio.
 * Run: {@code java -Xmx2g -cp ... io.arangoconsole.bench.SyncNoIndexBench 300000}.
 */
public final class SyncNoIndexBench {
    private SyncNoIndexBench() {
    }

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 300_000;
        try (Sandbox source = Sandbox.start(SandboxConfig.defaults().withRecords(n));
             Sandbox target = Sandbox.start(SandboxConfig.defaults().withRecords(0));
             ArangoClients clients = new ArangoClients();
             SyncJobs jobs = new SyncJobs(new ArangoSyncConnector(clients),
                     new SyncHistory(Files.createTempFile("bench-history", ".jsonl")), c -> { }, 1)) {
            System.out.printf(Locale.ROOT, "%,d documents, %d cores, %s%n", n,
                    Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
            try (Sandbox small = Sandbox.start(SandboxConfig.defaults().withRecords(20_000))) {
                // the same code paths once, so that neither measured run pays for the JIT's first compilations
                run(jobs, small, target, "warm_up");
            }
            Run without = run(jobs, source, target, "copy_without_index");
            ArangoDB admin = new ArangoDB.Builder().host(source.host(), source.port()).user("root").password("")
                    .protocol(Protocol.HTTP_JSON).timeout(600_000).build();
            admin.db("demo").collection("va_table").ensurePersistentIndex(List.of("submissiondate", "_key"),
                    new PersistentIndexOptions());
            admin.shutdown();
            Run with = run(jobs, source, target, "copy_with_index");
            System.out.printf(Locale.ROOT, "ratio without/with index: %.2f%n", without.rate() / with.rate());
        }
    }

    record Run(double firstBatchSeconds, double seconds, double rate) {
    }

    private static Run run(SyncJobs jobs, Sandbox source, Sandbox target, String into) throws Exception {
        ConnectionTarget from = new ConnectionTarget(source.url(), "root", "", "demo",
                ConnectionTarget.Label.PRIMARY);
        ConnectionTarget to = new ConnectionTarget(target.url(), "root", "", "demo", ConnectionTarget.Label.PRIMARY);
        SyncSpec.Source src = new SyncSpec.ArangoCollection(from, "va_table");
        SyncSpec spec = new SyncSpec(src, to, into, SyncJobConfig.defaults(SyncSpec.jobIdFor(src, to, into),
                "submissiondate", SyncDefaults.CHECKPOINTS).withVerify(false));
        long start = System.nanoTime();
        AtomicLong firstBatch = new AtomicLong();
        SyncResult r = jobs.start(spec, p -> {
            if (p.done() > 0) {
                firstBatch.compareAndSet(0, System.nanoTime());
            }
        }).result().get();
        double seconds = (System.nanoTime() - start) / 1e9;
        double first = (firstBatch.get() - start) / 1e9;
        System.out.printf(Locale.ROOT, "%s: %s, first batch after %.1f s, %,d documents in %.1f s = %,.0f docs/s; "
                + "%s%n", into, r.state(), first, r.read(), seconds, r.read() / seconds, r.message());
        return new Run(first, seconds, r.read() / seconds);
    }
}
