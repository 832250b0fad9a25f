package io.arangoconsole.core.arango;

import com.arangodb.entity.AqlQueryExplainEntity;
import io.arangoconsole.core.stats.PlanSummary;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Turns the driver's generic explain nodes into a {@link PlanSummary}. */
final class Plans {
    private Plans() {
    }

    static PlanSummary summarize(AqlQueryExplainEntity.ExecutionPlan plan) {
        List<String> types = new ArrayList<>();
        List<String> indexes = new ArrayList<>();
        for (AqlQueryExplainEntity.ExecutionNode node : plan.getNodes()) {
            types.add(String.valueOf(node.get("type")));
            if (node.get("indexes") instanceof List<?> used) {
                for (Object index : used) {
                    if (index instanceof Map<?, ?> m && m.get("name") != null) {
                        indexes.add(String.valueOf(m.get("name")));
                    }
                }
            }
        }
        Double cost = plan.getEstimatedCost();
        return new PlanSummary(types, indexes, cost == null ? 0 : cost);
    }
}
