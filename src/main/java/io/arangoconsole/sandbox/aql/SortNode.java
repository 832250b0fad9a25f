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
    /** When a LIMIT follows: only the first {@code limit} rows are kept (a bounded heap), as ArangoDB's sort-limit. */
    long limit;

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
        Iterator<JsonNode[]> input = dependency.open(ctx, start);
        return new RowIter() {
            Iterator<JsonNode[]> sorted;

            @Override
            JsonNode[] compute() {
                if (sorted == null) {
                    sorted = limit > 0 && limit < Integer.MAX_VALUE ? topRows(input, ctx) : allRows(input, ctx);
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

    private Iterator<JsonNode[]> allRows(Iterator<JsonNode[]> input, QueryContext ctx) {
        List<JsonNode[]> all = new ArrayList<>();
        while (input.hasNext()) {
            JsonNode[] row = input.next();
            ctx.allocate(Memory.ofRow(row), this);
            all.add(row);
        }
        all.sort(comparator());
        return all.iterator();
    }

    /** Keeps the best {@code limit} rows only; ties keep arrival order so the result equals a stable sort's. */
    private Iterator<JsonNode[]> topRows(Iterator<JsonNode[]> input, QueryContext ctx) {
        record Seq(JsonNode[] row, long n) {
        }
        Comparator<JsonNode[]> byKeys = comparator();
        Comparator<Seq> order = (a, b) -> {
            int c = byKeys.compare(a.row(), b.row());
            return c != 0 ? c : Long.compare(a.n(), b.n());
        };
        java.util.PriorityQueue<Seq> worstFirst = new java.util.PriorityQueue<>(order.reversed());
        long n = 0;
        while (input.hasNext()) {
            Seq s = new Seq(input.next(), n++);
            if (worstFirst.size() < limit) {
                ctx.allocate(Memory.ofRow(s.row()), this);
                worstFirst.add(s);
            } else if (order.compare(s, worstFirst.peek()) < 0) {
                worstFirst.poll();
                worstFirst.add(s);
            }
        }
        List<Seq> kept = new ArrayList<>(worstFirst);
        kept.sort(order);
        return kept.stream().map(Seq::row).iterator();
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
        o.put("limit", limit);
        o.put("strategy", limit > 0 ? "constrained-heap" : "standard");
    }
}
