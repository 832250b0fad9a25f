package io.arangoconsole.bench;

import io.arangoconsole.core.insight.PlanIndex;
import io.arangoconsole.core.insight.PlanStep;
import io.arangoconsole.core.insight.QueryPlan;
import io.arangoconsole.ui.common.InlineTaskRunner;
import io.arangoconsole.ui.common.Views;
import io.arangoconsole.ui.insight.PlanView;
import io.arangoconsole.ui.insight.ShapesViewModel;
import io.arangoconsole.ui.insight.WorkbenchView;
import io.arangoconsole.ui.insight.WorkbenchViewModel;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * How long showing a 200-node plan in the Workbench's plan tree holds the FX thread: the plan set on the view model,
 * the tree rebuilt, CSS applied and the scene laid out, at 1280x800, headless (Monocle). Goal: under 16 ms (one
 * frame). The plan is prepared (rows, texts, tree items) on the main thread, as the pane prepares it in the
 * background; rounds alternate between two structures unless an argument is {@code same}. Each round is timed up to
 * the end of the next pulse's CSS and layout passes; with {@code forced}, as before, by forcing CSS on the whole pane
 * ({@code applyCss} on its root restyles every node under it, which no pulse does) and a layout. Run:
 * {@code java -Dglass.platform=Monocle -Dmonocle.platform=Headless -Dprism.order=sw
 * -cp target/test-classes:target/classes:$(cat target/cp.txt) io.arangoconsole.bench.PlanTreeBench [nodes] [rounds]
 * [same] [forced]}.
 */
public final class PlanTreeBench {
    private PlanTreeBench() {
    }

    public static void main(String[] args) throws Exception {
        int nodes = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        List<String> flags = Arrays.asList(args).subList(Math.min(2, args.length), args.length);
        boolean same = flags.contains("same");
        boolean forced = flags.contains("forced");
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        double[] ms = new double[rounds];
        double[] setMs = new double[rounds];
        double[] cpuMs = new double[rounds];
        double[] cpuSet = new double[rounds];
        double[] cpuCss = new double[rounds];
        double[] cpuLayout = new double[rounds];
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        WorkbenchViewModel model = new WorkbenchViewModel(new InlineTaskRunner(), () -> null);
        Parent[] root = new Parent[1];
        Stage[] stage = new Stage[1];
        onFx(() -> {
            root[0] = Views.load(new WorkbenchView(model, new ShapesViewModel(new InlineTaskRunner(), l -> null)));
            stage[0] = new Stage();
            stage[0].setScene(new Scene(root[0], 1280, 800));
            stage[0].show();
        });
        Scene scene = stage[0].getScene();
        for (int r = 0; r < rounds; r++) {
            // prepared off the FX thread, as the pane's explain and profile tasks do
            PlanView view = model.prepare(plan(same || r % 2 == 0 ? nodes : nodes - 1, r));
            int round = r;
            if (forced) {
                onFx(() -> {
                    long t0 = System.nanoTime();
                    long c0 = threads.getCurrentThreadCpuTime();
                    model.planViewProperty().set(view);
                    setMs[round] = (System.nanoTime() - t0) / 1e6;
                    long c1 = threads.getCurrentThreadCpuTime();
                    root[0].applyCss();
                    long c2 = threads.getCurrentThreadCpuTime();
                    root[0].layout();
                    ms[round] = (System.nanoTime() - t0) / 1e6;
                    long c3 = threads.getCurrentThreadCpuTime();
                    cpuMs[round] = (c3 - c0) / 1e6;
                    cpuSet[round] = (c1 - c0) / 1e6;
                    cpuCss[round] = (c2 - c1) / 1e6;
                    cpuLayout[round] = (c3 - c2) / 1e6;
                });
            } else {
                pulse(scene, threads, view, model, round, setMs, ms, cpuMs, cpuSet, cpuCss);
            }
        }
        onFx(() -> stage[0].close());
        Platform.exit();
        System.out.println(same ? "every plan of the same structure (a re-explain): only changed values replaced"
                : "every plan of another structure (n and n-1 nodes in turn): tree items set as prepared");
        double[] warm = Arrays.copyOfRange(ms, Math.min(5, rounds - 1), rounds);
        Arrays.sort(warm);
        double[] warmSet = Arrays.copyOfRange(setMs, Math.min(5, rounds - 1), rounds);
        Arrays.sort(warmSet);
        double[] warmCpu = Arrays.copyOfRange(cpuMs, Math.min(5, rounds - 1), rounds);
        Arrays.sort(warmCpu);
        System.out.printf(Locale.ROOT, "FX thread CPU time (what it holds the thread for on an idle core): first %.1f ms,"
                + " warm median %.2f ms, warm max %.2f ms%n", cpuMs[0], warmCpu[warmCpu.length / 2],
                warmCpu[warmCpu.length - 1]);
        System.out.println(forced ? "measured by forcing CSS on the whole pane (Node.applyCss on its root) and a layout"
                : "measured up to the end of the next pulse's CSS and layout passes (what a frame costs)");
        if (forced) {
            System.out.printf(Locale.ROOT, "FX thread CPU, warm medians: setting the plan %.2f ms, CSS %.2f ms, "
                    + "layout %.2f ms%n", warmMedian(cpuSet, rounds), warmMedian(cpuCss, rounds),
                    warmMedian(cpuLayout, rounds));
        } else {
            System.out.printf(Locale.ROOT, "FX thread CPU, warm medians: setting the plan %.2f ms, the pulse's CSS and "
                    + "layout %.2f ms%n", warmMedian(cpuSet, rounds), warmMedian(cpuCss, rounds));
        }
        System.out.printf(Locale.ROOT, "of which setting the plan (tree swapped or values replaced): warm median %.2f ms%n",
                warmSet[warmSet.length / 2]);
        System.out.printf(Locale.ROOT, "%d-node plan, %d rounds: first %.1f ms, warm median %.2f ms, warm max %.2f ms"
                + " (FX thread: set, rebuild, CSS, layout)%n", nodes, rounds, ms[0], warm[warm.length / 2],
                warm[warm.length - 1]);
    }

    /**
     * One round as the application lives it: the plan set in an FX event, then the next pulse's CSS and layout
     * passes, timed up to the scene's post-layout pulse listener (the FX thread is otherwise idle in between).
     */
    private static void pulse(Scene scene, java.lang.management.ThreadMXBean threads, PlanView view,
                              WorkbenchViewModel model, int round, double[] setMs, double[] ms, double[] cpuMs,
                              double[] cpuSet, double[] cpuPulse) throws InterruptedException {
        CountDownLatch laidOut = new CountDownLatch(1);
        long[] at = new long[4];
        Runnable before = () -> at[2] = threads.getCurrentThreadCpuTime();
        Runnable after = new Runnable() {
            @Override
            public void run() {
                long c3 = threads.getCurrentThreadCpuTime();
                scene.removePostLayoutPulseListener(this);
                scene.removePreLayoutPulseListener(before);
                ms[round] = (System.nanoTime() - at[0]) / 1e6;
                cpuMs[round] = (c3 - at[1]) / 1e6;
                cpuPulse[round] = (c3 - at[2]) / 1e6;
                laidOut.countDown();
            }
        };
        onFx(() -> {
            at[0] = System.nanoTime();
            at[1] = threads.getCurrentThreadCpuTime();
            model.planViewProperty().set(view);
            long c1 = threads.getCurrentThreadCpuTime();
            setMs[round] = (System.nanoTime() - at[0]) / 1e6;
            cpuSet[round] = (c1 - at[1]) / 1e6;
            scene.addPreLayoutPulseListener(before);
            scene.addPostLayoutPulseListener(after);
            Platform.requestNextPulse();
        });
        laidOut.await();
    }

    private static double warmMedian(double[] values, int rounds) {
        double[] warm = Arrays.copyOfRange(values, Math.min(5, rounds - 1), rounds);
        Arrays.sort(warm);
        return warm[warm.length / 2];
    }

    private static void onFx(Runnable work) throws InterruptedException {
        CountDownLatch done = new CountDownLatch(1);
        Platform.runLater(() -> {
            try {
                work.run();
            } finally {
                done.countDown();
            }
        });
        done.await();
    }

    /** A plan of {@code n} nodes: scans, index reads, filters, and a subquery every 20 nodes with 5 inside. */
    static QueryPlan plan(int n, int variant) {
        List<PlanStep> steps = new ArrayList<>();
        int id = 1;
        while (steps.size() < n) {
            if (steps.size() % 20 == 19) {
                List<PlanStep> inner = new ArrayList<>();
                for (int k = 0; k < 5; k++) {
                    inner.add(step(id++, k == 0 ? "EnumerateCollectionNode" : "CalculationNode", variant));
                }
                steps.add(new PlanStep(id++, "SubqueryNode", List.of(id - 7), 1, 10, null, List.of(), false, null,
                        inner, null));
            } else {
                String type = switch (steps.size() % 4) {
                    case 0 -> "EnumerateCollectionNode";
                    case 1 -> "IndexNode";
                    case 2 -> "FilterNode";
                    default -> "CalculationNode";
                };
                steps.add(step(id++, type, variant));
            }
        }
        return new QueryPlan(steps, List.of("use-indexes", "remove-unnecessary-calculations"), List.of(), 1e6, 10,
                List.of(), Map.of("parsing", 0.001, "executing", 0.5));
    }

    private static PlanStep step(int id, String type, int variant) {
        boolean index = type.equals("IndexNode");
        return new PlanStep(id, type, id == 1 ? List.of() : List.of(id - 1), 1000 + variant, 1000.0 * id,
                index || type.equals("EnumerateCollectionNode") ? "collection_" + (id % 7) : null,
                index ? List.of(new PlanIndex("idx_" + id, "persistent", List.of("a", "b"), 0.5)) : List.of(),
                type.equals("EnumerateCollectionNode"), type.equals("FilterNode") ? "d.a == @v" + id : null,
                List.of(), new PlanStep.NodeProfile(id, 1000, 0.001 * id));
    }
}
