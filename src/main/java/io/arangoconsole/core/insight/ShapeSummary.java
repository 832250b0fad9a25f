package io.arangoconsole.core.insight;

/**
 * One shape of a workload: its runs' count and runtimes (milliseconds), and what its latest run's plan says.
 *
 * @param fullScan     the latest plan reads a whole collection; null when it could not be explained
 * @param explainError why the latest run could not be explained (one sentence), else null
 */
public record ShapeSummary(QueryShape shape, long count, double p50Ms, double p95Ms, double maxMs, Boolean fullScan,
                           String explainError) {
}
