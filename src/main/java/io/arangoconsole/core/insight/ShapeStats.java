package io.arangoconsole.core.insight;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One shape's history on one server, as the history pane and the advisor read it.
 *
 * @param peakMemoryBytes the largest peak memory any run reported, -1 when none did
 * @param fullScan        the latest plan reads a whole collection; null until the shape has been explained
 * @param latestQuery     the latest run's text with its bind variables, to open it again
 */
public record ShapeStats(String server, String shapeId, String text, long count, double p50Ms, double p95Ms,
                         double maxMs, long peakMemoryBytes, List<String> databases, Instant firstSeen,
                         Instant lastSeen, Boolean fullScan, String latestQuery, Map<String, Object> latestBindVars) {
}
