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
 * background; rounds alternate between two structures unless the third argument is {@code same}. Run:
 * {@code java -Dglass.platform=Monocle -Dmonocle.platform=Headless -Dprism.order=sw
 * -cp target/test-classes:target/classes:$(cat target/cp.txt) io.arangoconsole.bench.PlanTreeBench [nodes] [rounds]
 * [same]}.
 */
public final class PlanTreeBench {
    private PlanTreeBench() {
    }

    public static void main(String[] args) throws Exception {
        int nodes = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        boolean same = args.length > 2 && args[2].equals("same");
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        double[] ms = new double[rounds];
        double[] setMs = new double[rounds];
        double[] cpuMs = new double[rounds];
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
        for (int r = 0; r < rounds; r++) {
            // prepared off the FX thread, as the pane's explain and profile tasks do
            PlanView view = model.prepare(plan(same || r % 2 == 0 ? nodes : nodes - 1, r));
            int round = r;
            onFx(() -> {
                long t0 = System.nanoTime();
                long c0 = threads.getCurrentThreadCpuTime();
                model.planViewProperty().set(view);
                setMs[round] = (System.nanoTime() - t0) / 1e6;
                root[0].applyCss();
                root[0].layout();
                ms[round] = (System.nanoTime() - t0) / 1e6;
                cpuMs[round] = (threads.getCurrentThreadCpuTime() - c0) / 1e6;
            });
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
        System.out.printf(Locale.ROOT, "of which setting the plan (tree swapped or values replaced): warm median %.2f ms%n",
                warmSet[warmSet.length / 2]);
        System.out.printf(Locale.ROOT, "%d-node plan, %d rounds: first %.1f ms, warm median %.2f ms, warm max %.2f ms"
                + " (FX thread: set, rebuild, CSS, layout)%n", nodes, rounds, ms[0], warm[warm.length / 2],
                warm[warm.length - 1]);
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
