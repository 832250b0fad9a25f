package io.arangoconsole.bench;

import io.arangoconsole.settings.SyncDefaults;
import atlantafx.base.theme.PrimerLight;
import com.arangodb.ArangoCursor;
import com.arangodb.ArangoDB;
import com.arangodb.ArangoDatabase;
import com.arangodb.Protocol;
import com.arangodb.model.AqlQueryOptions;
import com.arangodb.model.DocumentImportOptions;
import com.arangodb.model.PersistentIndexOptions;
import com.fasterxml.jackson.databind.JsonNode;
import com.sun.management.GarbageCollectionNotificationInfo;
import io.arangoconsole.core.arango.ArangoClients;
import io.arangoconsole.core.arango.ArangoSyncConnector;
import io.arangoconsole.core.connection.ConnectionTarget;
import io.arangoconsole.core.sync.SyncHistory;
import io.arangoconsole.core.sync.SyncJobConfig;
import io.arangoconsole.core.sync.SyncJobs;
import io.arangoconsole.core.sync.SyncResult;
import io.arangoconsole.core.sync.SyncSpec;
import io.arangoconsole.core.sync.SyncState;
import io.arangoconsole.ui.common.FxTaskRunner;
import io.arangoconsole.ui.common.UiThread;
import io.arangoconsole.ui.common.Views;
import io.arangoconsole.ui.sync.SyncJobRow;
import io.arangoconsole.ui.sync.SyncView;
import io.arangoconsole.ui.sync.SyncViewModel;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.ListChangeListener;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

/**
 * Figures for docs/benchmarks.md, not a test: N demo documents synced sandbox to sandbox through the real Sync pane
 * (view model, jobs runner, driver), with the source and target sandboxes in their own JVMs so that this JVM's heap
 * is the console's alone. Reports the sync's throughput against a plain loop in the same run that reads the same
 * cursor batches and posts them to {@code /_api/import} of the same target; the console's peak heap; and the longest
 * gap between JavaFX pulses (headless Monocle) while the sync runs.
 *
 * <pre>
 * mvn -o -q test-compile dependency:build-classpath -Dmdep.outputFile=cp.txt
 * java -Xmx512m -cp target/test-classes:target/classes:$(cat cp.txt) io.arangoconsole.bench.SyncBench 100000 1000000
 * </pre>
 * With the servers on core 0 and the console on core 1, as if on two machines:
 * {@code taskset -c 1 java -XX:+UseG1GC -Xmx512m -Dbench.serverCpus=0 -cp ... SyncBench 100000 1000000}
 */
public final class SyncBench {
    private static final Pattern LISTENING = Pattern.compile("listening on (http://\\S+)");
    private static final int BATCH = 1000;
    private static final AtomicLong maxAfterGc = new AtomicLong();
    private static final AtomicLong maxGcPauseMillis = new AtomicLong();

    private SyncBench() {
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        List<Integer> sizes = new ArrayList<>();
        for (String a : args.length == 0 ? new String[] {"100000", "1000000"} : args) {
            sizes.add(Integer.parseInt(a.replace("_", "").replace(",", "")));
        }
        System.out.printf("java %s, %d cores, console max heap %d MB%n", System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
        watchGc();
        CountDownLatch fxUp = new CountDownLatch(1);
        Platform.startup(fxUp::countDown);
        fxUp.await();
        Platform.setImplicitExit(false);
        for (int n : sizes) {
            run(n);
        }
        Platform.exit();
        System.exit(0);
    }

    private static void run(int n) throws Exception {
        Process source = sandbox(n, "4g");
        Process target = sandbox(0, "6g");
        try {
            String sourceUrl = url(source);
            String targetUrl = url(target);
            ArangoDB src = driver(sourceUrl);
            ArangoDB tgt = driver(targetUrl);
            long t0 = System.nanoTime();
            // the incremental query sorts by (watermark, _key): without this index a large source sorts everything
            src.db("demo").collection("va_table").ensurePersistentIndex(List.of("submissiondate", "_key"),
                    new PersistentIndexOptions());
            System.out.printf("%n== %,d documents; source index on [submissiondate, _key] built in %.1f s%n", n,
                    (System.nanoTime() - t0) / 1e9);

            // both sandbox JVMs start cold: warm them (and this JVM's driver) so that neither contestant pays for it
            double warm = plainLoop(src, tgt, "warmup", Math.min(n, 100_000));
            drop(tgt, "warmup");
            System.out.printf("warm-up import of %,d documents: %,.0f docs/s%n", Math.min(n, 100_000), warm);
            // control: the same pane shown idle while the plain loop loads the machine, to tell a stall the sync
            // causes from one the 2 shared cores cause
            PulseProbe control = new PulseProbe();
            Stage idle = showPane(idleModel(targetUrl));
            Platform.runLater(control::start);
            double plain1 = plainLoop(src, tgt, "plain_a", n);
            CompletableFuture<long[]> controlGaps = new CompletableFuture<>();
            Platform.runLater(() -> {
                control.stop();
                idle.close();
                controlGaps.complete(new long[] {control.maxGap, control.pulses, control.over50});
            });
            long[] cg = controlGaps.get(30, TimeUnit.SECONDS);
            drop(tgt, "plain_a");
            // the engine alone first: it also loads and compiles the sync classes, which the pane run then finds warm
            double headless = headlessSync(sourceUrl, targetUrl);
            drop(tgt, "headless");
            Result sync = syncThroughPane(sourceUrl, targetUrl, n);
            drop(tgt, "synced");
            double plain2 = plainLoop(src, tgt, "plain_b", n);
            double plain = (plain1 + plain2) / 2;
            double syncRate = n / sync.syncSeconds;
            System.out.printf("plain import loop: %,.0f docs/s (before) and %,.0f docs/s (after), mean %,.0f%n",
                    plain1, plain2, plain);
            System.out.printf("sync (to the start of verification): %.1f s = %,.0f docs/s; ratio to plain %.2f%n",
                    sync.syncSeconds, syncRate, syncRate / plain);
            System.out.printf("same sync without any UI (SyncJobs alone, no verification): %,.0f docs/s; ratio %.2f%n",
                    headless, headless / plain);
            System.out.printf("sync end to end incl. verification: %.1f s; %s; verification: %s%n",
                    sync.totalSeconds, sync.state, sync.verification);
            System.out.printf("console heap: %,d MB live after GC before the sync; while syncing peak used %,d MB "
                    + "(sum of pool peaks), max live after GC %,d MB; longest GC pause %d ms%n", sync.idleHeap >> 20,
                    sync.peakHeap >> 20, sync.maxAfterGc >> 20, sync.maxGcPause);
            System.out.printf("FX thread: longest gap between pulses %.1f ms (%d pulses, %d gaps over 50 ms)%n",
                    sync.maxPulseGapNanos / 1e6, sync.pulses, sync.gapsOver50);
            System.out.printf("control, pane idle during the plain loop: longest gap %.1f ms (%d pulses, %d over 50 ms)%n",
                    cg[0] / 1e6, cg[1], cg[2]);
            src.shutdown();
            tgt.shutdown();
        } finally {
            source.destroy();
            target.destroy();
            source.waitFor(20, TimeUnit.SECONDS);
            target.waitFor(20, TimeUnit.SECONDS);
        }
    }

    /** Frees the target sandbox's memory between phases (it holds everything in memory). */
    private static void drop(ArangoDB tgt, String collection) {
        tgt.db("demo").collection(collection).drop();
    }

    /** The baseline: read the same cursor batches and post each to /_api/import, one after another. */
    private static double plainLoop(ArangoDB src, ArangoDB tgt, String collection, int limit) throws Exception {
        ArangoDatabase db = tgt.db("demo");
        db.createCollection(collection);
        long t0 = System.nanoTime();
        long count = 0;
        try (ArangoCursor<JsonNode> cursor = src.db("demo").query(
                "FOR d IN va_table SORT d.submissiondate, d._key LIMIT @n RETURN d", JsonNode.class,
                Map.of("n", limit),
                new AqlQueryOptions().stream(true).batchSize(BATCH))) {
            List<JsonNode> batch = new ArrayList<>(BATCH);
            DocumentImportOptions options = new DocumentImportOptions()
                    .onDuplicate(DocumentImportOptions.OnDuplicate.update);
            while (cursor.hasNext()) {
                batch.add(cursor.next());
                if (batch.size() == BATCH || !cursor.hasNext()) {
                    db.collection(collection).importDocuments(batch, options);
                    count += batch.size();
                    batch = new ArrayList<>(BATCH);
                }
            }
        }
        return count / ((System.nanoTime() - t0) / 1e9);
    }

    /** The same job straight through {@link SyncJobs}: what the sync engine costs without the pane. */
    private static double headlessSync(String sourceUrl, String targetUrl) throws Exception {
        Path dir = Files.createTempDirectory("syncbench");
        try (ArangoClients clients = new ArangoClients();
             SyncJobs jobs = new SyncJobs(new ArangoSyncConnector(clients), new SyncHistory(dir.resolve("h.jsonl")),
                     c -> { }, 1)) {
            ConnectionTarget primary = new ConnectionTarget(targetUrl, "root", "", "demo",
                    ConnectionTarget.Label.PRIMARY);
            ConnectionTarget from = new ConnectionTarget(sourceUrl, "root", "", "demo",
                    ConnectionTarget.Label.REPLICA);
            SyncSpec.Source source = new SyncSpec.ArangoCollection(from, "va_table");
            SyncSpec spec = new SyncSpec(source, primary, "headless", SyncJobConfig.defaults(
                    SyncSpec.jobIdFor(source, primary, "headless"), "submissiondate",
                            SyncDefaults.CHECKPOINTS).withBatchSize(BATCH)
                    .withVerify(false));
            SyncResult r = jobs.start(spec, p -> { }).result().get();
            return r.docsPerSecond();
        }
    }

    private record Result(double syncSeconds, double totalSeconds, SyncState state, String verification,
                          long idleHeap, long peakHeap, long maxAfterGc, long maxGcPause, long maxPulseGapNanos,
                          long pulses, long gapsOver50) {
    }

    private static Result syncThroughPane(String sourceUrl, String targetUrl, int n) throws Exception {
        Path dir = Files.createTempDirectory("syncbench");
        ExecutorService workers = Executors.newFixedThreadPool(4);
        ArangoClients clients = new ArangoClients();
        SyncJobs jobs = new SyncJobs(new ArangoSyncConnector(clients), new SyncHistory(dir.resolve("h.jsonl")),
                c -> { }, 2);
        ConnectionTarget primary = new ConnectionTarget(targetUrl, "root", "", "demo",
                ConnectionTarget.Label.PRIMARY);
        SyncViewModel model = new SyncViewModel(jobs, new SyncHistory(dir.resolve("h.jsonl")),
                new FxTaskRunner(workers), UiThread.fx(), new SimpleObjectProperty<>(primary));
        model.setCheckpoints(SyncDefaults.CHECKPOINTS);
        Stage stage = showPane(model);
        PulseProbe probe = new PulseProbe();
        CountDownLatch finished = new CountDownLatch(1);
        AtomicLong verifyingAt = new AtomicLong();
        SyncJobRow[] row = new SyncJobRow[1];
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        long idle = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        resetPeaks();
        long[] start = new long[1];
        Platform.runLater(() -> {
            model.history().addListener((ListChangeListener<Object>) c -> finished.countDown());
            model.form().sourceUrlProperty().set(sourceUrl);
            model.form().sourceDatabaseProperty().set("demo");
            model.form().sourceCollectionProperty().set("va_table");
            model.form().targetCollectionProperty().set("synced");
            model.form().watermarkProperty().set("submissiondate");
            model.form().batchSizeProperty().set(String.valueOf(BATCH));
            probe.start();
            start[0] = System.nanoTime();
            row[0] = model.start();
            row[0].stateProperty().addListener((obs, old, state) -> {
                if (state == SyncState.VERIFYING) {
                    verifyingAt.set(System.nanoTime());
                }
            });
        });
        finished.await();
        long end = System.nanoTime();
        long[] stall = new long[3];
        CompletableFuture<String[]> outcome = new CompletableFuture<>();
        Platform.runLater(() -> {
            probe.stop();
            stall[0] = probe.maxGap;
            System.out.printf("(longest FX gap ended %.1f s after the first pulse of the sync, at %s, FX thread busy "
                    + "%.1f ms of it; longest after the first second %.1f ms)%n", probe.maxGapAt / 1e9,
                    java.time.Instant.ofEpochMilli(probe.maxGapEndWallMillis), probe.maxGapCpuNanos / 1e6,
                    probe.maxGapAfterFirstSecond / 1e6);
            stall[1] = probe.pulses;
            stall[2] = probe.over50;
            outcome.complete(new String[] {row[0].stateProperty().get().name(),
                model.history().get(0).verificationProperty().get()});
            stage.close();
        });
        String[] o = outcome.get(30, TimeUnit.SECONDS);
        long peak = peakHeap();
        long afterGc = maxAfterGc.get();
        jobs.close();
        clients.close();
        workers.shutdownNow();
        long verifying = verifyingAt.get() == 0 ? end : verifyingAt.get();
        return new Result((verifying - start[0]) / 1e9, (end - start[0]) / 1e9, SyncState.valueOf(o[0]), o[1],
                idle, peak, afterGc, maxGcPauseMillis.get(), stall[0], stall[1], stall[2]);
    }

    private static SyncViewModel idleModel(String targetUrl) throws Exception {
        SyncHistory history = new SyncHistory(Files.createTempDirectory("syncbench").resolve("h.jsonl"));
        SyncJobs none = new SyncJobs(new ArangoSyncConnector(new ArangoClients()), history, c -> { }, 1);
        ConnectionTarget primary = new ConnectionTarget(targetUrl, "root", "", "demo", ConnectionTarget.Label.PRIMARY);
        SyncViewModel model = new SyncViewModel(none, history, new FxTaskRunner(Runnable::run), UiThread.fx(),
                new SimpleObjectProperty<>(primary));
        model.setCheckpoints(SyncDefaults.CHECKPOINTS);
        return model;
    }

    private static Stage showPane(SyncViewModel model) throws Exception {
        CompletableFuture<Stage> shown = new CompletableFuture<>();
        Platform.runLater(() -> {
            Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
            Stage stage = new Stage();
            Scene scene = new Scene(Views.load(new SyncView(model)), 1100, 720);
            scene.getStylesheets().add(SyncView.class.getResource("/io/arangoconsole/ui/app.css").toExternalForm());
            stage.setScene(scene);
            stage.show();
            shown.complete(stage);
        });
        return shown.get(30, TimeUnit.SECONDS);
    }

    /** Measures the time between consecutive pulses on the FX thread; a long gap is a stall the user would see. */
    private static final class PulseProbe extends AnimationTimer {
        long last;
        long first;
        long maxGap;
        long maxGapAt;
        long maxGapEndWallMillis;
        long maxGapCpuNanos;
        long lastCpu;
        long maxGapAfterFirstSecond;
        long pulses;
        long over50;

        @Override
        public void handle(long now) {
            long t = System.nanoTime();
            // the FX thread's own CPU time across a gap tells work on it from waiting for a core or a safepoint
            long cpu = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
            if (last != 0) {
                long gap = t - last;
                if (t - first > 1_000_000_000L) {
                    maxGapAfterFirstSecond = Math.max(maxGapAfterFirstSecond, gap);
                }
                if (gap > maxGap) {
                    maxGap = gap;
                    maxGapAt = t - first;
                    maxGapEndWallMillis = System.currentTimeMillis();
                    maxGapCpuNanos = cpu - lastCpu;
                }
                if (gap > 50_000_000L) {
                    over50++;
                }
            }
            if (first == 0) {
                first = t;
            }
            last = t;
            lastCpu = cpu;
            pulses++;
        }
    }

    private static void watchGc() {
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            ((NotificationEmitter) gc).addNotificationListener((notification, handback) -> {
                if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
                    return;
                }
                GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo.from(
                        (CompositeData) notification.getUserData());
                long used = 0;
                for (Map.Entry<String, MemoryUsage> e : info.getGcInfo().getMemoryUsageAfterGc().entrySet()) {
                    if (isHeap(e.getKey())) {
                        used += e.getValue().getUsed();
                    }
                }
                maxAfterGc.accumulateAndGet(used, Math::max);
                maxGcPauseMillis.accumulateAndGet(info.getGcInfo().getDuration(), Math::max);
            }, null, null);
        }
    }

    private static boolean isHeap(String pool) {
        return ManagementFactory.getMemoryPoolMXBeans().stream()
                .anyMatch(p -> p.getName().equals(pool) && p.getType() == MemoryType.HEAP);
    }

    private static void resetPeaks() {
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
        maxAfterGc.set(0);
        maxGcPauseMillis.set(0);
    }

    private static long peakHeap() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }

    private static Process sandbox(int records, String heap) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>();
        // -Dbench.serverCpus=0 pins the sandboxes to those cores (Linux taskset), so that, as with a server on
        // another machine, the console's threads do not compete with the server's for a core
        String cpus = System.getProperty("bench.serverCpus");
        if (cpus != null) {
            command.addAll(List.of("taskset", "-c", cpus));
        }
        command.addAll(List.of(java, "-Xmx" + heap, "-cp", System.getProperty("java.class.path"),
                "io.arangoconsole.app.Launcher", "sandbox", "--port", "0", "--records", String.valueOf(records),
                "--no-auth"));
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.redirectErrorStream(true);
        return pb.start();
    }

    private static String url(Process process) throws Exception {
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8));
        String line;
        while ((line = out.readLine()) != null) {
            Matcher m = LISTENING.matcher(line);
            if (m.find()) {
                Thread drain = new Thread(() -> {
                    try {
                        while (out.readLine() != null) {
                            // keep the pipe empty so the sandbox never blocks on its output
                        }
                    } catch (java.io.IOException ignored) {
                        // the process ended
                    }
                });
                drain.setDaemon(true);
                drain.start();
                return m.group(1);
            }
        }
        throw new IllegalStateException("the sandbox process ended before listening");
    }

    private static ArangoDB driver(String url) {
        java.net.URI uri = java.net.URI.create(url);
        return new ArangoDB.Builder().host(uri.getHost(), uri.getPort()).user("root").password("")
                .protocol(Protocol.HTTP_JSON).timeout(600_000).build();
    }
}
