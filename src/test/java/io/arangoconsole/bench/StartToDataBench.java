package io.arangoconsole.bench;

import com.github.benmanes.caffeine.cache.Ticker;
import io.arangoconsole.app.EmbeddedSandbox;
import io.arangoconsole.core.arango.ArangoClients;
import io.arangoconsole.core.arango.StatsSources;
import io.arangoconsole.core.connection.ConnectionTarget;
import io.arangoconsole.core.stats.StatsReader;
import io.arangoconsole.core.stats.StatsService;
import io.arangoconsole.core.stats.StatsSettings;
import io.arangoconsole.sandbox.SandboxConfig;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ForkJoinPool;

/**
 * Start to data (issue 14 item 8): the console's embedded sandbox started as the console starts it
 * ({@link EmbeddedSandbox} with {@link SandboxConfig#defaults()}, 38,000 survey records), then the Overview's stats
 * read as the Overview reads them ({@link StatsService#all()} over the driver), timed from the start call to the first
 * stats answer, each time in a fresh JVM as a console start is. Runs alternate: without a data directory (the data is
 * generated, as before decision 0034) and with one that holds the kept data (primed once, not counted).
 * Usage: {@code StartToDataBench [runs]}; {@code StartToDataBench --once <dataDir|none>} is one measurement.
 */
public final class StartToDataBench {
    private StartToDataBench() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 2 && args[0].equals("--once")) {
            once(args[1].equals("none") ? null : Path.of(args[1]));
            return;
        }
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        Path dir = Files.createTempDirectory("start-to-data");
        System.out.printf("priming %s: %.0f ms (generated, kept for the next starts)%n", dir, child(dir, true)[0]);
        List<Double> generated = new ArrayList<>();
        List<Double> kept = new ArrayList<>();
        List<Double> generatedCpu = new ArrayList<>();
        List<Double> keptCpu = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            double[] g = measure(null);
            double[] k = measure(dir);
            generated.add(g[0]);
            generatedCpu.add(g[1]);
            kept.add(k[0]);
            keptCpu.add(k[1]);
            System.out.printf(Locale.ROOT, "run %2d: generated %,6.0f ms (CPU %,6.0f ms)   read back %,6.0f ms (CPU %,6.0f"
                    + " ms)   load %s%n", i + 1, g[0], g[1], k[0], k[1],
                    Files.readString(Path.of("/proc/loadavg")).trim());
        }
        System.out.println("generated: " + summary(generated) + "; process CPU " + summary(generatedCpu));
        System.out.println("read back: " + summary(kept) + "; process CPU " + summary(keptCpu));
    }

    private static String summary(List<Double> ms) {
        List<Double> sorted = ms.stream().sorted().toList();
        return String.format(Locale.ROOT, "min %,.0f ms, median %,.0f ms, max %,.0f ms", sorted.get(0),
                (sorted.get((sorted.size() - 1) / 2) + sorted.get(sorted.size() / 2)) / 2,
                sorted.get(sorted.size() - 1));
    }

    private static double[] measure(Path dir) throws Exception {
        return child(dir, false);
    }

    /**
     * One measurement in a fresh JVM: start to data and the process's CPU time until then, in ms; with
     * {@code awaitKept}, also waits until the data was kept in {@code dir}.
     */
    private static double[] child(Path dir, boolean awaitKept) throws Exception {
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx2g",
                "-cp", System.getProperty("java.class.path"), StartToDataBench.class.getName(), "--once",
                dir == null ? "none" : dir.toString()).redirectErrorStream(true).start();
        double ms = -1;
        double cpu = -1;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                if (line.startsWith("start-to-data-ms ")) {
                    String[] parts = line.split(" ");
                    ms = Double.parseDouble(parts[1]);
                    cpu = Double.parseDouble(parts[2]);
                }
            }
        }
        if (p.waitFor() != 0 || ms < 0) {
            throw new IllegalStateException("the measurement failed (exit " + p.exitValue() + ")");
        }
        if (awaitKept) {
            try (var files = Files.list(dir)) {
                if (files.noneMatch(f -> f.toString().endsWith(".bin"))) {
                    throw new IllegalStateException("no data kept in " + dir);
                }
            }
        }
        return new double[]{ms, cpu};
    }

    private static void once(Path dataDir) throws Exception {
        long start = System.nanoTime();
        EmbeddedSandbox sandbox = new EmbeddedSandbox(SandboxConfig.defaults(), dataDir);
        ConnectionTarget target = sandbox.start();
        try (ArangoClients clients = new ArangoClients()) {
            StatsSources sources = new StatsSources(clients);
            StatsService service = new StatsService(() -> sources.on(target, "primary"),
                    new StatsReader(io.arangoconsole.core.stats.DemoChoices.overrides(), Clock.systemUTC()),
                    StatsSettings.defaults(), ForkJoinPool.commonPool(), Ticker.systemTicker());
            int collections = service.all().size();
            double ms = (System.nanoTime() - start) / 1e6;
            System.out.println("stats of " + collections + " collections");
            double cpu = ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                    .getOperatingSystemMXBean()).getProcessCpuTime() / 1e6;
            System.out.printf(Locale.ROOT, "start-to-data-ms %.1f %.1f%n", ms, cpu);
            service.close();
        }
        if (dataDir != null) {
            awaitWrite(dataDir);
        }
        sandbox.close();
    }

    /** The data is kept by a background thread after generating: let it finish before this JVM ends. */
    private static void awaitWrite(Path dir) throws Exception {
        long deadline = System.currentTimeMillis() + 120_000;
        while (System.currentTimeMillis() < deadline) {
            try (var files = Files.list(dir)) {
                if (files.anyMatch(f -> f.toString().endsWith(".bin"))) {
                    return;
                }
            }
            Thread.sleep(100);
        }
    }
}
