package io.arangoconsole.ui.indexes;

import io.arangoconsole.core.indexes.IndexPlan;
import io.arangoconsole.core.indexes.IndexPlanStore;
import io.arangoconsole.core.indexes.IndexService;
import io.arangoconsole.core.indexes.ProofSource;

/**
 * What the Indexes pane works on for the current connection: the index service (with its build queue) on the
 * primary, the source the proof queries run on, the name of the target that serves them ({@code primary}), why
 * writes are not allowed there (null when they are), e.g. on a replica; {@code plans} keeps the plan of
 * {@code scope} (profile and database), null to keep none; {@code server} (its endpoint) is the server the builds
 * run against, shown beside them in the Jobs pane; {@code advisedPlan} makes a plan from the server's index advice
 * (blocking: it reads the server's query logs and explains), null where the pane offers no advice.
 */
public record IndexesConnection(IndexService service, ProofSource proof, String target, String writesDisabled,
                                IndexPlanStore plans, String scope, String server,
                                java.util.function.Supplier<IndexPlan> advisedPlan) {

    /** A connection without the advice start. */
    public IndexesConnection(IndexService service, ProofSource proof, String target, String writesDisabled,
                             IndexPlanStore plans, String scope, String server) {
        this(service, proof, target, writesDisabled, plans, scope, server, null);
    }

    /** A connection whose plan is not kept. */
    public IndexesConnection(IndexService service, ProofSource proof, String target, String writesDisabled) {
        this(service, proof, target, writesDisabled, null, null, target);
    }
}
