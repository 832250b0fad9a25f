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
            add(node::get, types, indexes);
        }
        Double cost = plan.getEstimatedCost();
        return new PlanSummary(types, indexes, cost == null ? 0 : cost);
    }

    private static void add(java.util.function.Function<String, Object> node, List<String> types,
                            List<String> indexes) {
        types.add(String.valueOf(node.apply("type")));
        if (node.apply("indexes") instanceof List<?> used) {
            for (Object index : used) {
                if (index instanceof Map<?, ?> m && m.get("name") != null) {
                    indexes.add(String.valueOf(m.get("name")));
                }
            }
        }
        // A scan hidden in a subquery (the plan's LENGTH(FOR doc IN ...) count) must show in the summary too.
        if (node.apply("subquery") instanceof Map<?, ?> sub && sub.get("nodes") instanceof List<?> inner) {
            for (Object child : inner) {
                if (child instanceof Map<?, ?> m) {
                    add(key -> m.get(key), types, indexes);
                }
            }
        }
    }
}
