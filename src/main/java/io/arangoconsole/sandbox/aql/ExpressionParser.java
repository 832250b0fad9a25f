package io.arangoconsole.sandbox.aql;

import io.arangoconsole.sandbox.aql.ast.Block;
import io.arangoconsole.sandbox.aql.ast.Expr;
import io.arangoconsole.sandbox.aql.ast.Var;
import io.arangoconsole.sandbox.store.Json;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;

/**
 * Recursive descent over AQL expressions with ArangoDB's precedence, lowest first: ternary, OR, AND,
 * {@code == != LIKE}, {@code IN / NOT IN}, {@code < > <= >=}, range {@code ..}, {@code + -}, {@code * / %}, unary.
 */
abstract class ExpressionParser extends ParserBase {

    ExpressionParser(String query) {
        super(query);
    }

    /** A subquery body; implemented by the statement parser. */
    abstract Block block(boolean subquery);

    Expr expression() {
        Expr condition = or();
        if (accept("?")) {
            Expr then = null;
            if (!peek().is(":")) {
                then = expression();
            }
            expect(":", ":");
            Expr otherwise = expression();
            return new Expr.Ternary(condition, then, otherwise);
        }
        return condition;
    }

    private Expr or() {
        Expr left = and();
        while (peek().is("||") || peek().isKeyword("OR")) {
            next();
            left = new Expr.Binary("||", left, and());
        }
        return left;
    }

    private Expr and() {
        Expr left = equality();
        while (peek().is("&&") || peek().isKeyword("AND")) {
            next();
            left = new Expr.Binary("&&", left, equality());
        }
        return left;
    }

    private Expr equality() {
        Expr left = in();
        while (true) {
            Token t = peek();
            if (t.is("==") || t.is("!=")) {
                next();
                left = new Expr.Binary(t.text(), left, in());
            } else if (t.isKeyword("LIKE")) {
                next();
                left = new Expr.Binary("LIKE", left, in());
            } else if (t.isKeyword("NOT") && peek(1).isKeyword("LIKE")) {
                next();
                next();
                left = new Expr.Unary("!", new Expr.Binary("LIKE", left, in()));
            } else if (t.is("=~") || t.is("!~")) {
                throw unsupported(t, "the regular expression operator " + t.text());
            } else {
                return left;
            }
        }
    }

    private Expr in() {
        Expr left = relational();
        while (true) {
            Token t = peek();
            if (t.isKeyword("IN")) {
                next();
                left = new Expr.Binary("IN", left, relational());
            } else if (t.isKeyword("NOT") && peek(1).isKeyword("IN")) {
                next();
                next();
                left = new Expr.Binary("NOT IN", left, relational());
            } else {
                return left;
            }
        }
    }

    private Expr relational() {
        Expr left = range();
        while (peek().is("<") || peek().is(">") || peek().is("<=") || peek().is(">=")) {
            String op = next().text();
            left = new Expr.Binary(op, left, range());
        }
        return left;
    }

    private Expr range() {
        Expr left = additive();
        if (accept("..")) {
            left = new Expr.Binary("..", left, additive());
        }
        return left;
    }

    private Expr additive() {
        Expr left = multiplicative();
        while (peek().is("+") || peek().is("-")) {
            String op = next().text();
            left = new Expr.Binary(op, left, multiplicative());
        }
        return left;
    }

    private Expr multiplicative() {
        Expr left = unary();
        while (peek().is("*") || peek().is("/") || peek().is("%")) {
            String op = next().text();
            left = new Expr.Binary(op, left, unary());
        }
        return left;
    }

    private Expr unary() {
        Token t = peek();
        if (t.is("-") || t.is("+")) {
            next();
            Expr operand = unary();
            if (operand instanceof Expr.Literal l && l.value().isNumber() && t.is("-")) {
                return new Expr.Literal(l.value().isIntegralNumber() && l.value().canConvertToLong()
                        ? Json.NODES.numberNode(-l.value().longValue()) : Json.NODES.numberNode(-l.value().doubleValue()));
            }
            return new Expr.Unary(t.text(), operand);
        }
        if (t.is("!") || t.isKeyword("NOT")) {
            next();
            return new Expr.Unary("!", unary());
        }
        return postfix(primary());
    }

    private Expr postfix(Expr base) {
        while (true) {
            Token t = peek();
            if (t.is(".")) {
                next();
                Token name = next();
                if (name.kind() == Token.Kind.IDENT || name.kind() == Token.Kind.KEYWORD) {
                    base = new Expr.Attr(base, (String) name.value());
                } else if (name.kind() == Token.Kind.STRING) {
                    base = new Expr.Attr(base, (String) name.value());
                } else if (name.kind() == Token.Kind.PARAM) {
                    params.add((String) name.value());
                    base = new Expr.Index(base, new Expr.Param((String) name.value()));
                } else {
                    throw unexpected(name);
                }
            } else if (t.is("[")) {
                next();
                if (peek().is("*") || peek().is("**")) {
                    throw unsupported(peek(), "the array expansion operator [*]");
                }
                if (peek().is("?") || peek().isKeyword("FILTER")) {
                    throw unsupported(peek(), "inline array filtering");
                }
                Expr index = expression();
                expect("]", "]");
                base = new Expr.Index(base, index);
            } else {
                return base;
            }
        }
    }

    private Expr primary() {
        Token t = peek();
        switch (t.kind()) {
            case INT:
            case DOUBLE:
                next();
                return new Expr.Literal(t.kind() == Token.Kind.INT ? Json.NODES.numberNode((Long) t.value())
                        : Values.number((Double) t.value()));
            case STRING:
                next();
                return new Expr.Literal(Json.NODES.textNode((String) t.value()));
            case PARAM:
                next();
                params.add((String) t.value());
                return new Expr.Param((String) t.value());
            case DS_PARAM:
                next();
                params.add((String) t.value());
                return new Expr.CollectionParam((String) t.value());
            case IDENT:
                return identifierExpression();
            case KEYWORD:
                return keywordExpression(t);
            default:
                break;
        }
        if (t.is("(")) {
            next();
            Expr inner;
            if (startsOperation(peek())) {
                scopes.push(new HashMap<>());
                Block body = block(true);
                scopes.pop();
                inner = new Expr.Subquery(body);
            } else {
                inner = expression();
            }
            expect(")", ")");
            return inner;
        }
        if (t.is("[")) {
            next();
            List<Expr> items = new ArrayList<>();
            while (!peek().is("]")) {
                items.add(expression());
                if (!accept(",")) {
                    break;
                }
            }
            expect("]", "]");
            return new Expr.ArrayLit(items);
        }
        if (t.is("{")) {
            return object();
        }
        throw unexpected(t);
    }

    static boolean startsOperation(Token t) {
        return t.isKeyword("FOR") || t.isKeyword("LET") || t.isKeyword("RETURN") || t.isKeyword("INSERT")
                || t.isKeyword("UPDATE") || t.isKeyword("REPLACE") || t.isKeyword("REMOVE") || t.isKeyword("UPSERT")
                || t.isKeyword("COLLECT") || t.isKeyword("FILTER") || t.isKeyword("SORT") || t.isKeyword("LIMIT")
                || t.isKeyword("WITH");
    }

    private Expr keywordExpression(Token t) {
        String k = t.text().toUpperCase(Locale.ROOT);
        switch (k) {
            case "NULL":
                next();
                return new Expr.Literal(Json.NODES.nullNode());
            case "TRUE":
            case "FALSE":
                next();
                return new Expr.Literal(Json.NODES.booleanNode(k.equals("TRUE")));
            case "OUTBOUND":
            case "INBOUND":
            case "ANY":
            case "ALL":
            case "NONE":
                throw unsupported(t, k + " (graph traversals and array comparison operators)");
            case "SHORTEST_PATH":
            case "K_SHORTEST_PATHS":
            case "K_PATHS":
            case "ALL_SHORTEST_PATHS":
            case "GRAPH":
                throw unsupported(t, k + " (graph traversals)");
            default:
                throw unexpected(t);
        }
    }

    private Expr identifierExpression() {
        Token t = next();
        String name = (String) t.value();
        if (peek().is("::")) {
            StringBuilder full = new StringBuilder(name);
            while (accept("::")) {
                full.append("::").append(identifier());
            }
            name = full.toString();
        }
        if (peek().is("(") && !t.text().startsWith("`")) {
            next();
            List<Expr> args = new ArrayList<>();
            while (!peek().is(")")) {
                if (startsOperation(peek())) {
                    scopes.push(new HashMap<>());
                    Block body = block(true);
                    scopes.pop();
                    args.add(new Expr.Subquery(body));
                } else {
                    args.add(expression());
                }
                if (!accept(",")) {
                    break;
                }
            }
            expect(")", ")");
            return new Expr.Call(name.toUpperCase(Locale.ROOT), args, t.offset());
        }
        Var v = lookup(name);
        if (v != null) {
            return new Expr.Ref(v);
        }
        collections.add(name);
        return new Expr.CollectionName(name);
    }

    private Expr object() {
        expect("{", "{");
        List<Expr.ObjectLit.Entry> entries = new ArrayList<>();
        while (!peek().is("}")) {
            Token k = peek();
            if (k.is("[")) {
                next();
                Expr keyExpr = expression();
                expect("]", "]");
                expect(":", ":");
                entries.add(new Expr.ObjectLit.Entry(null, keyExpr, expression()));
            } else if (k.kind() == Token.Kind.PARAM) {
                next();
                params.add((String) k.value());
                expect(":", ":");
                entries.add(new Expr.ObjectLit.Entry(null, new Expr.Param((String) k.value()), expression()));
            } else if (k.kind() == Token.Kind.IDENT || k.kind() == Token.Kind.KEYWORD
                    || k.kind() == Token.Kind.STRING) {
                next();
                String key = (String) k.value();
                if (accept(":")) {
                    entries.add(new Expr.ObjectLit.Entry(key, null, expression()));
                } else if (k.kind() == Token.Kind.IDENT) {
                    Var v = lookup(key);
                    if (v == null) {
                        throw new io.arangoconsole.sandbox.store.ApiError(400, 1512, "unknown variable '" + key + "'");
                    }
                    entries.add(new Expr.ObjectLit.Entry(key, null, new Expr.Ref(v)));
                } else {
                    throw unexpected(peek(), ":");
                }
            } else {
                throw unexpected(k);
            }
            if (!accept(",")) {
                break;
            }
        }
        expect("}", "}");
        return new Expr.ObjectLit(entries);
    }
}
