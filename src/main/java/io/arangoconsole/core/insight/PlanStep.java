package io.arangoconsole.core.insight;

import java.util.List;

/**
 * One node of an execution plan, as a person reads it.
 *
 * @param dependencies the ids of the nodes feeding this one (the tree's children)
 * @param collection   the collection read or written, null for nodes that touch none
 * @param indexes      the indexes an {@code IndexNode} reads; empty otherwise
 * @param fullScan     true for an {@code EnumerateCollectionNode}: it reads every document of {@code collection}
 * @param condition    the filter or index condition as AQL-like text, null when the node has none
 * @param subquery     the nodes of a subquery (older servers and the sandbox nest them), empty otherwise
 * @param profile      the node's calls, items and runtime from a profile; null from a plain explain
 */
public record PlanStep(int id, String type, List<Integer> dependencies, double estimatedItems, double estimatedCost,
                       String collection, List<PlanIndex> indexes, boolean fullScan, String condition,
                       List<PlanStep> subquery, NodeProfile profile) {

    public PlanStep {
        dependencies = List.copyOf(dependencies);
        indexes = List.copyOf(indexes);
        subquery = List.copyOf(subquery);
    }

    /** A profile's figures for one node; {@code runtimeSeconds} is the node's own time plus its dependencies'. */
    public record NodeProfile(long calls, long items, double runtimeSeconds) {
    }
}
