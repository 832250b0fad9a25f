package io.arangoconsole.sandbox.aql;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.arangoconsole.sandbox.aql.ast.Block;
import io.arangoconsole.sandbox.aql.ast.Expr;
import io.arangoconsole.sandbox.aql.ast.Op;
import io.arangoconsole.sandbox.aql.ast.Var;
import io.arangoconsole.sandbox.store.Json;
import io.arangoconsole.sandbox.store.StoredDocument;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * ArangoDB's reduce-extraction-to-projection: when a query only reads a few top-level attributes of a collection
 * variable, documents are parsed for those attributes only (the rest of the JSON is skipped, not built).
 */
final class Projections {
    private static final int MAX = 10;

    private Projections() {
    }

    /** The attributes the ops use of {@code v}, or null when they need the whole document. */
    static Set<String> of(List<Op> ops, Var v) {
        Set<String> names = new TreeSet<>();
        for (Op op : ops) {
            if (!op(op, v, names)) {
                return null;
            }
        }
        return names.size() > MAX ? null : names;
    }

    private static boolean op(Op op, Var v, Set<String> names) {
        if (op instanceof Op.For f) {
            return expr(f.source(), v, names);
        }
        if (op instanceof Op.Filter f) {
            return expr(f.condition(), v, names);
        }
        if (op instanceof Op.Let l) {
            return expr(l.value(), v, names);
        }
        if (op instanceof Op.Sort s) {
            return s.keys().stream().allMatch(k -> expr(k.expr(), v, names));
        }
        if (op instanceof Op.Limit l) {
            return (l.offset() == null || expr(l.offset(), v, names)) && expr(l.count(), v, names);
        }
        if (op instanceof Op.Collect c) {
            if (c.into() != null && c.intoExpr() == null && c.visible().contains(v)) {
                return false;
            }
            return c.groups().stream().allMatch(a -> expr(a.value(), v, names))
                    && c.aggregates().stream().allMatch(a -> expr(a.value(), v, names))
                    && (c.intoExpr() == null || expr(c.intoExpr(), v, names));
        }
        if (op instanceof Op.Return r) {
            return expr(r.value(), v, names);
        }
        if (op instanceof Op.Write w) {
            return expr(w.doc(), v, names) && expr(w.with(), v, names) && expr(w.insert(), v, names)
                    && expr(w.options(), v, names);
        }
        return false;
    }

    private static boolean expr(Expr e, Var v, Set<String> names) {
        if (e == null) {
            return true;
        }
        if (e instanceof Expr.Attr a && a.object() instanceof Expr.Ref r && r.var().equals(v)) {
            names.add(a.name());
            return true;
        }
        if (e instanceof Expr.Ref r) {
            return !r.var().equals(v);
        }
        if (e instanceof Expr.Attr a) {
            return expr(a.object(), v, names);
        }
        if (e instanceof Expr.Index i) {
            return expr(i.object(), v, names) && expr(i.index(), v, names);
        }
        if (e instanceof Expr.Unary u) {
            return expr(u.operand(), v, names);
        }
        if (e instanceof Expr.Binary b) {
            return expr(b.left(), v, names) && expr(b.right(), v, names);
        }
        if (e instanceof Expr.Ternary t) {
            return expr(t.condition(), v, names) && expr(t.then(), v, names) && expr(t.otherwise(), v, names);
        }
        if (e instanceof Expr.Call c) {
            return c.args().stream().allMatch(x -> expr(x, v, names));
        }
        if (e instanceof Expr.ArrayLit a) {
            return a.items().stream().allMatch(x -> expr(x, v, names));
        }
        if (e instanceof Expr.ObjectLit o) {
            return o.entries().stream().allMatch(x -> expr(x.keyExpr(), v, names) && expr(x.value(), v, names));
        }
        if (e instanceof Expr.Expand x) {
            return expr(x.base(), v, names) && expr(x.filter(), v, names) && expr(x.each(), v, names);
        }
        if (e instanceof Expr.Subquery s) {
            return block(s.body(), v, names);
        }
        return true;
    }

    private static boolean block(Block b, Var v, Set<String> names) {
        for (Op op : b.ops()) {
            if (!op(op, v, names)) {
                return false;
            }
        }
        return true;
    }

    /** The document, or only the named top-level attributes of it (null = the whole document). */
    static ObjectNode read(StoredDocument doc, Set<String> names) {
        if (names == null) {
            return doc.node();
        }
        ObjectNode out = Json.object();
        if (names.isEmpty()) {
            return out;
        }
        try (JsonParser p = Json.MAPPER.getFactory().createParser(doc.json())) {
            p.nextToken();
            int found = 0;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                p.nextToken();
                if (names.contains(name)) {
                    out.set(name, Json.MAPPER.readTree(p));
                    if (++found == names.size()) {
                        break;
                    }
                } else {
                    p.skipChildren();
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
