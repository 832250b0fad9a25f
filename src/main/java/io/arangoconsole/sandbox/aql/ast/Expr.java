package io.arangoconsole.sandbox.aql.ast;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;

/** An AQL expression as the parser produced it. */
public sealed interface Expr {

    /** A constant: number, string, bool, null (array and object literals are {@link ArrayLit}/{@link ObjectLit}). */
    record Literal(JsonNode value) implements Expr {
    }

    /** A bind parameter {@code @name}. */
    record Param(String name) implements Expr {
    }

    /** A variable reference. */
    record Ref(Var var) implements Expr {
    }

    /** A bare name that is no variable: a collection (only usable in FOR, LENGTH/COUNT and writes). */
    record CollectionName(String name) implements Expr {
    }

    /** A collection given as {@code @@name}. */
    record CollectionParam(String name) implements Expr {
    }

    /** {@code obj.name}. */
    record Attr(Expr object, String name) implements Expr {
    }

    /** {@code obj[index]}. */
    record Index(Expr object, Expr index) implements Expr {
    }

    /** {@code -e}, {@code +e}, {@code NOT e}. */
    record Unary(String op, Expr operand) implements Expr {
    }

    /** Arithmetic, comparison, logic, IN, NOT IN, LIKE and ranges {@code a..b}. */
    record Binary(String op, Expr left, Expr right) implements Expr {
    }

    /** {@code c ? t : f}; {@code t} is null for {@code c ?: f}. */
    record Ternary(Expr condition, Expr then, Expr otherwise) implements Expr {
    }

    /** A function call; {@code name} is upper case. */
    record Call(String name, List<Expr> args, int offset) implements Expr {
    }

    record ArrayLit(List<Expr> items) implements Expr {
    }

    /** An object literal; an entry has a fixed {@code key} or a computed {@code keyExpr}. */
    record ObjectLit(List<Entry> entries) implements Expr {
        public record Entry(String key, Expr keyExpr, Expr value) {
        }
    }

    /** {@code (FOR ... RETURN ...)} used as a value: the array of what it returns. */
    record Subquery(Block body) implements Expr {
    }
}
