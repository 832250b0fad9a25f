package io.arangoconsole.sandbox.aql;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.arangoconsole.sandbox.store.Json;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Completes an explained plan with the attributes ArangoDB 3.12 gives it that the nodes do not describe themselves,
 * each with the value that is true of the sandbox: {@code bindParameterVariables} on the singleton, no satellites,
 * no late materialization, ArangoDB's default {@code maxProjections}, {@code isFullDocumentFromCollection} on every
 * variable a node names, {@code constantValue} on constant variables, and the verbose expression form ({@code typeID},
 * {@code vTypeID}, constant arrays as {@code raw}). Kept apart from the nodes so the optimizer code stays about plans;
 * checked against ArangoDB's recorded answers by {@code RecordedExamplesReplayTest}.
 */
final class ExplainDetails {
    /** AstNodeType numbers; 25, 35, 40, 41, 45, 47, 49, 62 and 63 as ArangoDB 3.12.10's recorded answers show. */
    private static final Map<String, Integer> TYPE_IDS = new HashMap<>();
    private static final Set<String> COLLECTION_NODES = Set.of("EnumerateCollectionNode", "IndexNode");

    static {
        String[] names = {"root", "for", "let", "filter", "return", "remove", "insert", "update", "replace",
            "collect", "sort", "sort element", "limit", "variable", "assign", "unary plus", "unary minus",
            "unary not", "logical and", "logical or", "plus", "minus", "times", "division", "modulus",
            "compare ==", "compare !=", "compare <", "compare <=", "compare >", "compare >=", "compare in",
            "compare not in", "ternary", "subquery", "attribute access", "bound attribute access", "indexed access",
            "expansion", "iterator", "value", "array", "object", "object element", "collection", "reference",
            "parameter", "function call", "user function call", "range", "no-op"};
        for (int i = 0; i < names.length; i++) {
            TYPE_IDS.put(names[i], i);
        }
        TYPE_IDS.put("n-ary and", 62);
        TYPE_IDS.put("n-ary or", 63);
    }

    private ExplainDetails() {
    }

    static void complete(ObjectNode plan) {
        Map<Integer, Boolean> fullDocument = new HashMap<>();
        Map<Integer, JsonNode> constants = new HashMap<>();
        for (JsonNode v : plan.path("variables")) {
            fullDocument.put(v.path("id").asInt(), v.path("isFullDocumentFromCollection").asBoolean(false));
        }
        for (JsonNode n : plan.path("nodes")) {
            ObjectNode node = (ObjectNode) n;
            String type = node.path("type").asText();
            if (type.equals("SingletonNode")) {
                node.putObject("bindParameterVariables");
            }
            if (COLLECTION_NODES.contains(type)) {
                node.remove("database"); // not part of a 3.12 plan
                node.put("isSatellite", false);
                node.putNull("isSatelliteOf");
                node.put("satellite", false);
                if (!node.has("maxProjections")) {
                    node.put("maxProjections", 5);
                }
            }
            if (type.equals("IndexNode")) {
                node.remove("reverse"); // 3.12 says it with "ascending"
                boolean covers = node.path("indexCoversProjections").asBoolean(false);
                node.put("allCoveredByOneIndex", false).put("count", false)
                        .put("indexCoversFilterProjections", false).put("indexCoversOutProjections", covers)
                        .put("isLateMaterialized", false).put("needsGatherNodeSort", false);
            }
            for (String f : new String[]{"inVariable", "outVariable"}) {
                if (node.get(f) instanceof ObjectNode var && !var.has("isFullDocumentFromCollection")) {
                    var.put("isFullDocumentFromCollection", fullDocument.getOrDefault(var.path("id").asInt(), false));
                }
            }
            for (String f : new String[]{"expression", "condition"}) {
                if (node.get(f) instanceof ObjectNode expr) {
                    node.set(f, verbose(expr, type.equals("IndexNode")));
                }
            }
            if (type.equals("CalculationNode") && isConstant(node.path("expression"))) {
                constants.put(node.path("outVariable").path("id").asInt(), valueOf(node.path("expression")));
            }
        }
        for (JsonNode v : plan.path("variables")) {
            JsonNode constant = constants.get(v.path("id").asInt());
            if (constant != null) {
                ((ObjectNode) v).set("constantValue", constant);
            }
        }
    }

    /** The expression as ArangoDB's verbose form: type ids, value type ids, constant arrays as {@code raw}. */
    private static ObjectNode verbose(ObjectNode expr, boolean indexCondition) {
        String type = expr.path("type").asText();
        if (type.equals("array") && isConstant(expr)) {
            ObjectNode raw = Json.object().put("type", "array").put("typeID", TYPE_IDS.get("array"));
            raw.set("raw", valueOf(expr));
            return raw;
        }
        ObjectNode out = Json.object();
        out.put("type", type);
        Integer id = TYPE_IDS.get(type);
        if (id != null) {
            out.put("typeID", id);
        }
        expr.fields().forEachRemaining(e -> {
            if (!e.getKey().equals("type") && !e.getKey().equals("subNodes")) {
                out.set(e.getKey(), e.getValue());
            }
        });
        if (type.equals("value")) {
            out.put("vTypeID", valueTypeId(expr.path("value")));
        }
        if (indexCondition && (type.equals("compare ==") || type.equals("compare !=") || type.equals("compare in"))
                && !out.has("excludesNull")) {
            out.put("excludesNull", false);
        }
        if (expr.has("subNodes")) {
            ArrayNode subs = out.putArray("subNodes");
            expr.get("subNodes").forEach(s -> subs.add(s instanceof ObjectNode o ? verbose(o, indexCondition) : s));
        }
        return out;
    }

    private static int valueTypeId(JsonNode v) {
        if (v.isNull()) {
            return 0;
        }
        if (v.isBoolean()) {
            return 1;
        }
        if (v.isIntegralNumber()) {
            return 2;
        }
        return v.isNumber() ? 3 : 4;
    }

    private static boolean isConstant(JsonNode expr) {
        String type = expr.path("type").asText();
        if (type.equals("value")) {
            return true;
        }
        if (!type.equals("array")) {
            return false;
        }
        for (JsonNode s : expr.path("subNodes")) {
            if (!isConstant(s)) {
                return false;
            }
        }
        return true;
    }

    private static JsonNode valueOf(JsonNode expr) {
        if (expr.has("raw")) {
            return expr.get("raw");
        }
        if (expr.path("type").asText().equals("value")) {
            return expr.get("value");
        }
        ArrayNode out = Json.NODES.arrayNode();
        expr.path("subNodes").forEach(s -> out.add(valueOf(s)));
        return out;
    }
}
