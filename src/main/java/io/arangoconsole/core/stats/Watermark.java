package io.arangoconsole.core.stats;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.Locale;

/**
 * Earliest and latest value of a collection's watermark attribute , exactly as stored.
 * When no index serves {@code SORT attribute}, the values are not read (that would scan the collection):
 * {@code indexed} is false and {@code scanCost} carries the server's estimated cost of the scan that was avoided.
 */
public record Watermark(String attribute, boolean indexed, JsonNode earliest, JsonNode latest, String indexName,
                        double scanCost) {

    public static Watermark indexed(String attribute, String indexName, JsonNode earliest, JsonNode latest) {
        return new Watermark(attribute, true, earliest, latest, indexName, 0);
    }

    public static Watermark unindexed(String attribute, double scanCost) {
        return new Watermark(attribute, false, null, null, null, scanCost);
    }

    /**
     * "no index on placed_at: a scan would cost 270,000, not run; an index on [placed_at] would serve it" when
     * unindexed; null otherwise.
     */
    public String note() {
        return indexed ? null
                : "no index on " + attribute + ": a scan would cost " + String.format(Locale.ROOT, "%,.0f", scanCost)
                        + ", not run; an index on [" + attribute + "] would serve it";
    }
}
