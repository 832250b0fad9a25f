package io.arangoconsole.core.insight;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds, for each full collection scan of a plan, the attributes the query compares and sorts by. It reads the
 * plan's filter and sort nodes and the calculations feeding them, so it works on any query the server explains,
 * whatever the collections and attributes are called. Attributes the server could never serve from a persistent
 * index (inside a function call, a negation, {@code !=}) are left out; those only reachable under an OR are listed
 * apart, since an index on them alone does not spare the scan.
 */
final class ScanAnalysis {
    private static final Set<String> RANGE = Set.of("compare <", "compare <=", "compare >", "compare >=");
    private static final Set<String> PRIMARY = Set.of("_key", "_id");

    private final Map<Integer, JsonNode> calculations;

    /** @param calculations every calculation node's expression by its out-variable id, subqueries included */
    ScanAnalysis(Map<Integer, JsonNode> calculations) {
        this.calculations = calculations;
    }

    /** The scans of one node list (a plan's top level or a subquery's), in order. */
    List<ScanAccess> scans(JsonNode nodes) {
        List<ScanAccess> out = new ArrayList<>();
        for (JsonNode node : nodes) {
            if (node.path("type").asText().equals("EnumerateCollectionNode")) {
                out.add(scan(node, nodes));
            }
        }
        return out;
    }

    private ScanAccess scan(JsonNode scan, JsonNode nodes) {
        int varId = scan.path("outVariable").path("id").asInt(-1);
        String varName = scan.path("outVariable").path("name").asText();
        Set<String> equality = new LinkedHashSet<>();
        Set<String> range = new LinkedHashSet<>();
        Set<String> orOnly = new LinkedHashSet<>();
        List<String> sort = new ArrayList<>();
        long limit = -1;
        if (scan.has("filter")) {
            // real servers move filters into the scan (move-filters-into-enumerate)
            conditions(scan.path("filter"), varId, varName, equality, range, orOnly);
        }
        for (JsonNode node : nodes) {
            String type = node.path("type").asText();
            if (type.equals("FilterNode")) {
                JsonNode e = calculations.get(node.path("inVariable").path("id").asInt(-1));
                if (e != null && AqlExpressions.mentions(e, varId, varName)) {
                    conditions(e, varId, varName, equality, range, orOnly);
                }
            } else if (type.equals("SortNode") && sort.isEmpty()) {
                sort = sortAttributes(node, varId, varName);
            } else if (type.equals("LimitNode") && !sort.isEmpty() && limit < 0) {
                limit = node.path("offset").asLong(0) + node.path("limit").asLong(0);
            }
        }
        equality.removeAll(PRIMARY);
        range.removeAll(PRIMARY);
        range.removeAll(equality);
        orOnly.removeAll(equality);
        orOnly.removeAll(range);
        return new ScanAccess(scan.path("collection").asText(), scan.path("id").asInt(),
                Math.round(scan.path("estimatedNrItems").asDouble()), List.copyOf(equality), List.copyOf(range),
                sort.stream().filter(a -> !PRIMARY.contains(a)).toList(), List.copyOf(orOnly), limit);
    }

    private void conditions(JsonNode e, int varId, String varName, Set<String> equality, Set<String> range,
                            Set<String> orOnly) {
        if (AqlExpressions.isAnd(e)) {
            e.path("subNodes").forEach(s -> conditions(s, varId, varName, equality, range, orOnly));
            return;
        }
        if (AqlExpressions.isOr(e)) {
            collectAttributes(e, varId, varName, orOnly);
            return;
        }
        String type = e.path("type").asText();
        if (!type.equals("compare ==") && !type.equals("compare in") && !RANGE.contains(type)) {
            return;
        }
        JsonNode left = e.path("subNodes").path(0);
        JsonNode right = e.path("subNodes").path(1);
        String attribute = AqlExpressions.attributeOf(left, varId, varName);
        JsonNode other = right;
        if (attribute == null && !type.equals("compare in")) {
            attribute = AqlExpressions.attributeOf(right, varId, varName);
            other = left;
        }
        // d.a == d.b compares the document with itself: no index lookup can serve it
        if (attribute == null || AqlExpressions.mentions(other, varId, varName)) {
            return;
        }
        (RANGE.contains(type) ? range : equality).add(attribute);
    }

    private static void collectAttributes(JsonNode e, int varId, String varName, Set<String> out) {
        String attribute = AqlExpressions.attributeOf(e, varId, varName);
        if (attribute != null) {
            out.add(attribute);
            return;
        }
        e.path("subNodes").forEach(s -> collectAttributes(s, varId, varName, out));
    }

    private List<String> sortAttributes(JsonNode sortNode, int varId, String varName) {
        List<String> out = new ArrayList<>();
        for (JsonNode element : sortNode.path("elements")) {
            JsonNode e = calculations.get(element.path("inVariable").path("id").asInt(-1));
            String attribute = e == null ? null : AqlExpressions.attributeOf(e, varId, varName);
            if (attribute == null) {
                return List.of(); // a sort on a computed value: an index serves none of it
            }
            out.add(attribute);
        }
        return out;
    }
}
