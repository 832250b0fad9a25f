package io.arangoconsole.bench;

import atlantafx.base.theme.PrimerLight;
import io.arangoconsole.core.arango.IndexConnections;
import io.arangoconsole.core.connection.ConnectionTarget;
import io.arangoconsole.core.indexes.DiffStatus;
import io.arangoconsole.core.indexes.IndexGateway;
import io.arangoconsole.core.indexes.IndexJob;
import io.arangoconsole.core.indexes.IndexJobQueue;
import io.arangoconsole.core.indexes.IndexService;
import io.arangoconsole.sandbox.Sandbox;
import io.arangoconsole.sandbox.SandboxConfig;
import io.arangoconsole.ui.common.FxTaskRunner;
import io.arangoconsole.ui.common.UiThread;
import io.arangoconsole.ui.common.Views;
import io.arangoconsole.ui.indexes.IndexesConnection;
import io.arangoconsole.ui.indexes.IndexesView;
import io.arangoconsole.ui.indexes.IndexesViewModel;
import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

/**
 * Benchmark, not a test: builds the whole default index plan over 1,000,000 demo records through the Indexes
 * pane (its view model and view on a shown stage, the real driver over HTTP) while an {@link AnimationTimer} on the
 * FX thread records the longest gap between pulses. Prints the longest FX stall and the total build time.
 *
 * <p>Run (the sandbox holds the records in this JVM, hence the heap):
 * <pre>
 * mvn -o -q test-compile dependency:build-classpath -Dmdep.outputFile=cp.txt -Dmdep.includeScope=test
 * java -Xmx8g -Dglass.platform=Monocle -Dmonocle.platform=Headless -Dprism.order=sw \
 *      -cp target/classes:target/test-classes:$(cat cp.txt) io.arangoconsole.bench.IndexBuildFxBench [records|URL]
 * </pre>
 * With a URL (database {@code demo}, user root, password from {@code ARANGO_PASSWORD}) it builds on that server
 * instead of an in-process sandbox.
 * Without the Monocle properties it opens a real window.
 */
public final class IndexBuildFxBench {
    private static final long NOT_STARTED = -1;

    private IndexBuildFxBench() {
    }

    public static void main(String[] args) throws Exception {
        // An http:// argument measures against a server in another process (e.g. `arango-console sandbox`), so the
        // sandbox's own allocations and GC pauses do not land in the console's JVM.
        boolean external = args.length > 0 && args[0].startsWith("http");
        int records = external ? -1 : args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        long t0 = System.nanoTime();
        Sandbox sandbox = external ? null : Sandbox.start(SandboxConfig.defaults().withRecords(records));
        String url = external ? args[0] : sandbox.url();
        System.out.printf(Locale.ROOT, "server %s ready in %.1f s%n", external ? url + " (external)"
                : "sandbox with " + String.format(Locale.ROOT, "%,d", records) + " records", secondsSince(t0));
        GcPauses gc = new GcPauses();

        ExecutorService workers = Executors.newFixedThreadPool(2);
        ExecutorService builds = Executors.newSingleThreadExecutor();
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
        IndexConnections connections = new IndexConnections();
        ConnectionTarget target = new ConnectionTarget(url, "root", System.getenv("ARANGO_PASSWORD"), "demo",
                ConnectionTarget.Label.PRIMARY);
        IndexGateway gateway = connections.gateway(target);
        IndexService service = new IndexService(gateway, new IndexJobQueue(gateway, builds, timer));
        PulseProbe probe = new PulseProbe();
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();

        IndexesViewModel[] model = new IndexesViewModel[1];
        onFx(() -> {
            Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
            model[0] = new IndexesViewModel(new FxTaskRunner(workers), UiThread.fx(), () -> { });
            Stage stage = new Stage();
            Scene scene = new Scene(Views.load(new IndexesView(model[0])), 1100, 720);
            scene.getStylesheets().add(IndexesView.class.getResource("/io/arangoconsole/ui/app.css")
                    .toExternalForm());
            stage.setScene(scene);
            stage.show();
            model[0].connect(new IndexesConnection(service, connections.proof(target), "primary", null));
        });
        waitFor(() -> onFxValue(() -> model[0].rows().stream().anyMatch(r -> r.status() == DiffStatus.MISSING)),
                120);
        // -Dbench.threads=true: also note every thread's CPU, to say who had the core during the longest gap
        ThreadCpuRecorder cpu = Boolean.getBoolean("bench.threads") ? new ThreadCpuRecorder() : null;
        if (cpu != null) {
            cpu.start();
        }
        probe.startOnFx();
        probe.startWatchdog();
        Thread.sleep(3_000); // quiet seconds: the probe's baseline on this machine, before any build
        long baseline = probe.longestNanos.getAndSet(0);
        int baselinePulses = (int) probe.pulses.getAndSet(0);
        probe.over50.set(0);
        onFx(probe::clearGaps);
        gc.longestMillis.set(0);
        probe.resetWorst();

        long buildStart = System.nanoTime();
        onFx(() -> model[0].createAllMissing());
        waitFor(() -> !service.queue().jobs().isEmpty() && !service.queue().busy(), 3_600);
        double buildSeconds = secondsSince(buildStart);
        waitFor(() -> onFxValue(() -> model[0].rows().stream().noneMatch(r -> r.status() == DiffStatus.MISSING)),
                120);
        Thread.sleep(500);
        probe.stopOnFx();

        for (IndexJob job : service.queue().jobs()) {
            System.out.printf(Locale.ROOT, "  %-40s %-8s %8.1f s%n", job.describe(), job.state(),
                    job.elapsed().toMillis() / 1000.0);
        }
        List<IndexJob> jobs = service.queue().jobs();
        System.out.printf(Locale.ROOT, "records: %s; indexes built: %d of %d%n",
                external ? "(external server)" : String.format(Locale.ROOT, "%,d", records),
                jobs.stream().filter(j -> j.state() == IndexJob.State.DONE).count(), jobs.size());
        System.out.printf(Locale.ROOT, "total build time (queue, all indexes): %.1f s%n", buildSeconds);
        System.out.printf(Locale.ROOT, "baseline (3 s idle, %d pulses): longest gap %.1f ms%n", baselinePulses,
                baseline / 1e6);
        long[] gaps = onFxGaps(probe);
        System.out.printf(Locale.ROOT, "during the builds: %d pulses; longest FX stall (gap between pulses) %.1f ms;"
                        + " p50 %.1f ms, p99 %.1f ms, p99.9 %.1f ms; gaps over 50 ms: %d%n", probe.pulses.get(),
                probe.longestNanos.get() / 1e6, pct(gaps, 0.50), pct(gaps, 0.99), pct(gaps, 0.999),
                probe.over50.get());
        CompletableFuture<String> account = new CompletableFuture<>();
        Platform.runLater(() -> account.complete(probe.longestGapAccount()));
        System.out.println("the longest gap " + account.get(30, TimeUnit.SECONDS));
        System.out.printf(Locale.ROOT, "longest stop-the-world GC pause in this JVM during the builds: %d ms%n",
                gc.longestMillis.get());
        System.out.print("FX thread during the longest sampled stall:\n" + probe.worstStack());
        if (cpu != null) {
            cpu.stop();
            System.out.print(cpu.busiestBetween(probe.longestFrom, probe.longestTo));
        }

        Platform.exit();
        builds.shutdownNow();
        timer.shutdownNow();
        workers.shutdownNow();
        connections.close();
        if (sandbox != null) {
            sandbox.close();
        }
        System.exit(0);
    }

    /** The longest stop-the-world collection (G1's concurrent cycle does not stop the FX thread). */
    private static final class GcPauses {
        final AtomicLong longestMillis = new AtomicLong();

        GcPauses() {
            for (GarbageCollectorMXBean bean : ManagementFactory.getGarbageCollectorMXBeans()) {
                if (bean.getName().contains("Concurrent") || !(bean instanceof NotificationEmitter emitter)) {
                    continue;
                }
                emitter.addNotificationListener((notification, handback) -> {
                    if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION
                            .equals(notification.getType())) {
                        GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo
                                .from((CompositeData) notification.getUserData());
                        longestMillis.accumulateAndGet(info.getGcInfo().getDuration(), Math::max);
                    }
                }, null, null);
            }
        }
    }

    /** Records the gaps between successive pulses of the FX thread. */
    private static final class PulseProbe extends AnimationTimer {
        final AtomicLong longestNanos = new AtomicLong();
        final AtomicLong pulses = new AtomicLong();
        final AtomicLong over50 = new AtomicLong();
        final java.util.List<Long> gaps = new java.util.ArrayList<>();
        private volatile long last = NOT_STARTED;
        private long lastCpu;
        private long startedAt = NOT_STARTED;
        /** When the longest gap ended (ns after the first pulse), and how much CPU the FX thread itself used in it. */
        private long longestEndedAt;
        private long longestCpu;
        /** The longest gap's start and end, System.nanoTime(). */
        volatile long longestFrom;
        volatile long longestTo;
        private volatile Thread fxThread;
        private long worstSeenGap;
        private StackTraceElement[] worstStack;

        /** What the FX thread was doing during the longest gap the watchdog saw: the cause of a stall. */
        synchronized String worstStack() {
            if (worstStack == null) {
                return "  (no gap over 100 ms sampled)";
            }
            StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "  sampled %.0f ms into the gap:%n",
                    worstSeenGap / 1e6));
            for (int i = 0; i < Math.min(14, worstStack.length); i++) {
                out.append("    | ").append(worstStack[i]).append(System.lineSeparator());
            }
            return out.toString();
        }

        void startWatchdog() {
            Thread dog = new Thread(() -> {
                while (!Thread.currentThread().isInterrupted()) {
                    long at = last;
                    Thread fx = fxThread;
                    long gap = System.nanoTime() - at;
                    if (at != NOT_STARTED && fx != null && gap > 100_000_000L) {
                        StackTraceElement[] stack = fx.getStackTrace();
                        synchronized (this) {
                            if (gap > worstSeenGap && last == at) {
                                worstSeenGap = gap;
                                worstStack = stack;
                            }
                        }
                    }
                    try {
                        Thread.sleep(20);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "pulse-watchdog");
            dog.setDaemon(true);
            dog.start();
        }

        synchronized void resetWorst() {
            worstSeenGap = 0;
            worstStack = null;
        }

        /** Clears the recorded gaps and restarts the clock of {@link #longestGapAccount()}; on the FX thread. */
        void clearGaps() {
            gaps.clear();
            startedAt = NOT_STARTED;
        }

        /** Where the longest gap fell and how busy the FX thread was in it; read on the FX thread. */
        String longestGapAccount() {
            return String.format(Locale.ROOT, "ended %.2f s after the probe's (re)start; FX thread busy %.1f ms of it",
                    longestEndedAt / 1e9, longestCpu / 1e6);
        }

        @Override
        public void handle(long now) {
            fxThread = Thread.currentThread();
            // the FX thread's own CPU time across a gap tells work on it from waiting for a core or a safepoint
            long cpu = java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
            if (startedAt == NOT_STARTED) {
                startedAt = now;
            }
            if (last != NOT_STARTED) {
                long gap = now - last;
                gaps.add(gap);
                if (gap > longestNanos.get()) {
                    longestEndedAt = now - startedAt;
                    longestCpu = cpu - lastCpu;
                    longestFrom = last;
                    longestTo = now;
                }
                longestNanos.accumulateAndGet(gap, Math::max);
                if (gap > 50_000_000L) {
                    over50.incrementAndGet();
                }
            }
            last = now;
            lastCpu = cpu;
            pulses.incrementAndGet();
        }

        void startOnFx() throws Exception {
            onFx(this::start);
        }

        void stopOnFx() throws Exception {
            onFx(this::stop);
        }
    }

    private static void onFx(Runnable action) throws Exception {
        CompletableFuture<Void> done = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                action.run();
                done.complete(null);
            } catch (RuntimeException e) {
                done.completeExceptionally(e);
            }
        });
        done.get(60, TimeUnit.SECONDS);
    }

    private static boolean onFxValue(java.util.function.BooleanSupplier value) {
        CompletableFuture<Boolean> done = new CompletableFuture<>();
        Platform.runLater(() -> done.complete(value.getAsBoolean()));
        try {
            return done.get(60, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void waitFor(java.util.function.BooleanSupplier condition, long seconds) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("not done within " + seconds + " s");
            }
            Thread.sleep(100);
        }
    }

    private static long[] onFxGaps(PulseProbe probe) {
        CompletableFuture<long[]> done = new CompletableFuture<>();
        Platform.runLater(() -> done.complete(probe.gaps.stream().mapToLong(Long::longValue).sorted().toArray()));
        try {
            return done.get(60, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static double pct(long[] sorted, double q) {
        return sorted.length == 0 ? 0 : sorted[Math.min(sorted.length - 1, (int) Math.floor(q * sorted.length))]
                / 1e6;
    }

    private static double secondsSince(long start) {
        return (System.nanoTime() - start) / 1e9;
    }
}
