package io.arangoconsole.sandbox.aql;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.arangoconsole.sandbox.aql.ast.Var;
import io.arangoconsole.sandbox.store.Json;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.TreeMap;

/**
 * COLLECT: groups rows by the values of the group variables (output sorted by them, as ArangoDB's sorted collect),
 * with aggregates, INTO groups and WITH COUNT INTO.
 */
final class CollectNode extends PlanNode {
    /** A group variable and the slot of its value in the input row. */
    record Group(Var out, Var in) {
    }

    /** An aggregate: function name, the input slot of its argument (null for COUNT()), the output variable. */
    record Aggregate(Var out, String function, Var in) {
    }

    final List<Group> groups;
    final List<Aggregate> aggregates;
    final Var into;
    final Var intoValue;
    final List<Var> visible;
    final Var count;

    CollectNode(List<Group> groups, List<Aggregate> aggregates, Var into, Var intoValue, List<Var> visible,
                Var count) {
        this.groups = groups;
        this.aggregates = aggregates;
        this.into = into;
        this.intoValue = intoValue;
        this.visible = visible;
        this.count = count;
    }

    @Override
    String type() {
        return "CollectNode";
    }

    private static final class State {
        ArrayNode key;
        long count;
        ArrayNode into;
        ArrayNode[] values;
    }

    @Override
    Iterator<JsonNode[]> rows(QueryContext ctx, JsonNode[] start) {
        Iterator<JsonNode[]> input = dependency.open(ctx, start);
        return new RowIter() {
            Iterator<State> out;

            @Override
            JsonNode[] compute() {
                if (out == null) {
                    out = group(input, ctx).values().iterator();
                }
                if (!out.hasNext()) {
                    return null;
                }
                produced++;
                return emit(out.next(), start);
            }
        };
    }

    private TreeMap<JsonNode, State> group(Iterator<JsonNode[]> input, QueryContext ctx) {
        TreeMap<JsonNode, State> states = new TreeMap<>(Values::compare);
        while (input.hasNext()) {
            JsonNode[] row = input.next();
            ArrayNode key = Values.array();
            for (Group g : groups) {
                key.add(Values.orNull(row[g.in().slot()]));
            }
            State s = states.get(key);
            if (s == null) {
                s = new State();
                s.key = key;
                s.into = into == null ? null : Values.array();
                s.values = new ArrayNode[aggregates.size()];
                for (int i = 0; i < s.values.length; i++) {
                    s.values[i] = Values.array();
                }
                states.put(key, s);
            }
            s.count++;
            ctx.allocate(Memory.ofItem(key) * (s.count == 1 ? 1 : 0) + 8L * aggregates.size(), this);
            for (int i = 0; i < aggregates.size(); i++) {
                Var in = aggregates.get(i).in();
                if (in != null) {
                    s.values[i].add(Values.orNull(row[in.slot()]));
                } else {
                    s.values[i].add(Values.NULL);
                }
            }
            if (into != null) {
                if (intoValue != null) {
                    JsonNode v = Values.orNull(row[intoValue.slot()]);
                    ctx.allocate(Memory.ofItem(v), this);
                    s.into.add(v);
                } else {
                    ObjectNode o = Json.object();
                    for (Var v : visible) {
                        o.set(v.name(), Values.orNull(row[v.slot()]));
                    }
                    ctx.allocate(Memory.ofItem(o), this);
                    s.into.add(o);
                }
            }
        }
        if (states.isEmpty() && groups.isEmpty()) {
            State s = new State();
            s.key = Values.array();
            s.into = into == null ? null : Values.array();
            s.values = new ArrayNode[aggregates.size()];
            for (int i = 0; i < s.values.length; i++) {
                s.values[i] = Values.array();
            }
            states.put(Values.array(), s);
        }
        return states;
    }

    /** A row with the outer scope's variables (from the block's start row) and what the COLLECT introduces. */
    private JsonNode[] emit(State s, JsonNode[] start) {
        JsonNode[] row = start.clone();
        for (int i = 0; i < groups.size(); i++) {
            row[groups.get(i).out().slot()] = s.key.get(i);
        }
        for (int i = 0; i < aggregates.size(); i++) {
            row[aggregates.get(i).out().slot()] = Aggregates.fold(aggregates.get(i).function(), s.values[i]);
        }
        if (into != null) {
            row[into.slot()] = s.into;
        }
        if (count != null) {
            row[count.slot()] = Values.number(s.count);
        }
        return row;
    }

    @Override
    void estimate() {
        estimatedItems = groups.isEmpty() ? 1 : Math.max(1, depItems() * 0.5);
        estimatedCost = depCost() + depItems();
    }

    @Override
    void describe(ObjectNode o) {
        ArrayNode g = o.putArray("groupVariables");
        for (Group group : groups) {
            ObjectNode e = g.addObject();
            e.set("outVariable", varRef(group.out()));
            e.set("inVariable", varRef(group.in()));
        }
        ArrayNode a = o.putArray("aggregates");
        for (Aggregate agg : aggregates) {
            ObjectNode e = a.addObject();
            e.set("outVariable", varRef(agg.out()));
            if (agg.in() != null) {
                e.set("inVariable", varRef(agg.in()));
            }
            e.put("type", agg.function());
        }
        if (into != null) {
            o.set("outVariable", varRef(into));
        }
        if (count != null) {
            o.set("outVariable", varRef(count));
        }
        o.putObject("collectOptions").put("method", groups.isEmpty() ? "count" : "sorted");
    }
}
