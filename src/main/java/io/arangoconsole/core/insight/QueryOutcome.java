package io.arangoconsole.core.insight;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * What one run of a query gave.
 *
 * @param rows           the rows read, at most the row limit
 * @param more           the server had more rows than the limit (they were not read)
 * @param runtimeSeconds the wall time of the run as the console saw it
 * @param plan           the profiled plan with per-node figures and phases; null when the run was not profiled
 * @param error          a failure after some rows were read (the rows are kept), else null
 * @param peakMemoryBytes the peak memory the server reported, -1 when it did not
 */
public record QueryOutcome(List<JsonNode> rows, boolean more, double runtimeSeconds, QueryPlan plan, String error,
                           long peakMemoryBytes) {

    public QueryOutcome {
        rows = List.copyOf(rows);
    }
}
