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
 * @param indexesUsed     the indexes the latest plan reads, as {@code collection/indexName}; empty until explained
 * @param planError       why the latest explain failed ("no longer parses: ..."), the last plan's facts kept; null
 *                        when it did not
 */
public record ShapeStats(String server, String shapeId, String text, long count, double p50Ms, double p95Ms,
                         double maxMs, long peakMemoryBytes, List<String> databases, Instant firstSeen,
                         Instant lastSeen, Boolean fullScan, String latestQuery, Map<String, Object> latestBindVars,
                         List<String> indexesUsed, String planError) {

    public ShapeStats {
        indexesUsed = indexesUsed == null ? List.of() : List.copyOf(indexesUsed);
    }

    /** A shape not explained yet. */
    public ShapeStats(String server, String shapeId, String text, long count, double p50Ms, double p95Ms,
                      double maxMs, long peakMemoryBytes, List<String> databases, Instant firstSeen,
                      Instant lastSeen, Boolean fullScan, String latestQuery, Map<String, Object> latestBindVars) {
        this(server, shapeId, text, count, p50Ms, p95Ms, maxMs, peakMemoryBytes, databases, firstSeen, lastSeen,
                fullScan, latestQuery, latestBindVars, List.of(), null);
    }

    /** How a plan names the index {@code name} of {@code collection} in {@link #indexesUsed()}. */
    public static String indexRef(String collection, String name) {
        return collection + "/" + name;
    }
}
