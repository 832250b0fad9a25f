package io.arangoconsole.sandbox.aql;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.arangoconsole.sandbox.aql.ast.Expr;
import io.arangoconsole.sandbox.aql.ast.Var;
import io.arangoconsole.sandbox.store.ApiError;
import io.arangoconsole.sandbox.store.Collection;
import io.arangoconsole.sandbox.store.Database;
import io.arangoconsole.sandbox.store.Json;
import io.arangoconsole.sandbox.store.UnsupportedFeature;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;

/** Turns expressions into {@link Ev} closures; bind parameters are resolved here, subqueries handed to the planner. */
final class Compiler {
    private final ObjectNode bindVars;
    private final Database db;
    private final Function<Expr.Subquery, Var> hoist;

    Compiler(ObjectNode bindVars, Database db, Function<Expr.Subquery, Var> hoist) {
        this.bindVars = bindVars;
        this.db = db;
        this.hoist = hoist;
    }

    JsonNode param(String name) {
        JsonNode v = bindVars == null ? null : bindVars.get(name);
        if (v == null) {
            throw new ApiError(400, 1551, "no value specified for declared bind parameter '" + name
                    + "' (while parsing)");
        }
        return v;
    }

    /** The collection a FOR or write names, by identifier or {@code @@param}; 404/1203 when missing. */
    Collection collection(Expr e) {
        String name;
        if (e instanceof Expr.CollectionName c) {
            name = c.name();
        } else if (e instanceof Expr.CollectionParam p) {
            JsonNode v = param(p.name());
            if (!v.isTextual()) {
                throw new ApiError(400, 1553, "bind parameter '" + p.name() + "' has an invalid value or type");
            }
            name = v.textValue();
        } else {
            return null;
        }
        return db.collection(name);
    }

    /** Whether the expression has the same value for every row (so the optimizer may use it as an index bound). */
    static boolean isConstant(Expr e, Map<Integer, JsonNode> constSlots) {
        if (e instanceof Expr.Literal || e instanceof Expr.Param) {
            return true;
        }
        if (e instanceof Expr.Ref r) {
            return constSlots.containsKey(r.var().slot());
        }
        if (e instanceof Expr.Attr a) {
            return isConstant(a.object(), constSlots);
        }
        if (e instanceof Expr.Index i) {
            return isConstant(i.object(), constSlots) && isConstant(i.index(), constSlots);
        }
        if (e instanceof Expr.Unary u) {
            return isConstant(u.operand(), constSlots);
        }
        if (e instanceof Expr.Binary b) {
            return isConstant(b.left(), constSlots) && isConstant(b.right(), constSlots);
        }
        if (e instanceof Expr.Ternary t) {
            return isConstant(t.condition(), constSlots) && (t.then() == null || isConstant(t.then(), constSlots))
                    && isConstant(t.otherwise(), constSlots);
        }
        if (e instanceof Expr.ArrayLit a) {
            return a.items().stream().allMatch(x -> isConstant(x, constSlots));
        }
        if (e instanceof Expr.ObjectLit o) {
            return o.entries().stream().allMatch(x -> (x.keyExpr() == null || isConstant(x.keyExpr(), constSlots))
                    && isConstant(x.value(), constSlots));
        }
        if (e instanceof Expr.Call c) {
            if (isUserFunction(c)) {
                return false;
            }
            Functions.Fn fn = Functions.lookup(c.name(), c.args().size());
            return fn.deterministic() && c.args().stream().allMatch(x -> isConstant(x, constSlots));
        }
        return false;
    }

    /** Whether the expression can be computed before the FOR over {@code v} produces its rows. */
    static boolean independentOf(Expr e, Var v) {
        if (e instanceof Expr.Literal || e instanceof Expr.Param) {
            return true;
        }
        if (e instanceof Expr.Ref r) {
            return !r.var().equals(v);
        }
        if (e instanceof Expr.Attr a) {
            return independentOf(a.object(), v);
        }
        if (e instanceof Expr.Index i) {
            return independentOf(i.object(), v) && independentOf(i.index(), v);
        }
        if (e instanceof Expr.Unary u) {
            return independentOf(u.operand(), v);
        }
        if (e instanceof Expr.Binary b) {
            return independentOf(b.left(), v) && independentOf(b.right(), v);
        }
        if (e instanceof Expr.Ternary t) {
            return independentOf(t.condition(), v) && (t.then() == null || independentOf(t.then(), v))
                    && independentOf(t.otherwise(), v);
        }
        if (e instanceof Expr.ArrayLit a) {
            return a.items().stream().allMatch(x -> independentOf(x, v));
        }
        if (e instanceof Expr.ObjectLit o) {
            return o.entries().stream().allMatch(x -> (x.keyExpr() == null || independentOf(x.keyExpr(), v))
                    && independentOf(x.value(), v));
        }
        if (e instanceof Expr.Call c) {
            if (isUserFunction(c)) {
                return false;
            }
            Functions.Fn fn = Functions.lookup(c.name(), c.args().size());
            return fn.deterministic() && c.args().stream().allMatch(x -> independentOf(x, v));
        }
        if (e instanceof Expr.Expand x) {
            return independentOf(x.base(), v) && (x.filter() == null || independentOf(x.filter(), v))
                    && independentOf(x.each(), v);
        }
        return false;
    }

    Ev compile(Expr e) {
        if (e instanceof Expr.Literal l) {
            JsonNode v = l.value();
            return (row, ctx) -> v;
        }
        if (e instanceof Expr.Param p) {
            JsonNode v = param(p.name());
            return (row, ctx) -> v;
        }
        if (e instanceof Expr.Ref r) {
            int slot = r.var().slot();
            return (row, ctx) -> Values.orNull(row[slot]);
        }
        if (e instanceof Expr.CollectionName c) {
            db.collection(c.name());
            throw new ApiError(400, 1568, "collection '" + c.name() + "' used as expression operand");
        }
        if (e instanceof Expr.CollectionParam c) {
            throw new ApiError(400, 1568, "collection '" + param(c.name()).asText() + "' used as expression operand");
        }
        if (e instanceof Expr.Attr a) {
            Ev obj = compile(a.object());
            String name = a.name();
            return (row, ctx) -> {
                JsonNode o = obj.eval(row, ctx);
                return o.isObject() ? Values.orNull(o.get(name)) : Values.NULL;
            };
        }
        if (e instanceof Expr.Index i) {
            Ev obj = compile(i.object());
            Ev idx = compile(i.index());
            return (row, ctx) -> index(obj.eval(row, ctx), idx.eval(row, ctx));
        }
        if (e instanceof Expr.Unary u) {
            Ev x = compile(u.operand());
            switch (u.op()) {
                case "-":
                    return (row, ctx) -> Values.number(-Values.toNumber(x.eval(row, ctx)));
                case "+":
                    return (row, ctx) -> Values.number(Values.toNumber(x.eval(row, ctx)));
                default:
                    return (row, ctx) -> Values.bool(!Values.truthy(x.eval(row, ctx)));
            }
        }
        if (e instanceof Expr.Binary b) {
            return binary(b);
        }
        if (e instanceof Expr.Ternary t) {
            Ev c = compile(t.condition());
            Ev then = t.then() == null ? null : compile(t.then());
            Ev otherwise = compile(t.otherwise());
            return (row, ctx) -> {
                JsonNode v = c.eval(row, ctx);
                return Values.truthy(v) ? (then == null ? v : then.eval(row, ctx)) : otherwise.eval(row, ctx);
            };
        }
        if (e instanceof Expr.Call c) {
            return call(c);
        }
        if (e instanceof Expr.ArrayLit a) {
            Ev[] items = a.items().stream().map(this::compile).toArray(Ev[]::new);
            return (row, ctx) -> {
                ArrayNode out = Values.array();
                for (Ev item : items) {
                    out.add(item.eval(row, ctx));
                }
                return out;
            };
        }
        if (e instanceof Expr.ObjectLit o) {
            return object(o);
        }
        if (e instanceof Expr.Expand x) {
            Ev base = compile(x.base());
            Ev filter = x.filter() == null ? null : compile(x.filter());
            Ev each = compile(x.each());
            int slot = x.current().slot();
            return (row, ctx) -> {
                JsonNode list = base.eval(row, ctx);
                ArrayNode out = Values.array();
                if (!list.isArray()) {
                    return out;
                }
                for (JsonNode item : list) {
                    row[slot] = item;
                    if (filter == null || Values.truthy(filter.eval(row, ctx))) {
                        out.add(each.eval(row, ctx));
                    }
                }
                return out;
            };
        }
        if (e instanceof Expr.Subquery s) {
            int slot = hoist.apply(s).slot();
            return (row, ctx) -> Values.orNull(row[slot]);
        }
        throw new IllegalStateException("unknown expression " + e);
    }

    private static JsonNode index(JsonNode o, JsonNode i) {
        if (o.isArray() && i.isNumber()) {
            int n = (int) i.doubleValue();
            if (n < 0) {
                n += o.size();
            }
            return Values.orNull(o.get(n));
        }
        if (o.isObject() && (i.isTextual() || i.isNumber())) {
            return Values.orNull(o.get(Values.toText(i)));
        }
        return Values.NULL;
    }

    private Ev object(Expr.ObjectLit o) {
        List<Expr.ObjectLit.Entry> entries = o.entries();
        String[] keys = new String[entries.size()];
        Ev[] keyEvs = new Ev[entries.size()];
        Ev[] values = new Ev[entries.size()];
        for (int i = 0; i < keys.length; i++) {
            keys[i] = entries.get(i).key();
            keyEvs[i] = entries.get(i).keyExpr() == null ? null : compile(entries.get(i).keyExpr());
            values[i] = compile(entries.get(i).value());
        }
        return (row, ctx) -> {
            ObjectNode out = Json.object();
            for (int i = 0; i < keys.length; i++) {
                String key = keys[i] != null ? keys[i] : Values.toText(keyEvs[i].eval(row, ctx));
                out.set(key, values[i].eval(row, ctx));
            }
            return out;
        };
    }

    private Ev binary(Expr.Binary b) {
        Ev l = compile(b.left());
        JsonNode constantPattern = b.right() instanceof Expr.Literal lit ? lit.value()
                : b.right() instanceof Expr.Param param ? param(param.name()) : null;
        if (b.op().equals("LIKE") && constantPattern != null) {
            Pattern p = Values.likePattern(Values.toText(constantPattern), false);
            return (row, ctx) -> Values.bool(p.matcher(Values.toText(l.eval(row, ctx))).matches());
        }
        Ev r = compile(b.right());
        switch (b.op()) {
            case "&&":
                return (row, ctx) -> {
                    JsonNode v = l.eval(row, ctx);
                    return Values.truthy(v) ? r.eval(row, ctx) : v;
                };
            case "||":
                return (row, ctx) -> {
                    JsonNode v = l.eval(row, ctx);
                    return Values.truthy(v) ? v : r.eval(row, ctx);
                };
            case "==":
                return (row, ctx) -> Values.bool(Values.compare(l.eval(row, ctx), r.eval(row, ctx)) == 0);
            case "!=":
                return (row, ctx) -> Values.bool(Values.compare(l.eval(row, ctx), r.eval(row, ctx)) != 0);
            case "<":
                return (row, ctx) -> Values.bool(Values.compare(l.eval(row, ctx), r.eval(row, ctx)) < 0);
            case "<=":
                return (row, ctx) -> Values.bool(Values.compare(l.eval(row, ctx), r.eval(row, ctx)) <= 0);
            case ">":
                return (row, ctx) -> Values.bool(Values.compare(l.eval(row, ctx), r.eval(row, ctx)) > 0);
            case ">=":
                return (row, ctx) -> Values.bool(Values.compare(l.eval(row, ctx), r.eval(row, ctx)) >= 0);
            case "IN":
                return (row, ctx) -> Values.bool(Values.in(l.eval(row, ctx), r.eval(row, ctx)));
            case "NOT IN":
                return (row, ctx) -> Values.bool(!Values.in(l.eval(row, ctx), r.eval(row, ctx)));
            case "LIKE":
                return (row, ctx) -> Values.bool(Values.likePattern(Values.toText(r.eval(row, ctx)), false)
                        .matcher(Values.toText(l.eval(row, ctx))).matches());
            case "..":
                return (row, ctx) -> ArrayFunctions.range((long) Values.toNumber(l.eval(row, ctx)),
                        (long) Values.toNumber(r.eval(row, ctx)), 0, ctx);
            case "+":
                return (row, ctx) -> Values.number(Values.toNumber(l.eval(row, ctx))
                        + Values.toNumber(r.eval(row, ctx)));
            case "-":
                return (row, ctx) -> Values.number(Values.toNumber(l.eval(row, ctx))
                        - Values.toNumber(r.eval(row, ctx)));
            case "*":
                return (row, ctx) -> Values.number(Values.toNumber(l.eval(row, ctx))
                        * Values.toNumber(r.eval(row, ctx)));
            case "/":
            case "%":
                boolean div = b.op().equals("/");
                return (row, ctx) -> {
                    double a = Values.toNumber(l.eval(row, ctx));
                    double d = Values.toNumber(r.eval(row, ctx));
                    if (d == 0) {
                        ctx.warn(1562, "division by zero");
                        return Values.NULL;
                    }
                    return Values.number(div ? a / d : a % d);
                };
            default:
                throw new IllegalStateException("unknown operator " + b.op());
        }
    }

    private static boolean isUserFunction(Expr.Call c) {
        return c.name().contains("::");
    }

    /**
     * A user function (namespaced name): 404/1582 as ArangoDB when none is registered; a registered one cannot run,
     * since the sandbox has no JavaScript engine (decision 0020).
     */
    private ApiError userFunction(Expr.Call c) {
        if (!db.userFunctions().contains(c.name())) {
            return new ApiError(404, 1582, "user function '" + c.name() + "()' not found");
        }
        return new UnsupportedFeature("the AQL user function '" + c.name() + "()' cannot run in the sandbox,"
                + " which has no JavaScript engine");
    }

    private Ev call(Expr.Call c) {
        if (isUserFunction(c)) {
            throw userFunction(c);
        }
        List<Expr> args = c.args();
        if ((c.name().equals("LENGTH") || c.name().equals("COUNT")) && args.size() == 1) {
            Collection coll = collection(args.get(0));
            if (coll != null) {
                return (row, ctx) -> Values.number(coll.count());
            }
        }
        Functions.Fn fn = Functions.lookup(c.name(), args.size());
        Ev[] evs = new Ev[args.size()];
        for (int i = 0; i < evs.length; i++) {
            Expr a = args.get(i);
            if (c.name().equals("DOCUMENT") && i == 0 && a instanceof Expr.CollectionName name) {
                db.collection(name.name());
                JsonNode v = Json.NODES.textNode(name.name());
                evs[i] = (row, ctx) -> v;
            } else if (c.name().equals("DOCUMENT") && i == 0 && a instanceof Expr.CollectionParam p) {
                JsonNode v = param(p.name());
                evs[i] = (row, ctx) -> v;
            } else {
                evs[i] = compile(a);
            }
        }
        Functions.Impl impl = fn.impl();
        return (row, ctx) -> {
            JsonNode[] values = new JsonNode[evs.length];
            for (int i = 0; i < evs.length; i++) {
                values[i] = evs[i].eval(row, ctx);
            }
            return impl.call(values, ctx);
        };
    }
}
