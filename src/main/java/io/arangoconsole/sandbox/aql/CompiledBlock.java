package io.arangoconsole.sandbox.aql;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.arangoconsole.sandbox.aql.ast.Var;

import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.TreeSet;

/** A planned query or subquery: its nodes from singleton to the last one, and what it returns. */
record CompiledBlock(List<PlanNode> nodes, ReturnNode returnNode) {

    PlanNode last() {
        return nodes.get(nodes.size() - 1);
    }

    double estimatedCost() {
        return last().estimatedCost;
    }

    /** The values the block returns, pulled lazily; a block without RETURN runs fully and returns nothing. */
    Iterator<JsonNode> results(QueryContext ctx, JsonNode[] start) {
        Iterator<JsonNode[]> rows = last().open(ctx, start);
        if (returnNode == null) {
            return new Iterator<>() {
                boolean drained;

                @Override
                public boolean hasNext() {
                    if (!drained) {
                        drained = true;
                        while (rows.hasNext()) {
                            rows.next();
                        }
                    }
                    return false;
                }

                @Override
                public JsonNode next() {
                    hasNext();
                    throw new NoSuchElementException();
                }
            };
        }
        int slot = returnNode.in.slot();
        if (!returnNode.distinct) {
            return new Iterator<>() {
                @Override
                public boolean hasNext() {
                    return rows.hasNext();
                }

                @Override
                public JsonNode next() {
                    return Values.orNull(rows.next()[slot]);
                }
            };
        }
        TreeSet<JsonNode> seen = new TreeSet<>(Values::compare);
        return new Iterator<>() {
            JsonNode next;

            @Override
            public boolean hasNext() {
                while (next == null && rows.hasNext()) {
                    JsonNode v = Values.orNull(rows.next()[slot]);
                    if (seen.add(v)) {
                        ctx.allocate(Memory.ofItem(v) + 32, returnNode);
                        next = v;
                    }
                }
                return next != null;
            }

            @Override
            public JsonNode next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                JsonNode v = next;
                next = null;
                return v;
            }
        };
    }

    /** RETURN: hands the value of its variable to the client (or to the enclosing subquery). */
    static final class ReturnNode extends PlanNode {
        final Var in;
        final boolean distinct;

        ReturnNode(Var in, boolean distinct) {
            this.in = in;
            this.distinct = distinct;
        }

        @Override
        String type() {
            return "ReturnNode";
        }

        @Override
        Iterator<JsonNode[]> rows(QueryContext ctx, JsonNode[] start) {
            return counted(dependency.open(ctx, start));
        }

        @Override
        void estimate() {
            estimatedItems = depItems();
            estimatedCost = depCost() + depItems();
        }

        @Override
        void describe(ObjectNode o) {
            o.set("inVariable", varRef(in));
            o.put("count", true);
        }
    }
}
