package io.arangoconsole.core.insight;

import io.arangoconsole.core.indexes.IndexPlan;
import java.time.Instant;
import java.util.List;

/**
 * A database's index plan started from the index advice of what it ran (the Indexes pane's "Start the plan from the
 * index advice"): every advised index, in the advisor's order, in an otherwise empty plan.
 */
public final class AdvisedPlan {
    /** The plan's description, so a kept plan says where it came from. */
    public static final String DESCRIPTION = "Started from the index advice of the observed workload";

    private AdvisedPlan() {
    }

    /** The plan of {@code report}'s advice; empty when nothing was advised. */
    public static IndexPlan of(AdviceReport report) {
        return AdvicePlans.merge(new IndexPlan(DESCRIPTION, List.of()), report.advice().stream()
                .map(a -> new AdvicePlans.Advised(a.collection(), a.fields())).toList());
    }

    /** Observes what the server ran ({@code since}, null: all it keeps), advises, and makes the plan. Blocking. */
    public static IndexPlan observe(AdviceService service, Instant since) {
        return of(service.advise(service.observe(since)));
    }
}
