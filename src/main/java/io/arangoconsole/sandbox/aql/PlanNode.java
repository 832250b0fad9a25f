package io.arangoconsole.sandbox.aql;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.arangoconsole.sandbox.aql.ast.Var;
import io.arangoconsole.sandbox.store.Json;

import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.function.Consumer;

/**
 * One execution node: pulls rows (arrays of variable slots) from its dependency and produces rows. The same objects
 * describe themselves for explain, with ArangoDB's node types and cost estimates.
 */
abstract class PlanNode {
    int id;
    PlanNode dependency;
    double estimatedCost;
    double estimatedItems;
    /** Rows produced so far (for profile level 2). */
    long produced;

    abstract String type();

    /** Rows of this node for one start row (the singleton's or a subquery's outer row). */
    abstract Iterator<JsonNode[]> rows(QueryContext ctx, JsonNode[] start);

    /** Wall time spent producing this node's rows, its dependencies' included (profile level 2 only). */
    long runtimeNanos;
    /** How often a row was asked of this node (profile level 2 only). */
    long calls;

    /**
     * {@link #rows}, timed when the query is profiled at level 2: what ArangoDB reports per node as {@code runtime}
     * (including upstream) and {@code fetching} (the upstream part). Unprofiled queries pay nothing.
     */
    final Iterator<JsonNode[]> open(QueryContext ctx, JsonNode[] start) {
        if (!ctx.profileNodes) {
            return rows(ctx, start);
        }
        long t0 = System.nanoTime();
        Iterator<JsonNode[]> inner = rows(ctx, start);
        runtimeNanos += System.nanoTime() - t0;
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                long t = System.nanoTime();
                try {
                    return inner.hasNext();
                } finally {
                    runtimeNanos += System.nanoTime() - t;
                }
            }

            @Override
            public JsonNode[] next() {
                long t = System.nanoTime();
                calls++;
                try {
                    return inner.next();
                } finally {
                    runtimeNanos += System.nanoTime() - t;
                }
            }
        };
    }

    /** Fills cost and item estimates from the dependency's. */
    abstract void estimate();

    /** Adds the node-type specific explain attributes. */
    void describe(ObjectNode out) {
    }

    final ObjectNode toJson() {
        ObjectNode out = Json.object();
        out.put("type", type());
        var deps = out.putArray("dependencies");
        if (dependency != null) {
            deps.add(dependency.id);
        }
        out.put("id", id);
        describe(out);
        out.put("estimatedCost", round(estimatedCost));
        out.put("estimatedNrItems", (long) Math.ceil(estimatedItems));
        return out;
    }

    static double round(double d) {
        return Math.round(d * 100) / 100.0;
    }

    double depCost() {
        return dependency == null ? 0 : dependency.estimatedCost;
    }

    double depItems() {
        return dependency == null ? 1 : dependency.estimatedItems;
    }

    static ObjectNode var(Var v) {
        ObjectNode out = Json.object();
        out.put("id", v.slot());
        out.put("name", v.name());
        out.put("isFullDocumentFromCollection", false);
        return out;
    }

    static ObjectNode varRef(Var v) {
        ObjectNode out = Json.object();
        out.put("id", v.slot());
        out.put("name", v.name());
        return out;
    }

    /**
     * The dependency's rows, each passed to {@code onRow} (which may bind a variable in it or write it) and counted:
     * what every node that does one thing per row and passes the row on does (calculation, subquery, write).
     */
    final Iterator<JsonNode[]> eachRow(QueryContext ctx, JsonNode[] start, Consumer<JsonNode[]> onRow) {
        Iterator<JsonNode[]> input = dependency.open(ctx, start);
        return new RowIter() {
            @Override
            JsonNode[] compute() {
                if (!input.hasNext()) {
                    return null;
                }
                JsonNode[] row = input.next();
                onRow.accept(row);
                produced++;
                return row;
            }
        };
    }

    /** Iterator that computes the next row on demand; {@code null} from {@link #compute()} ends it. */
    abstract static class RowIter implements Iterator<JsonNode[]> {
        private JsonNode[] next;
        private boolean done;

        abstract JsonNode[] compute();

        @Override
        public final boolean hasNext() {
            if (next == null && !done) {
                next = compute();
                done = next == null;
            }
            return next != null;
        }

        @Override
        public final JsonNode[] next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            JsonNode[] out = next;
            next = null;
            return out;
        }
    }

    /** Counts what passes through, for profile stats. */
    final Iterator<JsonNode[]> counted(Iterator<JsonNode[]> in) {
        return new RowIter() {
            @Override
            JsonNode[] compute() {
                if (!in.hasNext()) {
                    return null;
                }
                produced++;
                return in.next();
            }
        };
    }
}
