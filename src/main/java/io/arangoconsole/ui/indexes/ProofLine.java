package io.arangoconsole.ui.indexes;

import io.arangoconsole.core.indexes.Measurement;
import io.arangoconsole.core.indexes.ProofQuery;

/** One key query in the proof table; {@code before} or {@code after} is null until it has been captured. */
public record ProofLine(ProofQuery query, Measurement before, Measurement after) {

    /** The line with this phase's measurement set. */
    ProofLine with(boolean beforePhase, Measurement m) {
        return beforePhase ? new ProofLine(query, m, after) : new ProofLine(query, before, m);
    }
}
