package io.arangoconsole.core.insight;

/**
 * What the advisor knows of one query shape: how often and how slowly it ran, and the plan of its latest run.
 *
 * @param plan null when the latest run could not be explained (then no advice is drawn from it)
 */
public record ShapeEvidence(QueryShape shape, long count, double p95Ms, double maxMs, QueryPlan plan) {
}
