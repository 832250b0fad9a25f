package io.arangoconsole.sandbox.http;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.arangoconsole.sandbox.store.Json;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code GET /_api/query/rules}: the optimizer rules the sandbox's planner applies (the names explain reports under
 * {@code rules}), with ArangoDB's description and flags for each. ArangoDB lists about 80; the others do not exist
 * here, so they are not listed (docs/decisions/0023).
 */
final class OptimizerRules {
    private static final Map<String, String> RULES = new LinkedHashMap<>();

    static {
        RULES.put("sort-limit", "Make SORT aware of a subsequent LIMIT to enable optimizations internal to the "
                + "SORT node.");
        RULES.put("reduce-extraction-to-projection", "Modify EnumerationCollectionNode and IndexNode that would have "
                + "extracted entire documents to only return a projection of each document.");
        RULES.put("use-indexes", "Use indexes to iterate over collections, replacing EnumerateCollectionNodes with "
                + "IndexNodes.");
        RULES.put("remove-filter-covered-by-index", "Replace or remove FilterNodes if the filter conditions are "
                + "already covered by IndexNodes.");
        RULES.put("use-index-for-sort", "Use indexes to avoid SORT operations, removing SortNodes from the plan.");
        RULES.put("use-index-for-collect-and-projections", "Use an index for a COLLECT whose values the index "
                + "covers (3.12 names it use-index-for-collect).");
    }

    private OptimizerRules() {
    }

    static ArrayNode list() {
        ArrayNode out = Json.NODES.arrayNode();
        RULES.forEach((name, description) -> {
            ObjectNode rule = out.addObject().put("name", name).put("description", description);
            rule.putObject("flags").put("hidden", false).put("clusterOnly", false).put("canBeDisabled", true)
                    .put("canCreateAdditionalPlans", false).put("disabledByDefault", false)
                    .put("enterpriseOnly", false);
        });
        return out;
    }
}
