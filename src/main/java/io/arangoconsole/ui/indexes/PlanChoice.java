package io.arangoconsole.ui.indexes;

import io.arangoconsole.core.indexes.IndexDiff;
import io.arangoconsole.core.indexes.IndexPlan;
import io.arangoconsole.core.indexes.IndexPlanFile;
import io.arangoconsole.core.indexes.PlanStarts;
import java.io.IOException;
import java.io.UncheckedIOException;

/** The plan a connection's Indexes pane holds against the server, with the diff it gave. */
record PlanChoice(IndexPlan plan, IndexDiff diff) {

    /**
     * The plan kept for the connection's profile and database, else the seed plan where its collections exist,
     * else the empty start. Blocking (a file and the collection list): call on a worker thread.
     */
    static IndexPlan resolve(IndexesConnection on) {
        if (on.plans() != null) {
            try {
                var kept = on.plans().load(on.scope());
                if (kept.isPresent()) {
                    return kept.get();
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read the plan kept for this database", e);
            }
        }
        return PlanStarts.startFor(IndexPlanFile.defaults(), on.service().collections());
    }

    /** "Default plan", "No plan yet", or "Kept plan" as the pane names it. */
    static String name(IndexPlan plan) {
        if (PlanStarts.isEmptyStart(plan)) {
            return "No plan yet";
        }
        return plan.equals(IndexPlanFile.defaults()) ? "Default plan" : "Kept plan";
    }
}
