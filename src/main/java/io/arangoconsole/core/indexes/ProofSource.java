package io.arangoconsole.core.indexes;

import com.fasterxml.jackson.databind.JsonNode;
import io.arangoconsole.core.stats.PlanSummary;
import io.arangoconsole.core.stats.StatsSource;

import java.util.List;
import java.util.Map;

/** The two server calls a proof needs: explain a query, and run it to the last row. Blocking. */
public interface ProofSource {

    /** {@code POST /_api/explain}, summarized. */
    PlanSummary explain(String query, Map<String, Object> bindVars);

    /** Runs the query and returns all its rows. */
    List<JsonNode> query(String query, Map<String, Object> bindVars);

    /** A proof source over the stats source of the same database (the driver-backed one in production). */
    static ProofSource of(StatsSource stats) {
        return new ProofSource() {
            @Override
            public PlanSummary explain(String query, Map<String, Object> bindVars) {
                return stats.explain(query, bindVars);
            }

            @Override
            public List<JsonNode> query(String query, Map<String, Object> bindVars) {
                return stats.query(query, bindVars);
            }
        };
    }
}
