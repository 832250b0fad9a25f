package io.arangoconsole.bench;

import atlantafx.base.theme.PrimerLight;
import io.arangoconsole.core.cluster.ClusterClient;
import io.arangoconsole.core.cluster.ClusterNode;
import io.arangoconsole.core.cluster.RebalanceStatus;
import io.arangoconsole.core.cluster.ShardMove;
import io.arangoconsole.core.cluster.ShardState;
import io.arangoconsole.core.connection.ConnectionTarget;
import io.arangoconsole.ui.cluster.ClusterView;
import io.arangoconsole.ui.cluster.ClusterViewModel;
import io.arangoconsole.ui.common.InlineTaskRunner;
import io.arangoconsole.ui.common.Poller;
import io.arangoconsole.ui.common.Views;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.function.Consumer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * Figures for docs/benchmarks.md, not a test: how long the FX thread is busy per refresh of the Cluster pane with
 * 3 x 100 collections of 3 shards (900 shards) and 9 servers. The server's answers are read off the FX thread (as
 * the pane's poller does); what is timed is the part on the FX thread: the view model taking the snapshot (tables
 * replaced through the table helper's filtered and sorted lists) plus the CSS and layout pass of the shown pane.
 * Refreshes alternate between a healthy cluster and one with a DB-Server FAILED and 600 shards out of sync.
 *
 * <pre>
 * mvn -o -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -Dglass.platform=Monocle -Dmonocle.platform=Headless -Dprism.order=sw \
 *      -cp target/test-classes:target/classes:$(cat target/cp.txt) io.arangoconsole.bench.ClusterPaneBench 60 [steady]
 * </pre>
 * With {@code steady} every refresh reads the same healthy cluster (what a 5 s poll mostly sees). With {@code pulse}
 * (after the rounds, or {@code steady}) the CSS and layout are not forced: each update is delivered and the real pulse
 * that follows is timed from its pre-layout to its post-layout listener (a real pulse styles only what changed), and
 * the FX thread's CPU time for the update and that pulse is noted too (less disturbed by a loaded machine than the
 * wall clock). Neither counts the pulse's sync to the renderer.
 */
public final class ClusterPaneBench {

    private ClusterPaneBench() {
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 60;
        // "steady": every refresh reads the same healthy cluster (the usual 5 s poll: nothing changed)
        List<String> modes = Arrays.asList(args).subList(Math.min(1, args.length), args.length);
        boolean steady = modes.contains("steady");
        boolean pulse = modes.contains("pulse");
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        Fake fake = new Fake();
        CapturingPoller poller = new CapturingPoller();
        CompletableFuture<Scene> shown = new CompletableFuture<>();
        ClusterViewModel[] model = new ClusterViewModel[1];
        Platform.runLater(() -> {
            Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
            model[0] = new ClusterViewModel(new SimpleObjectProperty<>(new ConnectionTarget("http://bench:8529",
                    "root", "", "bench", ConnectionTarget.Label.PRIMARY)), t -> fake, new InlineTaskRunner(), poller);
            Parent root = Views.load(new ClusterView(model[0]));
            Stage stage = new Stage();
            Scene scene = new Scene(root, 1280, 800);
            // the console's own stylesheet, as its main window adds it
            scene.getStylesheets().add(ClusterPaneBench.class.getResource("/io/arangoconsole/ui/app.css")
                    .toExternalForm());
            stage.setScene(scene);
            stage.show();
            model[0].activate();
            shown.complete(scene);
        });
        Scene scene = shown.get();
        long[] nanos = new long[rounds];
        long[] modelNanos = new long[rounds];
        long[] cssNanos = new long[rounds];
        long[] cpuNanos = new long[rounds];
        PulseClock clock = new PulseClock();
        CompletableFuture.runAsync(() -> {
            scene.addPreLayoutPulseListener(clock::pre);
            scene.addPostLayoutPulseListener(clock::post);
        }, Platform::runLater).get();
        for (int i = 0; i < rounds; i++) {
            fake.failed = !steady && i % 2 == 1;
            Object snapshot = poller.work.call(); // off the FX thread, as the poller runs it
            CompletableFuture<Long> took = new CompletableFuture<>();
            int round = i;
            Platform.runLater(() -> {
                long cpu = CPU.getCurrentThreadCpuTime();
                long start = System.nanoTime();
                poller.deliver(snapshot);
                modelNanos[round] = System.nanoTime() - start;
                if (pulse) {
                    clock.arm(cpu, modelNanos[round], took);
                    Platform.requestNextPulse();
                    return;
                }
                scene.getRoot().applyCss();
                cssNanos[round] = System.nanoTime() - start - modelNanos[round];
                scene.getRoot().layout();
                cpuNanos[round] = CPU.getCurrentThreadCpuTime() - cpu;
                took.complete(System.nanoTime() - start);
            });
            nanos[i] = took.get();
            if (pulse) {
                cssNanos[i] = clock.pulseNanos;
                cpuNanos[i] = clock.cpuNanos;
            }
        }
        long shards = CompletableFuture.supplyAsync(() -> (long) model[0].shards().size(), Platform::runLater).get();
        String rowHeight = CompletableFuture.supplyAsync(() -> {
            javafx.scene.Node row = scene.getRoot().lookup("#clusterShards .table-row-cell");
            javafx.scene.Node table = scene.getRoot().lookup("#clusterShards");
            return (row == null ? "no row" : ((javafx.scene.layout.Region) row).getHeight() + " px") + ", fixed "
                    + ((javafx.scene.control.TableView<?>) table).getFixedCellSize() + ", shard table "
                    + ((javafx.scene.layout.Region) table).getHeight() + " px high";
        }, Platform::runLater).get();
        System.out.println("shard row height: " + rowHeight);
        Platform.exit();
        long[] warm = Arrays.copyOfRange(nanos, Math.min(10, rounds / 2), rounds);
        Arrays.sort(warm);
        long[] warmModel = Arrays.copyOfRange(modelNanos, Math.min(10, rounds / 2), rounds);
        Arrays.sort(warmModel);
        System.out.printf(Locale.ROOT, "Cluster pane, %d shards, %d %s refreshes (first %d are warm-up), %s%n",
                shards, rounds, steady ? "unchanged" : "alternating", rounds - warm.length,
                pulse ? "timed in the real pulse" : "CSS and layout forced");
        System.out.printf(Locale.ROOT, "of which the view model taking the snapshot: warm median %.1f ms, p95 %.1f ms%n",
                warmModel[warmModel.length / 2] / 1e6,
                warmModel[(int) Math.ceil(warmModel.length * 0.95) - 1] / 1e6);
        long[] warmCss = Arrays.copyOfRange(cssNanos, Math.min(10, rounds / 2), rounds);
        Arrays.sort(warmCss);
        System.out.printf(Locale.ROOT, "of which %s: warm median %.1f ms, p95 %.1f ms%n",
                pulse ? "the pulse's CSS and layout" : "the forced CSS pass",
                warmCss[warmCss.length / 2] / 1e6, warmCss[(int) Math.ceil(warmCss.length * 0.95) - 1] / 1e6);
        if (modes.contains("rounds")) {
            for (int i = 0; i < rounds; i++) {
                System.out.printf(Locale.ROOT, "round %d (%s): model %.1f ms, CSS+layout %.1f ms, CPU %.1f ms%n", i,
                        !steady && i % 2 == 1 ? "failed" : "healthy", modelNanos[i] / 1e6, cssNanos[i] / 1e6,
                        cpuNanos[i] / 1e6);
            }
        }
        long[] warmCpu = Arrays.copyOfRange(cpuNanos, Math.min(10, rounds / 2), rounds);
        Arrays.sort(warmCpu);
        System.out.printf(Locale.ROOT, "FX thread CPU time per refresh: warm median %.1f ms, p95 %.1f ms, max %.1f ms%n",
                warmCpu[warmCpu.length / 2] / 1e6, warmCpu[(int) Math.ceil(warmCpu.length * 0.95) - 1] / 1e6,
                warmCpu[warmCpu.length - 1] / 1e6);
        System.out.printf(Locale.ROOT, "FX thread per refresh: first %.1f ms; warm median %.1f ms, p95 %.1f ms, "
                + "max %.1f ms%n", nanos[0] / 1e6, warm[warm.length / 2] / 1e6,
                warm[(int) Math.ceil(warm.length * 0.95) - 1] / 1e6, warm[warm.length - 1] / 1e6);
    }

    private static final java.lang.management.ThreadMXBean CPU =
            java.lang.management.ManagementFactory.getThreadMXBean();

    /**
     * Times the pulse after an update: its CSS and layout (pre- to post-layout listener) and the FX thread's CPU
     * time from the update's start to the pulse's layout. FX thread only.
     */
    private static final class PulseClock {
        private CompletableFuture<Long> done;
        private long cpuStart;
        private long modelNanos;
        private long preNanos;
        volatile long pulseNanos;
        volatile long cpuNanos;

        void arm(long cpu, long model, CompletableFuture<Long> took) {
            this.cpuStart = cpu;
            this.modelNanos = model;
            this.done = took;
            this.preNanos = 0;
        }

        void pre() {
            if (done != null) {
                preNanos = System.nanoTime();
            }
        }

        void post() {
            if (done == null || preNanos == 0) {
                return;
            }
            pulseNanos = System.nanoTime() - preNanos;
            cpuNanos = CPU.getCurrentThreadCpuTime() - cpuStart;
            CompletableFuture<Long> d = done;
            done = null;
            d.complete(modelNanos + pulseNanos);
        }
    }

    /** Keeps the pane's polling work and result callback, so the bench runs and delivers each round itself. */
    private static final class CapturingPoller implements Poller {
        Callable<?> work;
        Consumer<Object> onResult;

        @Override
        @SuppressWarnings("unchecked")
        public <T> Polling poll(String name, Duration period, Callable<T> w, Consumer<? super T> result,
                                Consumer<? super Throwable> onError) {
            this.work = w;
            this.onResult = (Consumer<Object>) result;
            return new Polling() {
                @Override
                public void start() {
                }

                @Override
                public void stop() {
                }

                @Override
                public boolean isRunning() {
                    return true;
                }
            };
        }

        void deliver(Object snapshot) {
            onResult.accept(snapshot);
        }
    }

    /** A coordinator's answers for 9 servers and 300 collections of 3 shards with replication factor 2. */
    private static final class Fake implements ClusterClient {
        volatile boolean failed;

        @Override
        public String endpoint() {
            return "http://bench:8529";
        }

        @Override
        public String role() {
            return "COORDINATOR";
        }

        @Override
        public List<ClusterNode> health() {
            List<ClusterNode> nodes = new ArrayList<>();
            Instant now = Instant.now();
            for (int i = 1; i <= 3; i++) {
                nodes.add(new ClusterNode("CRDN-" + i, "Coordinator000" + i, ClusterNode.COORDINATOR, "GOOD",
                        "SERVING", "3.12.4", "tcp://10.0.0." + i + ":8529", now));
                nodes.add(new ClusterNode("PRMR-" + i, "DBServer000" + i, ClusterNode.DBSERVER,
                        failed && i == 2 ? "FAILED" : "GOOD", "SERVING", "3.12.4", "tcp://10.0.1." + i + ":8530",
                        now));
                nodes.add(new ClusterNode("AGNT-" + i, ClusterNode.UNKNOWN, ClusterNode.AGENT, "GOOD", "unknown",
                        "3.12.4", "tcp://10.0.2." + i + ":8531", now));
            }
            return nodes;
        }

        @Override
        public List<String> databases() {
            return List.of("bench");
        }

        @Override
        public List<ShardState> shards(String database) {
            List<ShardState> out = new ArrayList<>();
            int id = 10_000;
            for (int c = 0; c < 300; c++) {
                for (int s = 0; s < 3; s++) {
                    String leader = "DBServer000" + (s + 1);
                    String follower = "DBServer000" + ((s + 1) % 3 + 1);
                    boolean behind = failed && (leader.equals("DBServer0002") || follower.equals("DBServer0002"));
                    out.add(new ShardState(database, String.format(Locale.ROOT, "coll_%03d", c), "s" + id++, leader,
                            List.of(follower), leader, behind ? List.of() : List.of(follower), null));
                }
            }
            return out;
        }

        @Override
        public List<ShardState> collectionShards(String database, String collection) {
            return shards(database).stream().filter(s -> s.collection().equals(collection))
                    .map(s -> s.withProgress(new ShardState.Progress(41_250, 100_000))).toList();
        }

        @Override
        public boolean maintenance() {
            return false;
        }

        @Override
        public String setMaintenance(boolean on) {
            return "";
        }

        @Override
        public List<ShardMove> proposeRebalance() {
            return List.of();
        }

        @Override
        public void executeMoves(List<ShardMove> moves) {
        }

        @Override
        public RebalanceStatus rebalanceStatus() {
            return new RebalanceStatus(0, 0);
        }
    }
}
