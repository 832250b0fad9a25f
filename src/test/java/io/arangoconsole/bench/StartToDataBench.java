package io.arangoconsole.bench;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import io.arangoconsole.app.Launcher;
import io.arangoconsole.app.StartupTimeline;
import org.slf4j.LoggerFactory;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Start to data (issue 14 item 8): the whole console started as a user starts it ({@link Launcher} with no
 * arguments, headless on Monocle, fresh settings, so on the embedded sandbox with its 38,000 survey records), each
 * time in a fresh JVM, until the Overview's cards are shown. The console's {@link StartupTimeline} marks each step;
 * this program reads them from its log and prints them in ms after the JVM started. Each run starts the console in
 * three ways: with the demo data read back from a data directory (primed once, not counted), decision 0080's start
 * order off ({@code -Darangoconsole.fastStart=false}, "before") and on ("after"); and with it on and the data
 * generated (an empty data directory). With {@code -Dbench.beforeClassPath=CP}, each run instead starts the console
 * with the classes of CP ("before") and with this class path ("after"), both in decision 0080's order, each read back
 * and generated.
 * Usage: {@code StartToDataBench [runs]}.
 */
public final class StartToDataBench {
    private static final List<String> HEADLESS = List.of("-Dtestfx.headless=true", "-Dprism.order=sw",
            "-Dprism.text=t2k", "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless",
            "-Djava.awt.headless=true");
    private static final List<String> MARKS = Stream.of(StartupTimeline.Mark.values())
            .map(StartupTimeline.Mark::label).toList();

    private StartToDataBench() {
    }

    /** One way of starting: fast start order or not, data read back or generated, with which classes. */
    private record Variant(String name, boolean fast, boolean readBack, String classPath) {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 2 && args[0].equals("--child")) {
            child(Path.of(args[1]));
            return;
        }
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        String now = System.getProperty("java.class.path");
        // -Dbench.beforeClassPath=...: the same starts with other classes (a commit before a change), interleaved
        String before = System.getProperty("bench.beforeClassPath");
        List<Variant> variants = before == null
                ? List.of(new Variant("before, read back", false, true, now),
                        new Variant("after, read back", true, true, now),
                        new Variant("after, generated", true, false, now))
                : List.of(new Variant("before, read back", true, true, before),
                        new Variant("after, read back", true, true, now),
                        new Variant("before, generated", true, false, before),
                        new Variant("after, generated", true, false, now));
        // the data is kept under a fingerprint of the generator's classes: one primed directory per class path
        Map<String, Path> primedFor = new LinkedHashMap<>();
        for (String classPath : variants.stream().map(Variant::classPath).distinct().toList()) {
            Path primed = Files.createTempDirectory("start-to-data");
            Map<String, Double> first = start(primed, true, true, classPath);
            System.out.printf(Locale.ROOT, "priming %s: cards shown at %,.0f ms (generated, kept for the next"
                    + " starts)%n", primed, first.get("cards shown"));
            primedFor.put(classPath, primed);
        }
        Map<Variant, List<Map<String, Double>>> results = new LinkedHashMap<>();
        variants.forEach(v -> results.put(v, new ArrayList<>()));
        for (int i = 0; i < runs; i++) {
            for (Variant v : variants) {
                Path dir = v.readBack() ? primedFor.get(v.classPath()) : Files.createTempDirectory("start-to-data-gen");
                Map<String, Double> marks = start(dir, v.fast(), false, v.classPath());
                results.get(v).add(marks);
                System.out.printf(Locale.ROOT, "run %2d %-18s window %,6.0f  data %,6.0f  data after window %,6.0f"
                        + "  CPU %,6.0f ms   %s   load %s%n", i + 1, v.name(), marks.get("window shown"),
                        marks.get("cards shown"), marks.get("cards shown") - marks.get("window shown"),
                        marks.get("cpu"), line(marks), Files.readString(Path.of("/proc/loadavg")).trim());
                if (!v.readBack()) {
                    delete(dir);
                }
            }
        }
        System.out.println();
        System.out.println("medians, ms after the JVM started (data after window = cards shown - window shown):");
        for (Variant v : variants) {
            List<Map<String, Double>> r = results.get(v);
            Map<String, Double> medians = new LinkedHashMap<>();
            for (String key : r.get(0).keySet()) {
                medians.put(key, median(r.stream().map(m -> m.get(key)).toList()));
            }
            List<Double> after = r.stream().map(m -> m.get("cards shown") - m.get("window shown")).toList();
            System.out.printf(Locale.ROOT, "%-18s data after window: min %,.0f, median %,.0f, max %,.0f;   %s%n",
                    v.name(), after.stream().min(Double::compare).orElseThrow(), median(after),
                    after.stream().max(Double::compare).orElseThrow(), line(medians));
        }
        for (Path primed : primedFor.values()) {
            delete(primed);
        }
    }

    private static String line(Map<String, Double> marks) {
        StringBuilder b = new StringBuilder();
        marks.forEach((k, v) -> b.append(b.length() == 0 ? "" : ", ").append(k).append(' ')
                .append(String.format(Locale.ROOT, "%,.0f", v)));
        return b.toString();
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        return (sorted.get((sorted.size() - 1) / 2) + sorted.get(sorted.size() / 2)) / 2;
    }

    /** One console start in a fresh JVM with {@code dataHome} as its data directory; its marks and CPU time. */
    private static Map<String, Double> start(Path dataHome, boolean fast, boolean awaitKept, String classPath)
            throws Exception {
        Path config = Files.createTempDirectory("start-to-data-config");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xmx2g", "-D" + StartupTimeline.FAST_START_PROPERTY + "=" + fast,
                "-Dbench.awaitKept=" + awaitKept));
        command.addAll(HEADLESS);
        command.addAll(List.of("-cp", classPath, StartToDataBench.class.getName(),
                "--child", dataHome.toString()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("XDG_DATA_HOME", dataHome.toString());
        builder.environment().put("XDG_CONFIG_HOME", config.toString());
        Process p = builder.start();
        Map<String, Double> marks = new LinkedHashMap<>();
        List<String> output = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                output.add(line);
                if (line.startsWith("mark\t")) {
                    String[] parts = line.split("\t");
                    marks.put(parts[1], Double.parseDouble(parts[2]));
                }
            }
        }
        delete(config);
        if (p.waitFor() != 0 || !marks.containsKey("cards shown")) {
            output.forEach(System.err::println);
            throw new IllegalStateException("the console's start was not measured (exit " + p.exitValue() + ")");
        }
        return marks;
    }

    /** In the fresh JVM: starts the console and prints its marks once the cards are shown. */
    private static void child(Path dataHome) throws Exception {
        Map<String, Long> marks = new ConcurrentHashMap<>();
        CountDownLatch shown = new CountDownLatch(1);
        Logger log = (Logger) LoggerFactory.getLogger(StartupTimeline.class);
        AppenderBase<ILoggingEvent> reader = new AppenderBase<>() {
            @Override
            protected void append(ILoggingEvent event) {
                Object[] a = event.getArgumentArray();
                if (event.getLevel() == Level.DEBUG && a != null && a.length == 2) {
                    marks.put((String) a[0], (Long) a[1]);
                    if (a[0].equals(StartupTimeline.Mark.CARDS_SHOWN.label())) {
                        shown.countDown();
                    }
                }
            }
        };
        reader.setContext(log.getLoggerContext());
        reader.start();
        log.addAppender(reader);
        log.setLevel(Level.DEBUG);
        Thread console = new Thread(() -> Launcher.main(new String[0]), "console-main");
        console.setDaemon(true);
        console.start();
        if (!shown.await(300, TimeUnit.SECONDS)) {
            System.out.println("no cards within 300 s; marks: " + marks);
            Runtime.getRuntime().halt(2);
        }
        double cpu = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime() / 1e6;
        MARKS.stream().filter(marks::containsKey).forEach(m -> System.out.println("mark\t" + m + "\t" + marks.get(m)));
        System.out.printf(Locale.ROOT, "mark\tcpu\t%.1f%n", cpu);
        System.out.flush();
        if (Boolean.getBoolean("bench.awaitKept")) {
            awaitKept(dataHome);
        }
        System.exit(0); // not halt: a flight recording, when one is made, is written at exit
    }

    /** The data is kept by a background thread after generating: waits for its file before this JVM ends. */
    private static void awaitKept(Path dataHome) throws Exception {
        long deadline = System.currentTimeMillis() + 180_000;
        Path dir = dataHome.resolve("arango-console").resolve("sandbox");
        while (System.currentTimeMillis() < deadline) {
            if (Files.isDirectory(dir)) {
                try (Stream<Path> files = Files.list(dir)) {
                    if (files.anyMatch(f -> f.toString().endsWith(".bin"))) {
                        return;
                    }
                }
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("no data kept in " + dir);
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(f);
            }
        }
    }
}
