package io.arangoconsole.core.stats;

import java.time.Duration;
import java.util.List;

/**
 * The plan's naive queries beside the console's way, each timed once: {@code plan} is null for a call that is no
 * query (the count endpoint); {@code result} is what came back, or why it was not run.
 */
public record Comparison(String target, List<Measured> naive, List<Measured> ours) {

    /** One call: what it is, the exact query or request, how long it took, its plan and its answer. */
    public record Measured(String label, String query, Duration took, PlanSummary plan, String result) {
    }
}
