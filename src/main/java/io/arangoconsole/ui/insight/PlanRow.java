package io.arangoconsole.ui.insight;

import io.arangoconsole.core.insight.PlanIndex;
import io.arangoconsole.core.insight.PlanStep;
import io.arangoconsole.core.insight.QueryPlan;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;

/**
 * One node of a plan as the tree shows it, with the nodes of its subquery as children. The nodes run top to bottom
 * (the server's order); a subquery (nested, or between {@code SubqueryStartNode} and {@code SubqueryEndNode} as
 * ArangoDB 3.12 flattens them) is a branch.
 *
 * @param access   the index read (name and fields), or {@link #FULL_SCAN} and the collection, or the collection
 * @param fullScan true when this node reads a whole collection
 */
public record PlanRow(int id, String type, String access, boolean fullScan, String estimatedItems,
                      String estimatedCost, String condition, String calls, String items, String runtime,
                      List<PlanRow> children) {
    /** How a full collection scan is marked, so a person sees it at once. */
    public static final String FULL_SCAN = "FULL COLLECTION SCAN";

    /** The rows of a plan, subqueries as branches. */
    public static List<PlanRow> of(QueryPlan plan) {
        List<PlanRow> top = new ArrayList<>();
        Deque<List<PlanRow>> open = new ArrayDeque<>();
        open.push(top);
        for (PlanStep step : plan.steps()) {
            if (step.type().equals("SubqueryEndNode") && open.size() > 1) {
                open.pop().add(row(step, List.of())); // closes the branch it ends
                continue;
            }
            List<PlanRow> children = new ArrayList<>();
            for (PlanRow r : of(step.subquery())) {
                children.add(r);
            }
            PlanRow row = row(step, children);
            open.peek().add(row);
            if (step.type().equals("SubqueryStartNode")) {
                open.push(row.children());
            }
        }
        return top;
    }

    private static List<PlanRow> of(List<PlanStep> nested) {
        return nested.isEmpty() ? List.of() : of(new QueryPlan(nested, List.of(), List.of(), 0, 0, List.of(),
                java.util.Map.of()));
    }

    private static PlanRow row(PlanStep s, List<PlanRow> children) {
        PlanStep.NodeProfile p = s.profile();
        return new PlanRow(s.id(), s.type(), access(s), s.fullScan(), number(s.estimatedItems()),
                cost(s.estimatedCost()), s.condition() == null ? "" : s.condition(),
                p == null ? "" : number(p.calls()), p == null ? "" : number(p.items()),
                p == null ? "" : String.format(Locale.ROOT, "%.3f ms", p.runtimeSeconds() * 1000), children);
    }

    static String access(PlanStep s) {
        if (s.fullScan()) {
            return FULL_SCAN + " of " + s.collection();
        }
        if (!s.indexes().isEmpty()) {
            List<String> parts = new ArrayList<>();
            for (PlanIndex ix : s.indexes()) {
                parts.add(ix.type() + " index " + ix.name() + " [" + String.join(", ", ix.fields()) + "]");
            }
            return String.join("; ", parts) + (s.collection() == null ? "" : " on " + s.collection());
        }
        return s.collection() == null ? "" : s.collection();
    }

    /** Costs in the optimizer's unit, whole as the summary line gives them: the fraction never decides a plan. */
    private static String cost(double v) {
        return String.format(Locale.ROOT, "%,.0f", v);
    }

    private static String number(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? String.format(Locale.ROOT, "%,d", (long) v)
                : String.format(Locale.ROOT, "%,.2f", v);
    }

    /** Every row, depth first. */
    public List<PlanRow> flatten() {
        List<PlanRow> out = new ArrayList<>();
        out.add(this);
        children.forEach(c -> out.addAll(c.flatten()));
        return out;
    }
}
