package io.arangoconsole.bench;

import com.arangodb.ArangoDatabase;
import com.arangodb.model.PersistentIndexOptions;
import io.arangoconsole.core.arango.ArangoClients;
import io.arangoconsole.core.arango.StatsSources;
import io.arangoconsole.core.connection.ConnectionTarget;
import io.arangoconsole.core.stats.CollectionStats;
import io.arangoconsole.core.stats.Comparison;
import io.arangoconsole.core.stats.NaiveComparison;
import io.arangoconsole.core.stats.StatsReader;
import io.arangoconsole.core.stats.StatsSettings;
import io.arangoconsole.core.stats.StatsSource;
import io.arangoconsole.sandbox.Sandbox;
import io.arangoconsole.sandbox.SandboxConfig;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.HdrHistogram.Histogram;

/**
 * Uncached stats over a big va_table (default 1,000,000 demo records) with the plan's indexes, against the sandbox:
 * one full read of va_table's stats (count, figures, index list, three explains, two {@code LIMIT 1} queries) per
 * round, no cache. Then the plan's naive path (the {@code LENGTH(FOR doc IN ...)} count and the sort), without and with
 * the indexes, and the ratio. Goal: under 50 ms. Run: {@code java -Xmx8g ... StatsUncachedBench [records] [rounds]}.
 */
public final class StatsUncachedBench {

    private StatsUncachedBench() {
    }

    public static void main(String[] args) {
        int records = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 50;
        long t0 = System.nanoTime();
        try (Sandbox sandbox = Sandbox.start(SandboxConfig.defaults().withRecords(records));
             ArangoClients clients = new ArangoClients()) {
            System.out.printf(Locale.ROOT, "sandbox with %,d records up in %.1f s%n", records, seconds(t0));
            ConnectionTarget target = new ConnectionTarget(sandbox.url(), "root", "", "demo",
                    ConnectionTarget.Label.PRIMARY);
            StatsSource source = new StatsSources(clients).on(target, "primary");
            NaiveComparison naive = new NaiveComparison(() -> source);

            Comparison before = naive.run("va_table", "submissiondate");
            report("naive path, no index", before);

            long t1 = System.nanoTime();
            // Its own client: an index build over a million documents outlasts the console's 10 s request timeout.
            com.arangodb.ArangoDB builder = new com.arangodb.ArangoDB.Builder().host(sandbox.host(), sandbox.port())
                    .user("root").password("").protocol(com.arangodb.Protocol.HTTP_JSON).timeout(600_000).build();
            createPlanIndexes(builder.db("demo"));
            builder.shutdown();
            System.out.printf(Locale.ROOT, "the plan's indexes built in %.1f s%n", seconds(t1));
            Comparison after = naive.run("va_table", "submissiondate");
            report("naive path, with the plan's indexes", after);

            StatsReader reader = new StatsReader(io.arangoconsole.core.stats.DemoChoices.overrides(), Clock.systemUTC());
            for (int i = 0; i < 5; i++) {
                reader.read(source, "va_table");
            }
            Histogram h = new Histogram(3_600_000_000L, 3);
            CollectionStats last = null;
            for (int i = 0; i < rounds; i++) {
                long start = System.nanoTime();
                last = reader.read(source, "va_table");
                h.recordValue(System.nanoTime() - start);
            }
            StatsCacheBench.print("uncached stats of va_table", h);
            System.out.println("last read: count " + last.count() + ", earliest " + last.watermark().earliest()
                    + ", latest " + last.watermark().latest() + ", breakdown indexed " + last.breakdown().indexed());
            double naiveNoIndex = millis(before.naive());
            double naiveIndexed = millis(after.naive());
            double ours = h.getValueAtPercentile(50) / 1e6;
            System.out.printf(Locale.ROOT, "naive path (count + sort): %.1f ms without indexes, %.1f ms with them; "
                    + "console p50 %.2f ms: %.0fx and %.0fx faster%n", naiveNoIndex, naiveIndexed, ours,
                    naiveNoIndex / ours, naiveIndexed / ours);
        }
    }

    private static void createPlanIndexes(ArangoDatabase db) {
        Map<String, List<List<String>>> plan = Map.of(
                "va_table", List.of(List.of("submissiondate"), List.of("status"), List.of("_key"),
                        List.of("submissiondate", "status")),
                "system_configs", List.of(List.of("type"), List.of("last_sync_date")),
                "ccva_results", List.of(List.of("task_id"), List.of("created_at"), List.of("task_id", "status")));
        plan.forEach((collection, indexes) -> indexes.forEach(fields ->
                db.collection(collection).ensurePersistentIndex(fields, new PersistentIndexOptions())));
    }

    private static void report(String what, Comparison c) {
        System.out.println(what + ":");
        for (Comparison.Measured m : c.naive()) {
            System.out.printf(Locale.ROOT, "  %-32s %9.1f ms  %s  plan %s%n", m.label(), m.took().toNanos() / 1e6,
                    m.result(), m.plan().nodeTypes());
        }
    }

    private static double millis(List<Comparison.Measured> measured) {
        return measured.stream().mapToLong(m -> m.took().toNanos()).sum() / 1e6;
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
