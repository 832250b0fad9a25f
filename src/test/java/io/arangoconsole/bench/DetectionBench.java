package io.arangoconsole.bench;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.arangoconsole.core.arango.ArangoClients;
import io.arangoconsole.core.arango.StatsSources;
import io.arangoconsole.core.connection.ConnectionTarget;
import io.arangoconsole.core.stats.Detection;
import io.arangoconsole.core.stats.StatsReader;
import io.arangoconsole.core.stats.StatsSource;
import io.arangoconsole.sandbox.Sandbox;
import io.arangoconsole.sandbox.SandboxConfig;
import io.arangoconsole.sandbox.store.Collection;
import io.arangoconsole.sandbox.store.Database;
import io.arangoconsole.sandbox.store.IndexSpec;
import io.arangoconsole.sandbox.store.Json;
import io.arangoconsole.sandbox.store.WriteOptions;
import java.time.Clock;
import java.util.List;
import java.util.Locale;

/**
 * Detection of the freshness and breakdown attributes on a database of many collections (default 300, each
 * {@code docs} documents, default 2,000), against the sandbox over HTTP: every collection detected once, as the
 * Overview and {@code stats} do, one at a time and {@link StatsReader#PARALLEL_READS} at a time, timed per round; and the sandbox's {@code scannedFull} total before and after,
 * which must not move (never a scan). The collections vary as a DBA's do: ISO dates, epoch seconds, epoch
 * milliseconds, a few-valued status, no index at all.
 * Run: {@code java -cp ... io.arangoconsole.bench.DetectionBench [collections] [docs] [rounds]}.
 */
public final class DetectionBench {

    private DetectionBench() {
    }

    public static void main(String[] args) {
        int collections = args.length > 0 ? Integer.parseInt(args[0]) : 300;
        int docs = args.length > 1 ? Integer.parseInt(args[1]) : 2_000;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        try (Sandbox sandbox = Sandbox.start(SandboxConfig.defaults().withRecords(0));
             ArangoClients clients = new ArangoClients()) {
            long t0 = System.nanoTime();
            Database db = sandbox.store().createDatabase("many");
            for (int c = 0; c < collections; c++) {
                fill(db, c, docs);
            }
            System.out.printf(Locale.ROOT, "%d collections of %,d documents built in %.1f s%n", collections, docs,
                    (System.nanoTime() - t0) / 1e9);
            ConnectionTarget target = new ConnectionTarget(sandbox.url(), "root", "", "many",
                    ConnectionTarget.Label.PRIMARY);
            StatsSource source = new StatsSources(clients).on(target, "primary");
            StatsReader reader = new StatsReader(Clock.systemUTC());
            // warm-up: JIT, connection pool
            detectAll(reader, source, 1);
            detectAll(reader, source, StatsReader.PARALLEL_READS);
            for (int round = 1; round <= rounds; round++) {
                // one after the other and then a few at once, alternately, so both see the same machine load
                for (int parallel : new int[] {1, StatsReader.PARALLEL_READS}) {
                    long scannedBefore = sandbox.engine().tracker().scannedFullTotal();
                    long start = System.nanoTime();
                    int[] found = detectAll(reader, source, parallel);
                    double seconds = (System.nanoTime() - start) / 1e9;
                    long scanned = sandbox.engine().tracker().scannedFullTotal() - scannedBefore;
                    System.out.printf(Locale.ROOT, "round %d, %d at a time: %d collections detected in %.3f s "
                            + "(%.2f ms each); freshness found for %d, breakdown for %d; scannedFull +%d%n", round,
                            parallel, collections, seconds, seconds * 1000 / collections, found[0], found[1],
                            scanned);
                }
            }
        }
    }

    private static int[] detectAll(StatsReader reader, StatsSource source, int parallel) {
        int[] found = new int[2];
        for (Detection d : reader.chooseAll(source, source.collections(), parallel)) {
            found[0] += d.watermark().present() ? 1 : 0;
            found[1] += d.breakdown().present() ? 1 : 0;
        }
        return found;
    }

    /** Collection {@code c}: its kind of date by {@code c % 4} (ISO, seconds, millis, none) and a status index. */
    private static void fill(Database db, int c, int docs) {
        Collection coll = db.create(String.format(Locale.ROOT, "coll_%03d", c), 2, false);
        int kind = c % 4;
        if (kind != 3) {
            coll.createIndex(IndexSpec.persistent(List.of("at"), false, false));
            coll.createIndex(IndexSpec.persistent(List.of("status"), false, false));
        }
        long base = 1_767_225_600_000L;
        String[] statuses = {"new", "open", "done", "failed"};
        for (int i = 0; i < docs; i++) {
            ObjectNode d = Json.object();
            d.put("_key", Integer.toString(i));
            long millis = base + i * 60_000L;
            switch (kind) {
                case 0 -> d.put("at", java.time.Instant.ofEpochMilli(millis).toString());
                case 1 -> d.put("at", millis / 1000);
                default -> d.put("at", millis);
            }
            d.put("status", statuses[i % statuses.length]);
            d.put("n", i);
            coll.insert(d, WriteOptions.DEFAULT);
        }
    }
}
