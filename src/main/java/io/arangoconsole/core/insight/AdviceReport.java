package io.arangoconsole.core.insight;

import java.util.List;

/** What the advisor found in a workload: every shape, and the indexes it proposes. */
public record AdviceReport(List<ShapeSummary> shapes, List<IndexAdvice> advice) {

    public AdviceReport {
        shapes = List.copyOf(shapes);
        advice = List.copyOf(advice);
    }
}
