package io.arangoconsole.ui.insight;

import io.arangoconsole.core.indexes.IndexJob;
import io.arangoconsole.core.indexes.IndexSpec;
import io.arangoconsole.core.insight.AqlText;
import io.arangoconsole.core.insight.IndexAdvice;
import io.arangoconsole.core.insight.PlanStep;
import io.arangoconsole.core.insight.QueryOutcome;
import io.arangoconsole.core.insight.QueryPlan;
import io.arangoconsole.core.insight.QueryWorkbench;
import io.arangoconsole.core.insight.ShapeStats;
import io.arangoconsole.ui.common.Formats;
import io.arangoconsole.ui.common.TaskRunner;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/**
 * "Build and prove": measures the shape's latest run (profiled when it only reads, else explained), queues the
 * proposed index on the Indexes pane's queue (so the Jobs pane shows it), and when the build is done measures again;
 * the outcome is one line: the plan and timing before, and after.
 */
public final class AdviceProof {
    private static final int ROWS = 1000;
    private final TaskRunner tasks;
    private final Supplier<QueryWorkbench> workbench;
    private final Function<IndexSpec, String> queue;
    private final ObservableList<IndexJob> jobs;

    /**
     * @param queue queues a build on the connected server (FX thread); null when queued, else why not
     * @param jobs  that queue's jobs, updated on the FX thread
     */
    public AdviceProof(TaskRunner tasks, Supplier<QueryWorkbench> workbench, Function<IndexSpec, String> queue,
                       ObservableList<IndexJob> jobs) {
        this.tasks = tasks;
        this.workbench = workbench;
        this.queue = queue;
        this.jobs = jobs;
    }

    /** What one measurement found. */
    record Measured(QueryPlan plan, double seconds, boolean ran) {
    }

    /** Builds the advised index and proves it on {@code shape}'s latest run; {@code progress} hears each step. */
    public void prove(IndexAdvice advice, ShapeStats shape, Consumer<String> progress) {
        QueryWorkbench wb = workbench.get();
        if (wb == null) {
            progress.accept("Not connected.");
            return;
        }
        progress.accept("Measuring before the build...");
        tasks.run("measure a shape before its index", () -> measure(wb, shape), before -> {
            IndexSpec spec = IndexSpec.of(advice.collection(), advice.fields().toArray(String[]::new));
            progress.accept("Before: " + describe(before) + ". Building " + spec.describe() + " (Jobs pane)...");
            ListChangeListener<IndexJob> watch = whenBuilt(spec, job -> {
                if (job.state() != IndexJob.State.DONE && job.state() != IndexJob.State.EXISTING) {
                    progress.accept("Before: " + describe(before) + ". The build ended " + job.state().name()
                            .toLowerCase(Locale.ROOT) + (job.message() == null ? "." : ": " + job.message()));
                    return;
                }
                tasks.run("measure a shape after its index", () -> measure(wb, shape), after ->
                        progress.accept("Before: " + describe(before) + ". After: " + describe(after) + "."),
                        e -> progress.accept("Built; measuring again failed: " + Formats.sentence(e)));
            });
            String refused = queue.apply(spec);
            if (refused != null) {
                jobs.removeListener(watch);
                progress.accept("Before: " + describe(before) + ". Not built: " + refused);
            }
        }, e -> progress.accept("Could not measure before the build: " + Formats.sentence(e)));
    }

    private ListChangeListener<IndexJob> whenBuilt(IndexSpec spec, Consumer<IndexJob> done) {
        ListChangeListener<IndexJob> watch = new ListChangeListener<>() {
            @Override
            public void onChanged(Change<? extends IndexJob> c) {
                for (IndexJob j : List.copyOf(jobs)) {
                    if (j.collection().equals(spec.collection()) && j.fields().equals(spec.fields())
                            && j.state().finished()) {
                        jobs.removeListener(this);
                        done.accept(j);
                        return;
                    }
                }
            }
        };
        jobs.addListener(watch);
        return watch;
    }

    /** Profiles the run when it only reads (it runs for real, at most {@value #ROWS} rows read), else explains. */
    static Measured measure(QueryWorkbench wb, ShapeStats shape) {
        if (AqlText.modifies(shape.latestQuery())) {
            return new Measured(wb.explain(shape.latestQuery(), shape.latestBindVars()), 0, false);
        }
        QueryOutcome run = wb.run(shape.latestQuery(), shape.latestBindVars(), ROWS, true, "arango-console run proof");
        QueryPlan plan = run.plan() != null ? run.plan() : wb.explain(shape.latestQuery(), shape.latestBindVars());
        return new Measured(plan, run.runtimeSeconds(), true);
    }

    static String describe(Measured m) {
        QueryPlan p = m.plan();
        String access = p.allSteps().stream().filter(PlanStep::fullScan).findFirst()
                .map(s -> "full scan of " + s.collection())
                .orElseGet(() -> p.allSteps().stream().filter(s -> !s.indexes().isEmpty()).findFirst()
                        .map(s -> "IndexNode " + s.indexes().get(0).name() + " [" + String.join(", ",
                                s.indexes().get(0).fields()) + "]").orElse("no collection read"));
        return access + String.format(Locale.ROOT, " (cost %,.0f)", p.estimatedCost())
                + (m.ran() ? String.format(Locale.ROOT, ", %.1f ms", m.seconds() * 1000) : ", explained only");
    }
}
