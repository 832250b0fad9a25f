package io.arangoconsole.sandbox.aql;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.arangoconsole.sandbox.aql.ast.Block;
import io.arangoconsole.sandbox.aql.ast.Expr;
import io.arangoconsole.sandbox.aql.ast.Op;
import io.arangoconsole.sandbox.aql.ast.Var;
import io.arangoconsole.sandbox.store.Json;

import java.util.Map;

/** Renders AST as ArangoDB's explain and parse answers do: {@code {type, name|value, subNodes:[...]}}. */
final class AstJson {
    private static final Map<String, String> BINARY = Map.ofEntries(Map.entry("==", "compare =="),
            Map.entry("!=", "compare !="), Map.entry("<", "compare <"), Map.entry("<=", "compare <="),
            Map.entry(">", "compare >"), Map.entry(">=", "compare >="), Map.entry("IN", "compare in"),
            Map.entry("NOT IN", "compare not in"), Map.entry("&&", "logical and"), Map.entry("||", "logical or"),
            Map.entry("+", "plus"), Map.entry("-", "minus"), Map.entry("*", "times"), Map.entry("/", "division"),
            Map.entry("%", "modulus"), Map.entry("..", "range"), Map.entry("LIKE", "function call"));

    private AstJson() {
    }

    static ObjectNode expr(Expr e) {
        return expr(e, Map.of());
    }

    /** Renders an expression; subqueries the planner moved into their own node show as their variable. */
    static ObjectNode expr(Expr e, Map<Expr.Subquery, Var> hoisted) {
        ObjectNode o = Json.object();
        if (e instanceof Expr.Subquery s && hoisted.containsKey(s)) {
            return expr(new Expr.Ref(hoisted.get(s)), hoisted);
        }
        if (e instanceof Expr.Literal l) {
            o.put("type", "value");
            o.set("value", l.value());
        } else if (e instanceof Expr.Param p) {
            o.put("type", "parameter");
            o.put("name", p.name());
        } else if (e instanceof Expr.CollectionParam p) {
            o.put("type", "datasource parameter");
            o.put("name", p.name());
        } else if (e instanceof Expr.Ref r) {
            o.put("type", "reference");
            o.put("name", r.var().name());
            o.put("id", r.var().slot());
            // true for the variable of a subquery the planner moved out; a LET-bound subquery's is not told apart
            o.put("subqueryReference", hoisted.containsValue(r.var()));
        } else if (e instanceof Expr.CollectionName c) {
            o.put("type", "collection");
            o.put("name", c.name());
        } else if (e instanceof Expr.Attr a) {
            o.put("type", "attribute access");
            o.put("name", a.name());
            o.putArray("subNodes").add(expr(a.object(), hoisted));
        } else if (e instanceof Expr.Index i) {
            o.put("type", "indexed access");
            o.putArray("subNodes").add(expr(i.object(), hoisted)).add(expr(i.index(), hoisted));
        } else if (e instanceof Expr.Unary u) {
            o.put("type", u.op().equals("!") ? "unary not" : u.op().equals("-") ? "unary minus" : "unary plus");
            o.putArray("subNodes").add(expr(u.operand(), hoisted));
        } else if (e instanceof Expr.Binary b) {
            o.put("type", BINARY.getOrDefault(b.op(), b.op()));
            if (b.op().equals("LIKE")) {
                o.put("name", "LIKE");
            }
            o.putArray("subNodes").add(expr(b.left(), hoisted)).add(expr(b.right(), hoisted));
        } else if (e instanceof Expr.Ternary t) {
            o.put("type", "ternary");
            ArrayNode sub = o.putArray("subNodes");
            sub.add(expr(t.condition(), hoisted));
            if (t.then() != null) {
                sub.add(expr(t.then(), hoisted));
            }
            sub.add(expr(t.otherwise(), hoisted));
        } else if (e instanceof Expr.Call c) {
            o.put("type", "function call");
            o.put("name", c.name());
            ArrayNode args = o.putArray("subNodes").addObject().put("type", "array").putArray("subNodes");
            c.args().forEach(a -> args.add(expr(a, hoisted)));
        } else if (e instanceof Expr.ArrayLit a) {
            o.put("type", "array");
            ArrayNode sub = o.putArray("subNodes");
            a.items().forEach(x -> sub.add(expr(x, hoisted)));
        } else if (e instanceof Expr.ObjectLit obj) {
            o.put("type", "object");
            ArrayNode sub = o.putArray("subNodes");
            for (Expr.ObjectLit.Entry en : obj.entries()) {
                ObjectNode el = sub.addObject();
                if (en.key() != null) {
                    el.put("type", "object element");
                    el.put("name", en.key());
                    el.putArray("subNodes").add(expr(en.value(), hoisted));
                } else {
                    el.put("type", "calculated object element");
                    el.putArray("subNodes").add(expr(en.keyExpr(), hoisted)).add(expr(en.value(), hoisted));
                }
            }
        } else if (e instanceof Expr.Expand x) {
            o.put("type", "expansion");
            ArrayNode sub = o.putArray("subNodes");
            sub.add(expr(x.base(), hoisted));
            if (x.filter() != null) {
                sub.add(expr(x.filter(), hoisted));
            }
            sub.add(expr(x.each(), hoisted));
        } else if (e instanceof Expr.Subquery s) {
            o.put("type", "subquery");
            o.putArray("subNodes").add(block(s.body()));
        }
        return o;
    }

    static ObjectNode variable(Var v) {
        ObjectNode o = Json.object();
        o.put("type", "variable");
        o.put("name", v.name());
        o.put("id", v.slot());
        return o;
    }

    /** The parse answer's AST: a root node with one node per operation. */
    static ObjectNode block(Block b) {
        ObjectNode root = Json.object();
        root.put("type", "root");
        ArrayNode ops = root.putArray("subNodes");
        for (Op op : b.ops()) {
            ops.add(op(op));
        }
        return root;
    }

    private static ObjectNode op(Op op) {
        ObjectNode o = Json.object();
        o.put("type", "");
        ArrayNode sub = o.putArray("subNodes");
        if (op instanceof Op.For f) {
            o.put("type", "for");
            sub.add(variable(f.var())).add(expr(f.source()));
            sub.addObject().put("type", "no-op"); // where ArangoDB puts the loop's OPTIONS, none here
        } else if (op instanceof Op.Filter f) {
            o.put("type", "filter");
            sub.add(expr(f.condition()));
        } else if (op instanceof Op.Let l) {
            o.put("type", "let");
            sub.add(variable(l.var())).add(expr(l.value()));
        } else if (op instanceof Op.Sort s) {
            o.put("type", "sort");
            ArrayNode list = sub.addObject().put("type", "array").putArray("subNodes");
            for (Op.Sort.SortKey k : s.keys()) {
                ObjectNode el = list.addObject();
                el.put("type", "sort element");
                el.putArray("subNodes").add(expr(k.expr())).addObject().put("type", "value").put("value",
                        k.ascending());
            }
        } else if (op instanceof Op.Limit l) {
            o.put("type", "limit");
            sub.add(l.offset() == null ? expr(new Expr.Literal(Json.NODES.numberNode(0))) : expr(l.offset()));
            sub.add(expr(l.count()));
        } else if (op instanceof Op.Collect c) {
            o.put("type", "collect");
            for (Op.Assign a : c.groups()) {
                sub.addObject().put("type", "assign").putArray("subNodes").add(variable(a.var())).add(expr(a.value()));
            }
            for (Op.Assign a : c.aggregates()) {
                sub.addObject().put("type", "aggregate").putArray("subNodes").add(variable(a.var()))
                        .add(expr(a.value()));
            }
            if (c.countVar() != null) {
                sub.addObject().put("type", "collect with count").putArray("subNodes").add(variable(c.countVar()));
            }
        } else if (op instanceof Op.Return r) {
            o.put("type", "return");
            sub.add(expr(r.value()));
        } else if (op instanceof Op.Write w) {
            o.put("type", w.kind().toLowerCase(java.util.Locale.ROOT));
            sub.add(expr(w.doc()));
            if (w.with() != null) {
                sub.add(expr(w.with()));
            }
            sub.add(expr(w.collection()));
        }
        return o;
    }
}
