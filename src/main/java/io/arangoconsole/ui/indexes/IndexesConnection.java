package io.arangoconsole.ui.indexes;

import io.arangoconsole.core.indexes.IndexService;
import io.arangoconsole.core.indexes.ProofSource;

/**
 * What the Indexes pane works on for the current connection: the index service (with its build queue) on the
 * primary, the source the proof queries run on, the name of the target that serves them ({@code primary}), why
 * writes are not allowed there (null when they are), e.g. on a replica, and the server (its endpoint) the builds
 * run against, shown beside them in the Jobs pane.
 */
public record IndexesConnection(IndexService service, ProofSource proof, String target, String writesDisabled,
                                String server) {

    public IndexesConnection(IndexService service, ProofSource proof, String target, String writesDisabled) {
        this(service, proof, target, writesDisabled, target);
    }
}
