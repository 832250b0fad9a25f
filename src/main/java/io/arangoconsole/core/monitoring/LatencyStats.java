package io.arangoconsole.core.monitoring;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The console's own requests of one operation (e.g. {@code stats.count}) to one target ({@code primary},
 * {@code replica}) over the sliding window: how many, how many failed, and latency percentiles and maximum in
 * milliseconds (NaN when no request fell into the window).
 */
public record LatencyStats(String operation, String target, long count, long errors, double p50Ms, double p95Ms,
                           double p99Ms, double maxMs) {

    /** Failed share of the requests, 0..1; 0 when there were none. */
    public double errorRate() {
        return count == 0 ? 0 : (double) errors / count;
    }

    /** These figures as named series ({@link SeriesNames#console}), for history and alert rules. */
    public Map<String, Double> series() {
        Map<String, Double> out = new LinkedHashMap<>();
        out.put(SeriesNames.console(operation, target, "count"), (double) count);
        out.put(SeriesNames.console(operation, target, "errors"), (double) errors);
        if (count > 0) {
            out.put(SeriesNames.console(operation, target, "p50_ms"), p50Ms);
            out.put(SeriesNames.console(operation, target, "p95_ms"), p95Ms);
            out.put(SeriesNames.console(operation, target, "p99_ms"), p99Ms);
            out.put(SeriesNames.console(operation, target, "max_ms"), maxMs);
        }
        return out;
    }
}
