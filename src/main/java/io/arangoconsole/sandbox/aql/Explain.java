package io.arangoconsole.sandbox.aql;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.arangoconsole.sandbox.aql.ast.Var;
import io.arangoconsole.sandbox.store.Json;

import java.util.Map;

/** The explain form of a plan: nodes, applied rules, collections, variables and the cost estimate. */
final class Explain {
    private Explain() {
    }

    static ObjectNode plan(CompiledBlock block, Planner planner, boolean modification) {
        ObjectNode plan = Json.object();
        ArrayNode nodes = plan.putArray("nodes");
        block.nodes().forEach(n -> nodes.add(n.toJson()));
        ArrayNode rules = plan.putArray("rules");
        planner.rules.forEach(rules::add);
        ArrayNode collections = plan.putArray("collections");
        for (Map.Entry<String, String> e : planner.access.entrySet()) {
            ObjectNode c = collections.addObject();
            c.put("name", e.getKey());
            c.put("type", e.getValue());
        }
        ArrayNode variables = plan.putArray("variables");
        for (Var v : planner.variables()) {
            ObjectNode o = variables.addObject();
            o.put("id", v.slot());
            o.put("name", v.name());
            o.put("isFullDocumentFromCollection", planner.isFullDocument(v));
        }
        plan.put("estimatedCost", PlanNode.round(block.estimatedCost()));
        plan.put("estimatedNrItems", (long) Math.ceil(block.last().estimatedItems));
        plan.put("isModificationQuery", modification);
        plan.put("asyncPrefetchNodes", 0); // the sandbox runs no node asynchronously
        ExplainDetails.complete(plan);
        return plan;
    }
}
