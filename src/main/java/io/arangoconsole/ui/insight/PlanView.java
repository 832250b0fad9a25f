package io.arangoconsole.ui.insight;

import io.arangoconsole.core.insight.QueryPlan;
import java.util.List;
import java.util.Locale;

/**
 * A plan as the plan tree shows it, prepared off the FX thread: the rows with every cell's text, the lines under the
 * tree, and whatever the view builds from them before they reach a scene (decision 0061).
 *
 * @param rows     the tree's rows, subqueries as branches
 * @param profiled true when the nodes carry a profile's calls, items and runtime
 * @param prepared the view's own structure for these rows (the tree items), built off the FX thread; null when the
 *                 view prepared none
 */
public record PlanView(QueryPlan plan, List<PlanRow> rows, String rules, String warnings, String phases,
                       boolean profiled, Object prepared) {

    public PlanView {
        rows = List.copyOf(rows);
    }

    /** The rows and texts of {@code plan}. Pure: any thread. */
    public static PlanView of(QueryPlan plan) {
        String rules = "Optimizer rules applied: " + (plan.rules().isEmpty() ? "none" : String.join(", ",
                plan.rules())) + String.format(Locale.ROOT, ". Estimated cost %,.0f (the optimizer's unit), %,.0f "
                + "items.", plan.estimatedCost(), plan.estimatedItems());
        String warnings = plan.warnings().isEmpty() ? "" : "Warnings: " + String.join("; ", plan.warnings());
        StringBuilder p = new StringBuilder();
        if (!plan.phases().isEmpty()) {
            p.append("Phases: ");
            plan.phases().forEach((name, seconds) -> p.append(name).append(' ')
                    .append(String.format(Locale.ROOT, "%.3f ms", seconds * 1000)).append(", "));
            p.setLength(p.length() - 2);
        }
        boolean profiled = plan.allSteps().stream().anyMatch(st -> st.profile() != null);
        return new PlanView(plan, PlanRow.of(plan), rules, warnings, p.toString(), profiled, null);
    }

    /** The same view with the view's own prepared structure. */
    public PlanView with(Object structure) {
        return new PlanView(plan, rows, rules, warnings, phases, profiled, structure);
    }
}
