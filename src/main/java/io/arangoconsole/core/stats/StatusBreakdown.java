package io.arangoconsole.core.stats;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Documents per value of the status attribute, read only when the server's plan for the grouping is index-backed.
 * Otherwise {@code counts} is empty, {@code indexed} false, and {@code scanCost} is the estimated cost of the scan that
 * was not run; {@code indexExists} tells "add an index" from "the server does not use the index for this grouping".
 */
public record StatusBreakdown(String attribute, boolean indexed, Map<String, Long> counts, boolean indexExists,
                              double scanCost) {

    public static StatusBreakdown indexed(String attribute, Map<String, Long> counts) {
        return new StatusBreakdown(attribute, true, Collections.unmodifiableMap(new LinkedHashMap<>(counts)), true, 0);
    }

    public static StatusBreakdown notIndexed(String attribute, boolean indexExists, double scanCost) {
        return new StatusBreakdown(attribute, false, Map.of(), indexExists, scanCost);
    }

    /** Why there is no breakdown, as the Overview says it; null when there is one. */
    public String note() {
        if (indexed) {
            return null;
        }
        String cost = String.format(Locale.ROOT, "%,.0f", scanCost);
        return indexExists
                ? "breakdown needs an index: the server's plan for grouping by " + attribute
                        + " scans the collection even with an index on it (a scan would cost " + cost + "), not run"
                : "breakdown needs an index on " + attribute + ": a scan would cost " + cost + ", not run";
    }
}
