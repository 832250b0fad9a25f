package io.arangoconsole.core.insight;

import java.util.List;
import java.util.Map;

/**
 * What the advisor found in a workload: every shape, the indexes it proposes, and the plan of each shape it could
 * explain (by shape id), so the history can note which indexes the shapes read.
 */
public record AdviceReport(List<ShapeSummary> shapes, List<IndexAdvice> advice, Map<String, QueryPlan> plans) {

    public AdviceReport {
        shapes = List.copyOf(shapes);
        advice = List.copyOf(advice);
        plans = Map.copyOf(plans);
    }

    /** A report without plans. */
    public AdviceReport(List<ShapeSummary> shapes, List<IndexAdvice> advice) {
        this(shapes, advice, Map.of());
    }
}
