package io.arangoconsole.ui.overview;

import io.arangoconsole.core.stats.Comparison;
import io.arangoconsole.core.stats.PlanSummary;
import io.arangoconsole.ui.common.Formats;
import java.util.List;
import java.util.Set;

/**
 * One question (count, latest value) answered both ways, side by side: the plan's naive query and the console's call,
 * each with its time, its plan and the exact query or request sent; {@code answer} is what they returned.
 */
public record ComparisonLine(String what, String naiveTook, String naivePlan, String oursTook, String oursPlan,
                             String answer, String naiveCall, String oursCall) {

    /** Nodes every plan has; left out so the telling ones (scan, index, sort, subquery) show. */
    private static final Set<String> PLUMBING = Set.of("SingletonNode", "CalculationNode", "ReturnNode");

    static List<ComparisonLine> of(Comparison c) {
        return java.util.stream.IntStream.range(0, Math.min(c.naive().size(), c.ours().size()))
                .mapToObj(i -> of(c.naive().get(i), c.ours().get(i))).toList();
    }

    private static ComparisonLine of(Comparison.Measured naive, Comparison.Measured ours) {
        String answer = naive.result().equals(ours.result()) ? ours.result()
                : "naive " + naive.result() + " / console " + ours.result();
        return new ComparisonLine(ours.label(), took(naive), plan(naive.plan()), took(ours), plan(ours.plan()), answer,
                naive.query(), ours.query());
    }

    private static String took(Comparison.Measured m) {
        return m.took().isZero() ? "not run" : Formats.latency(m.took());
    }

    static String plan(PlanSummary plan) {
        if (plan == null) {
            return "count endpoint, O(1): no query";
        }
        List<String> telling = plan.nodeTypes().stream().filter(t -> !PLUMBING.contains(t)).toList();
        return String.join(" → ", telling) + " (cost " + Formats.count(Math.round(plan.estimatedCost())) + ")";
    }
}
