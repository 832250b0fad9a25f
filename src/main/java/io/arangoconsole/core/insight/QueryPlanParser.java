package io.arangoconsole.core.insight;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the server's explain answer ({@code POST /_api/explain}) or a profiled cursor's {@code extra}
 * ({@code options.profile: 2}) into a {@link QueryPlan}. Unknown node types and fields are kept as they come; a
 * missing field reads as zero or empty, so a newer server's plan still shows.
 */
public final class QueryPlanParser {
    private QueryPlanParser() {
    }

    /** A plan from an explain answer: {@code {"plan": {...}, "warnings": [...]}}. */
    public static QueryPlan explain(JsonNode answer) {
        return parse(answer.path("plan"), answer.path("warnings"), null, null);
    }

    /**
     * A plan from a profiled query's {@code extra}: {@code {"plan": {...}, "stats": {"nodes": [...]},
     * "profile": {...}, "warnings": [...]}}.
     */
    public static QueryPlan profile(JsonNode extra) {
        return parse(extra.path("plan"), extra.path("warnings"), extra.path("stats").path("nodes"),
                extra.path("profile"));
    }

    private static QueryPlan parse(JsonNode plan, JsonNode warnings, JsonNode nodeStats, JsonNode phases) {
        Map<Integer, PlanStep.NodeProfile> profiles = new HashMap<>();
        if (nodeStats != null) {
            for (JsonNode n : nodeStats) {
                profiles.put(n.path("id").asInt(), new PlanStep.NodeProfile(n.path("calls").asLong(),
                        n.path("items").asLong(), n.path("runtime").asDouble()));
            }
        }
        Map<Integer, JsonNode> calculations = new HashMap<>();
        collectCalculations(plan.path("nodes"), calculations);
        ScanAnalysis analysis = new ScanAnalysis(calculations);
        List<ScanAccess> scans = new ArrayList<>();
        List<PlanStep> steps = steps(plan.path("nodes"), calculations, profiles, analysis, scans);
        List<String> rules = new ArrayList<>();
        plan.path("rules").forEach(r -> rules.add(r.asText()));
        List<String> warningTexts = new ArrayList<>();
        warnings.forEach(w -> warningTexts.add(w.path("message").asText(w.asText())));
        Map<String, Double> phaseTimes = new LinkedHashMap<>();
        if (phases != null) {
            phases.fields().forEachRemaining(f -> phaseTimes.put(f.getKey(), f.getValue().asDouble()));
        }
        return new QueryPlan(steps, rules, warningTexts, plan.path("estimatedCost").asDouble(),
                plan.path("estimatedNrItems").asDouble(), scans, phaseTimes);
    }

    private static List<PlanStep> steps(JsonNode nodes, Map<Integer, JsonNode> calculations,
                                        Map<Integer, PlanStep.NodeProfile> profiles, ScanAnalysis analysis,
                                        List<ScanAccess> scans) {
        scans.addAll(analysis.scans(nodes));
        List<PlanStep> out = new ArrayList<>();
        for (JsonNode n : nodes) {
            List<Integer> deps = new ArrayList<>();
            n.path("dependencies").forEach(d -> deps.add(d.asInt()));
            List<PlanIndex> indexes = new ArrayList<>();
            for (JsonNode ix : n.path("indexes")) {
                List<String> fields = new ArrayList<>();
                ix.path("fields").forEach(f -> fields.add(f.asText()));
                JsonNode sel = ix.path("selectivityEstimate");
                indexes.add(new PlanIndex(ix.path("name").asText(), ix.path("type").asText(), fields,
                        sel.isNumber() ? sel.asDouble() : null));
            }
            List<PlanStep> sub = n.path("subquery").has("nodes")
                    ? steps(n.path("subquery").path("nodes"), calculations, profiles, analysis, scans) : List.of();
            String type = n.path("type").asText();
            out.add(new PlanStep(n.path("id").asInt(), type, deps, n.path("estimatedNrItems").asDouble(),
                    n.path("estimatedCost").asDouble(), n.hasNonNull("collection") ? n.path("collection").asText()
                    : null, indexes, type.equals("EnumerateCollectionNode"), condition(n, calculations), sub,
                    profiles.get(n.path("id").asInt())));
        }
        return out;
    }

    private static String condition(JsonNode n, Map<Integer, JsonNode> calculations) {
        String type = n.path("type").asText();
        if (type.equals("FilterNode")) {
            JsonNode e = calculations.get(n.path("inVariable").path("id").asInt(-1));
            return e == null ? n.path("inVariable").path("name").asText() : AqlExpressions.render(e);
        }
        if (n.has("filter")) {
            return AqlExpressions.render(n.path("filter"));
        }
        JsonNode c = n.path("condition");
        return c.isObject() && c.size() > 0 && c.path("subNodes").size() > 0 ? AqlExpressions.render(c) : null;
    }

    private static void collectCalculations(JsonNode nodes, Map<Integer, JsonNode> out) {
        for (JsonNode n : nodes) {
            if (n.path("type").asText().equals("CalculationNode")) {
                out.put(n.path("outVariable").path("id").asInt(), n.path("expression"));
            }
            if (n.path("subquery").has("nodes")) {
                collectCalculations(n.path("subquery").path("nodes"), out);
            }
        }
    }
}
