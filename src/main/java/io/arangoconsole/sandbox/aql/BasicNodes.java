package io.arangoconsole.sandbox.aql;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.arangoconsole.sandbox.aql.ast.Expr;
import io.arangoconsole.sandbox.aql.ast.Var;
import io.arangoconsole.sandbox.store.ApiError;

import java.util.Iterator;

/** The simple row-at-a-time nodes: singleton, list enumeration, calculation, filter, limit, subquery. */
final class BasicNodes {
    private BasicNodes() {
    }

    static final class Singleton extends PlanNode {
        @Override
        String type() {
            return "SingletonNode";
        }

        @Override
        Iterator<JsonNode[]> rows(QueryContext ctx, JsonNode[] start) {
            return java.util.Collections.singletonList(start.clone()).iterator();
        }

        @Override
        void estimate() {
            estimatedCost = 1;
            estimatedItems = 1;
        }
    }

    /** {@code FOR x IN <array expression>}. */
    static final class EnumerateList extends PlanNode {
        final Var in;
        final Var out;
        /** Whether {@code in} holds the bounds of a range ({@code FOR i IN a..b}), enumerated without an array. */
        final boolean range;

        EnumerateList(Var in, Var out) {
            this(in, out, false);
        }

        EnumerateList(Var in, Var out, boolean range) {
            this.in = in;
            this.out = out;
            this.range = range;
        }

        @Override
        String type() {
            return "EnumerateListNode";
        }

        @Override
        Iterator<JsonNode[]> rows(QueryContext ctx, JsonNode[] start) {
            Iterator<JsonNode[]> input = dependency.open(ctx, start);
            return new RowIter() {
                JsonNode[] row;
                Iterator<JsonNode> items;

                @Override
                JsonNode[] compute() {
                    while (items == null || !items.hasNext()) {
                        if (!input.hasNext()) {
                            return null;
                        }
                        row = input.next();
                        JsonNode list = row[in.slot()];
                        if (range) {
                            items = Ranges.iterate(list, ctx);
                            continue;
                        }
                        if (list == null || !list.isArray()) {
                            JsonNode value = Values.orNull(list);
                            throw new ApiError(400, 1563, "collection or array expected as operand to FOR loop;"
                                    + " you specified type '" + Functions.typeName(value) + "' with content '"
                                    + io.arangoconsole.sandbox.store.Json.text(value) + "'");
                        }
                        items = list.iterator();
                    }
                    ctx.checkAlive();
                    JsonNode[] r = row.clone();
                    r[out.slot()] = items.next();
                    produced++;
                    return r;
                }
            };
        }

        @Override
        void estimate() {
            estimatedItems = depItems() * 100;
            estimatedCost = depCost() + estimatedItems;
        }

        @Override
        void describe(ObjectNode o) {
            o.set("inVariable", varRef(in));
            o.set("outVariable", varRef(out));
        }
    }

    static final class Calculation extends PlanNode {
        final Expr expr;
        final Ev ev;
        final Var out;
        /** Subqueries of the expression that run in their own SubqueryNode, shown as their variables. */
        java.util.Map<Expr.Subquery, Var> hoisted = java.util.Map.of();

        Calculation(Expr expr, Ev ev, Var out) {
            this.expr = expr;
            this.ev = ev;
            this.out = out;
        }

        @Override
        String type() {
            return "CalculationNode";
        }

        @Override
        Iterator<JsonNode[]> rows(QueryContext ctx, JsonNode[] start) {
            int slot = out.slot();
            return eachRow(ctx, start, row -> row[slot] = ev.eval(row, ctx));
        }

        @Override
        void estimate() {
            estimatedItems = depItems();
            estimatedCost = depCost() + estimatedItems;
        }

        @Override
        void describe(ObjectNode o) {
            o.set("expression", AstJson.expr(expr, hoisted));
            o.set("outVariable", varRef(out));
            o.put("canThrow", false);
            o.put("expressionType", "simple");
        }
    }

    static final class Filter extends PlanNode {
        final Var in;

        Filter(Var in) {
            this.in = in;
        }

        @Override
        String type() {
            return "FilterNode";
        }

        @Override
        Iterator<JsonNode[]> rows(QueryContext ctx, JsonNode[] start) {
            Iterator<JsonNode[]> input = dependency.open(ctx, start);
            int slot = in.slot();
            return new RowIter() {
                @Override
                JsonNode[] compute() {
                    while (input.hasNext()) {
                        JsonNode[] row = input.next();
                        if (Values.truthy(row[slot])) {
                            produced++;
                            return row;
                        }
                        ctx.filtered++;
                    }
                    return null;
                }
            };
        }

        @Override
        void estimate() {
            estimatedItems = depItems();
            estimatedCost = depCost() + depItems();
        }

        @Override
        void describe(ObjectNode o) {
            o.set("inVariable", varRef(in));
        }
    }

    static final class Limit extends PlanNode {
        final long offset;
        final long count;
        boolean fullCount;

        Limit(long offset, long count) {
            this.offset = offset;
            this.count = count;
        }

        @Override
        String type() {
            return "LimitNode";
        }

        @Override
        Iterator<JsonNode[]> rows(QueryContext ctx, JsonNode[] start) {
            Iterator<JsonNode[]> input = dependency.open(ctx, start);
            return new RowIter() {
                long seen;

                @Override
                JsonNode[] compute() {
                    while (seen < offset && input.hasNext()) {
                        input.next();
                        seen++;
                    }
                    if (seen >= offset + count) {
                        if (fullCount) {
                            while (input.hasNext()) {
                                input.next();
                                seen++;
                            }
                            ctx.fullCount = seen;
                        }
                        return null;
                    }
                    if (!input.hasNext()) {
                        if (fullCount) {
                            ctx.fullCount = seen;
                        }
                        return null;
                    }
                    seen++;
                    produced++;
                    return input.next();
                }
            };
        }

        @Override
        void estimate() {
            estimatedItems = Math.min(count, Math.max(0, depItems() - offset));
            estimatedCost = depCost() + estimatedItems;
        }

        @Override
        void describe(ObjectNode o) {
            o.put("offset", offset);
            o.put("limit", count);
            o.put("fullCount", fullCount);
        }
    }

    /** Runs a subquery once per row and stores the array of what it returned. */
    static final class Subquery extends PlanNode {
        final CompiledBlock body;
        final Var out;

        Subquery(CompiledBlock body, Var out) {
            this.body = body;
            this.out = out;
        }

        @Override
        String type() {
            return "SubqueryNode";
        }

        @Override
        Iterator<JsonNode[]> rows(QueryContext ctx, JsonNode[] start) {
            int slot = out.slot();
            long[] held = {0};
            return eachRow(ctx, start, row -> {
                // the previous row's result has been passed on; a buffering node downstream counts its own copy
                ctx.release(held[0]);
                held[0] = 0;
                ArrayNode result = Values.array();
                Iterator<JsonNode> it = body.results(ctx, row);
                while (it.hasNext()) {
                    JsonNode item = it.next();
                    long size = Memory.ofItem(item);
                    ctx.allocate(size, this);
                    held[0] += size;
                    result.add(item);
                }
                row[slot] = result;
            });
        }

        @Override
        void estimate() {
            estimatedItems = depItems();
            estimatedCost = depCost() + depItems() * body.estimatedCost();
        }

        @Override
        void describe(ObjectNode o) {
            ObjectNode sub = o.putObject("subquery");
            ArrayNode nodes = sub.putArray("nodes");
            body.nodes().forEach(n -> nodes.add(n.toJson()));
            o.set("outVariable", varRef(out));
            o.put("isConst", false);
        }
    }
}
