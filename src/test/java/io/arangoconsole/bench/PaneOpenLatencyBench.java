package io.arangoconsole.bench;

import io.arangoconsole.app.AppContext;
import io.arangoconsole.app.MainWindow;
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
 * from the click) is that pane's stall. Also printed: the longest stall while the window sat idle before the first
 * opening, when the panes are built in the background.
 *
 * <pre>
 * mvn -o -q test-compile dependency:build-classpath -Dmdep.outputFile=cp.txt -Dmdep.includeScope=test
 * java -Dglass.platform=Monocle -Dmonocle.platform=Headless -Dprism.order=sw [-Darangoconsole.prebuildPanes=false] \
 *      -cp target/classes:target/test-classes:$(cat cp.txt) io.arangoconsole.bench.PaneOpenLatencyBench [idle-seconds]
 * </pre>
 */
public final class PaneOpenLatencyBench {
    private static final AtomicLong WORST = new AtomicLong();
    private static volatile boolean running = true;

    private PaneOpenLatencyBench() {
    }

    public static void main(String[] args) throws Exception {
        int idleSeconds = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        Path home = Files.createTempDirectory("pane-bench");
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        AppContext[] context = new AppContext[1];
        Platform.runLater(() -> {
            context[0] = AppContext.create(new AppDirs(home.resolve("config"), home.resolve("data")),
                    SandboxConfig.defaults());
            Stage stage = new Stage();
            new MainWindow(stage, context[0]).show();
            stage.setWidth(1280);
            stage.setHeight(800);
            context[0].startShell();
        });
        Thread probe = new Thread(PaneOpenLatencyBench::probe, "fx-latency-probe");
        probe.setDaemon(true);
        probe.start();
        System.out.printf("prebuild %s, %d cores, Java %s%n", System.getProperty("arangoconsole.prebuildPanes",
                "true"), Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
        Thread.sleep(idleSeconds * 1000L);
        System.out.printf("idle %d s after the window showed (sandbox start, background building): worst stall %d ms%n",
                idleSeconds, WORST.getAndSet(0) / 1_000_000);
        long worstOpening = 0;
        for (PaneId pane : PaneId.values()) {
            if (pane == PaneId.OVERVIEW) {
                continue; // shown at start
            }
            WORST.set(0);
            Platform.runLater(() -> context[0].shell().selectedPaneProperty().set(pane));
            Thread.sleep(1500);
            long ms = WORST.get() / 1_000_000;
            worstOpening = Math.max(worstOpening, ms);
            System.out.printf("open %-12s worst stall %4d ms%n", pane, ms);
        }
        System.out.printf("worst stall opening a pane the first time: %d ms%n", worstOpening);
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
