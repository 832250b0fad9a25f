package io.arangoconsole.bench;

import io.arangoconsole.app.AppContext;
import io.arangoconsole.app.MainWindow;
import io.arangoconsole.app.StartupTimeline;
import io.arangoconsole.sandbox.SandboxConfig;
import io.arangoconsole.settings.AppDirs;
import io.arangoconsole.ui.shell.PaneId;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javafx.application.Platform;
import javafx.stage.Stage;

/**
 * Benchmark, not a test: the FX thread's worst stall when each pane is opened for the first time, in the console
 * itself (its main window, the embedded sandbox with its 38,000 records in this process). A probe thread posts a
 * {@code Platform.runLater} every 5 ms and measures its round trip; the longest round trip while a pane opens (1.5 s
 * from the click) is that pane's stall. It waits for the first cards and, when the console prebuilds, for every pane
 * to be built (the start-up mark "panes prebuilt"), then {@code idle-seconds} (default 5). Also printed per opening:
 * the switch itself and the CSS+layout part of its pulses, in wall and FX-thread CPU time; and the javafx.css
 * warnings of the run ({@code -Dbench.cssStacks=true} prints where the first was logged).
 *
 * <pre>
 * mvn -o -q test-compile dependency:build-classpath -Dmdep.outputFile=cp.txt -Dmdep.includeScope=test
 * java -Dglass.platform=Monocle -Dmonocle.platform=Headless -Dprism.order=sw [-Darangoconsole.prebuildPanes=false] \
 *      -cp target/classes:target/test-classes:$(cat cp.txt) io.arangoconsole.bench.PaneOpenLatencyBench [idle-seconds]
 * </pre>
 */
public final class PaneOpenLatencyBench {
    private static final AtomicLong WORST = new AtomicLong();
    /** The javafx.css logger's warnings (a looked-up colour not found, say) during the whole run. */
    private static final java.util.concurrent.atomic.AtomicInteger CSS_WARNINGS =
            new java.util.concurrent.atomic.AtomicInteger();
    private static volatile boolean running = true;

    private PaneOpenLatencyBench() {
    }

    public static void main(String[] args) throws Exception {
        int idleSeconds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        // Monocle's headless screen is 1280x800 by default: a 1280x800 window placed on it overflows its buffer
        System.setProperty("headless.geometry", System.getProperty("headless.geometry", "1600x1000-32"));
        java.util.logging.Logger css = java.util.logging.Logger.getLogger("javafx.css");
        css.addHandler(new java.util.logging.Handler() {
            @Override
            public void publish(java.util.logging.LogRecord record) {
                if (CSS_WARNINGS.incrementAndGet() == 1 && Boolean.getBoolean("bench.cssStacks")) {
                    new Throwable("where the first CSS warning was logged").printStackTrace();
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        });
        Path home = Files.createTempDirectory("pane-bench");
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        AppContext[] context = new AppContext[1];
        Stage[] window = new Stage[1];
        Platform.runLater(() -> {
            context[0] = AppContext.create(new AppDirs(home.resolve("config"), home.resolve("data")),
                    SandboxConfig.defaults());
            Stage stage = new Stage();
            window[0] = stage;
            new MainWindow(stage, context[0]).show();
            stage.setWidth(1280);
            stage.setHeight(800);
            context[0].startShell();
        });
        Thread probe = new Thread(PaneOpenLatencyBench::probe, "fx-latency-probe");
        probe.setDaemon(true);
        probe.start();
        System.out.printf("prebuild %s, %d cores, Java %s, load %s%n", System.getProperty(
                "arangoconsole.prebuildPanes", "true"), Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"), load());
        long t0 = System.nanoTime();
        // the window's first data, then (when the console prebuilds) every pane built, then idleSeconds of quiet
        awaitMark(context, "CARDS_SHOWN");
        if (Boolean.parseBoolean(System.getProperty("arangoconsole.prebuildPanes", "true"))) {
            awaitMark(context, "PANES_PREBUILT");
        }
        System.out.printf("cards shown and panes prebuilt %,d ms after the window was asked for; worst stall %d ms"
                + "%n", (System.nanoTime() - t0) / 1_000_000, WORST.getAndSet(0) / 1_000_000);
        Thread.sleep(idleSeconds * 1000L);
        System.out.printf("idle %d s after that: worst stall %d ms%n", idleSeconds, WORST.getAndSet(0) / 1_000_000);
        PulseTimes pulses = new PulseTimes();
        Platform.runLater(() -> pulses.attach(window[0].getScene()));
        long worstOpening = 0;
        for (PaneId pane : PaneId.values()) {
            if (pane == PaneId.OVERVIEW) {
                continue; // shown at start
            }
            WORST.set(0);
            pulses.reset();
            long[] switchNanos = new long[2];
            Platform.runLater(() -> {
                long s0 = System.nanoTime();
                long c0 = PulseTimes.THREADS.getCurrentThreadCpuTime();
                context[0].shell().selectedPaneProperty().set(pane);
                switchNanos[0] = System.nanoTime() - s0;
                switchNanos[1] = PulseTimes.THREADS.getCurrentThreadCpuTime() - c0;
            });
            Thread.sleep(1500);
            long ms = WORST.get() / 1_000_000;
            worstOpening = Math.max(worstOpening, ms);
            System.out.printf("open %-12s worst stall %4d ms   (switch %3d ms, CPU %3d; CSS+layout: first pulse %3d"
                    + " ms, worst %3d ms, CPU %3d ms; pulses %2d)   load %s%n", pane, ms, switchNanos[0] / 1_000_000,
                    switchNanos[1] / 1_000_000, pulses.first(), pulses.worst(), pulses.worstCpu(), pulses.count(),
                    load());
        }
        System.out.printf("worst stall opening a pane the first time: %d ms; CSS warnings logged: %d%n",
                worstOpening, CSS_WARNINGS.get());
        running = false;
        CountDownLatch closed = new CountDownLatch(1);
        Platform.runLater(() -> {
            context[0].deactivate();
            closed.countDown();
        });
        closed.await(10, TimeUnit.SECONDS);
        context[0].close();
        Platform.exit();
        System.exit(0);
    }

    /** Waits (ceiling 300 s) for a start-up mark by name; a mark the classes measured do not have is skipped. */
    private static void awaitMark(AppContext[] context, String name) throws InterruptedException {
        StartupTimeline.Mark mark = java.util.Arrays.stream(StartupTimeline.Mark.values())
                .filter(m -> m.name().equals(name)).findFirst().orElse(null);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(300);
        while (mark != null && (context[0] == null || !context[0].timeline().reached(mark))) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("no '" + name + "' within 300 s");
            }
            Thread.sleep(50);
        }
    }

    private static String load() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (java.io.IOException e) {
            return "?";
        }
    }

    /**
     * The CSS and layout part of each pulse (pre-layout to post-layout listener), on the FX thread: wall time, and
     * the FX thread's CPU time, which a loaded machine inflates far less.
     */
    private static final class PulseTimes {
        private static final java.lang.management.ThreadMXBean THREADS =
                java.lang.management.ManagementFactory.getThreadMXBean();
        private volatile long start;
        private volatile long startCpu;
        private volatile long first = -1;
        private volatile long worst;
        private volatile long worstCpu;
        private volatile int count;

        void attach(javafx.scene.Scene scene) {
            scene.addPreLayoutPulseListener(() -> {
                start = System.nanoTime();
                startCpu = THREADS.getCurrentThreadCpuTime();
            });
            scene.addPostLayoutPulseListener(() -> {
                long took = System.nanoTime() - start;
                long cpu = THREADS.getCurrentThreadCpuTime() - startCpu;
                if (first < 0) {
                    first = took;
                }
                worst = Math.max(worst, took);
                worstCpu = Math.max(worstCpu, cpu);
                count++;
            });
        }

        void reset() {
            first = -1;
            worst = 0;
            worstCpu = 0;
            count = 0;
        }

        long worstCpu() {
            return worstCpu / 1_000_000;
        }

        long first() {
            return Math.max(first, 0) / 1_000_000;
        }

        long worst() {
            return worst / 1_000_000;
        }

        int count() {
            return count;
        }
    }

    /** Every 5 ms: post a runnable to the FX thread and record how long it took to run. */
    private static void probe() {
        while (running) {
            long sent = System.nanoTime();
            CountDownLatch ran = new CountDownLatch(1);
            Platform.runLater(ran::countDown);
            try {
                ran.await(5, TimeUnit.SECONDS);
                long took = System.nanoTime() - sent;
                WORST.accumulateAndGet(took, Math::max);
                long sleep = 5_000_000 - (System.nanoTime() - sent);
                if (sleep > 0) {
                    Thread.sleep(sleep / 1_000_000, (int) (sleep % 1_000_000));
                }
            } catch (InterruptedException e) {
                return;
            }
        }
    }
}
