package io.arangoconsole.bench;

import com.github.benmanes.caffeine.cache.Ticker;
import io.arangoconsole.core.arango.ArangoClients;
import io.arangoconsole.core.arango.StatsSources;
import io.arangoconsole.core.connection.ConnectionTarget;
import io.arangoconsole.core.stats.StatsReader;
import io.arangoconsole.core.stats.StatsService;
import io.arangoconsole.core.stats.StatsSettings;
import io.arangoconsole.sandbox.Sandbox;
import io.arangoconsole.sandbox.SandboxConfig;
import java.time.Clock;
import java.util.Locale;
import java.util.concurrent.ForkJoinPool;
import org.HdrHistogram.Histogram;

/**
 * Stats served from the cache: p50 and p99 of {@code stats("va_table")} and of {@code all()} (three collections, names
 * from the catalog) once warm, against the sandbox with the demo's 38,000 records. Goal: p99 under 1 ms. A program,
 * not a test: {@code java ... io.arangoconsole.bench.StatsCacheBench [calls]}.
 */
public final class StatsCacheBench {

    private StatsCacheBench() {
    }

    public static void main(String[] args) {
        int calls = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        try (Sandbox sandbox = Sandbox.start(SandboxConfig.defaults());
             ArangoClients clients = new ArangoClients()) {
            ConnectionTarget target = new ConnectionTarget(sandbox.url(), "root", "", "demo",
                    ConnectionTarget.Label.PRIMARY);
            StatsSources sources = new StatsSources(clients);
            StatsSettings settings = StatsSettings.defaults();
            StatsService service = new StatsService(() -> sources.on(target, "primary"),
                    new StatsReader(io.arangoconsole.core.stats.DemoChoices.overrides(), Clock.systemUTC()), settings, ForkJoinPool.commonPool(),
                    Ticker.systemTicker());
            service.all();
            Histogram one = new Histogram(3_600_000_000L, 3);
            Histogram all = new Histogram(3_600_000_000L, 3);
            long sink = 0;
            for (int i = 0; i < calls / 10; i++) {
                sink += service.stats("va_table").value().count();
            }
            for (int i = 0; i < calls; i++) {
                long start = System.nanoTime();
                sink += service.stats("va_table").value().count();
                one.recordValue(System.nanoTime() - start);
            }
            for (int i = 0; i < calls / 10; i++) {
                long start = System.nanoTime();
                sink += service.all().size();
                all.recordValue(System.nanoTime() - start);
            }
            print("stats(\"va_table\") from the cache", one);
            print("all() from the cache (3 collections)", all);
            System.out.printf(Locale.ROOT, "hit rate %.4f over %,d requests (sink %d)%n",
                    service.cacheStats().hitRate(), service.cacheStats().requestCount(), sink % 7);
            service.close();
        }
    }

    static void print(String what, Histogram h) {
        System.out.printf(Locale.ROOT, "%-40s n=%,d  p50 %.2f µs  p99 %.2f µs  p99.9 %.2f µs  max %.2f µs%n", what,
                h.getTotalCount(), h.getValueAtPercentile(50) / 1e3, h.getValueAtPercentile(99) / 1e3,
                h.getValueAtPercentile(99.9) / 1e3, h.getMaxValue() / 1e3);
    }
}
