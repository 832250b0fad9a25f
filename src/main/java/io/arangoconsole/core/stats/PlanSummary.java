package io.arangoconsole.core.stats;

import java.util.List;

/**
 * The gist of an {@code explain}: the node types in plan order, the indexes the plan uses (names) and the estimated
 * cost. {@code usesIndex()} is what proves a query is index-backed rather than a full collection scan.
 */
public record PlanSummary(List<String> nodeTypes, List<String> indexes, double estimatedCost) {

    public boolean usesIndex() {
        return nodeTypes.contains("IndexNode");
    }

    public boolean scansCollection() {
        return nodeTypes.contains("EnumerateCollectionNode");
    }
}
