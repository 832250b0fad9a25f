package io.arangoconsole.core.indexes;

import java.util.Map;

/** One of the plan's key queries: a label for the pane, the collection it reads, the AQL and its bind values. */
public record ProofQuery(String label, String collection, String aql, Map<String, Object> bindVars) {

    public ProofQuery {
        bindVars = Map.copyOf(bindVars);
    }
}
