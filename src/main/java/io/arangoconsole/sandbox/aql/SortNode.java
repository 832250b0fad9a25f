package io.arangoconsole.sandbox.aql;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.arangoconsole.sandbox.aql.ast.Var;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;

/** SORT: drains its input and sorts it stably in ArangoDB's type order, key by key. */
final class SortNode extends PlanNode {
    final List<Var> keys;
    final boolean[] ascending;

    SortNode(List<Var> keys, boolean[] ascending) {
        this.keys = keys;
        this.ascending = ascending;
    }

    @Override
    String type() {
        return "SortNode";
    }

    @Override
    Iterator<JsonNode[]> rows(QueryContext ctx, JsonNode[] start) {
        Iterator<JsonNode[]> input = dependency.rows(ctx, start);
        return new RowIter() {
            Iterator<JsonNode[]> sorted;

            @Override
            JsonNode[] compute() {
                if (sorted == null) {
                    List<JsonNode[]> all = new ArrayList<>();
                    while (input.hasNext()) {
                        all.add(input.next());
                    }
                    all.sort(comparator());
                    sorted = all.iterator();
                }
                if (!sorted.hasNext()) {
                    return null;
                }
                ctx.checkAlive();
                produced++;
                return sorted.next();
            }
        };
    }

    private Comparator<JsonNode[]> comparator() {
        int[] slots = keys.stream().mapToInt(Var::slot).toArray();
        return (a, b) -> {
            for (int i = 0; i < slots.length; i++) {
                int c = Values.compare(a[slots[i]], b[slots[i]]);
                if (c != 0) {
                    return ascending[i] ? c : -c;
                }
            }
            return 0;
        };
    }

    @Override
    void estimate() {
        double n = depItems();
        estimatedItems = n;
        estimatedCost = depCost() + (n > 1 ? n * Math.log(n) / Math.log(2) : 1);
    }

    @Override
    void describe(ObjectNode o) {
        ArrayNode elements = o.putArray("elements");
        for (int i = 0; i < keys.size(); i++) {
            ObjectNode e = elements.addObject();
            e.set("inVariable", varRef(keys.get(i)));
            e.put("ascending", ascending[i]);
        }
        o.put("stable", false);
        o.put("limit", 0);
        o.put("strategy", "standard");
    }
}
