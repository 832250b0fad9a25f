package io.arangoconsole.core.insight;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A plan the server chose for a query (explain), or ran (profile).
 *
 * @param steps    the top-level nodes in the server's order (dependencies first, the return node last)
 * @param rules    the optimizer rules applied
 * @param warnings the server's warnings, as it worded them
 * @param scans    how each full collection scan is used, for the index advisor
 * @param phases   a profile's phases in seconds ({@code parsing}, {@code executing}, ...); empty for an explain
 */
public record QueryPlan(List<PlanStep> steps, List<String> rules, List<String> warnings, double estimatedCost,
                        double estimatedItems, List<ScanAccess> scans, Map<String, Double> phases) {

    public QueryPlan {
        steps = List.copyOf(steps);
        rules = List.copyOf(rules);
        warnings = List.copyOf(warnings);
        scans = List.copyOf(scans);
        // the server's order (parsing first), which Map.copyOf would lose
        phases = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(phases));
    }

    /** Every node, subqueries included, depth first in the server's order. */
    public List<PlanStep> allSteps() {
        List<PlanStep> out = new ArrayList<>();
        collect(steps, out);
        return out;
    }

    /** True when any node, in a subquery or not, reads a whole collection. */
    public boolean fullScan() {
        return allSteps().stream().anyMatch(PlanStep::fullScan);
    }

    /** The names of the indexes the plan reads. */
    public List<String> indexNames() {
        return allSteps().stream().flatMap(s -> s.indexes().stream()).map(PlanIndex::name).distinct().toList();
    }

    private static void collect(List<PlanStep> steps, List<PlanStep> out) {
        for (PlanStep s : steps) {
            out.add(s);
            collect(s.subquery(), out);
        }
    }
}
