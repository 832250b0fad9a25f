package io.arangoconsole.sandbox.aql.ast;

import java.util.List;

/** One AQL operation (FOR, FILTER, LET, SORT, LIMIT, COLLECT, RETURN, or a write). */
public sealed interface Op {

    /**
     * {@code FOR var IN source [OPTIONS {...}]}; source is an expression, a {@link Expr.CollectionName} or a collection
     * param; {@code options} is null without OPTIONS.
     */
    record For(Var var, Expr source, Expr options) implements Op {
        public For(Var var, Expr source) {
            this(var, source, null);
        }
    }

    record Filter(Expr condition) implements Op {
    }

    record Let(Var var, Expr value) implements Op {
    }

    record Sort(List<SortKey> keys) implements Op {
        public record SortKey(Expr expr, boolean ascending) {
        }
    }

    /** {@code LIMIT [offset,] count}. */
    record Limit(Expr offset, Expr count) implements Op {
    }

    /**
     * {@code COLLECT groups [AGGREGATE aggregates] [INTO into [= intoExpr]] [WITH COUNT INTO countVar]};
     * {@code visible} are the user variables in scope before the COLLECT (what INTO captures).
     */
    record Collect(List<Assign> groups, List<Assign> aggregates, Var into, Expr intoExpr, Var countVar,
                   List<Var> visible) implements Op {
    }

    record Assign(Var var, Expr value) implements Op {
    }

    record Return(Expr value, boolean distinct) implements Op {
    }

    /**
     * INSERT / UPDATE / REPLACE / REMOVE / UPSERT. {@code doc} is the key or document (UPSERT: the search),
     * {@code with} the patch (INSERT: unused; UPSERT: the UPDATE/REPLACE expression), {@code insert} the UPSERT
     * insert expression; {@code replace} tells UPSERT ... REPLACE from UPSERT ... UPDATE.
     */
    record Write(String kind, Expr doc, Expr with, Expr insert, boolean replace, Expr collection, Expr options,
                 Var oldVar, Var newVar) implements Op {
    }
}
