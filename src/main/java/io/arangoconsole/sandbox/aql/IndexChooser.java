package io.arangoconsole.sandbox.aql;

import com.fasterxml.jackson.databind.JsonNode;
import io.arangoconsole.sandbox.aql.CollectionNodes.Scan;
import io.arangoconsole.sandbox.aql.ast.Expr;
import io.arangoconsole.sandbox.aql.ast.Op;
import io.arangoconsole.sandbox.aql.ast.Var;
import io.arangoconsole.sandbox.store.Collection;
import io.arangoconsole.sandbox.store.IndexRange;
import io.arangoconsole.sandbox.store.PersistentIndex;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The optimizer's index choice for {@code FOR d IN coll} followed by FILTERs and a SORT: a finished persistent
 * index whose leading fields carry equality conditions, then at most one IN list or range, and whose following
 * fields can serve the SORT in one direction.
 */
final class IndexChooser {
    private IndexChooser() {
    }

    /** A usable condition {@code d.path op constant}, from one FILTER conjunct. */
    record Cond(String path, String op, JsonNode value, Expr source) {
    }

    /** The chosen index, its scans, whether it serves the SORT, and which conjuncts it covers. */
    record Choice(PersistentIndex index, List<Scan> scans, boolean descending, boolean sortCovered,
                  Set<Expr> used, Expr condition) {
    }

    static void conjuncts(Expr e, List<Expr> out) {
        if (e instanceof Expr.Binary b && b.op().equals("&&")) {
            conjuncts(b.left(), out);
            conjuncts(b.right(), out);
        } else {
            out.add(e);
        }
    }

    /** {@code d.a.b} on the FOR variable as {@code "a.b"}, else null. */
    static String path(Expr e, Var v) {
        if (e instanceof Expr.Attr a) {
            if (a.object() instanceof Expr.Ref r && r.var().equals(v)) {
                return a.name();
            }
            String inner = path(a.object(), v);
            return inner == null ? null : inner + "." + a.name();
        }
        if (e instanceof Expr.Index i && i.index() instanceof Expr.Literal l && l.value().isTextual()) {
            return path(new Expr.Attr(i.object(), l.value().textValue()), v);
        }
        return null;
    }

    private static Cond analyze(Expr e, Var v, Function<Expr, JsonNode> constant) {
        if (!(e instanceof Expr.Binary b)) {
            return null;
        }
        String op = b.op();
        if (!Set.of("==", "<", "<=", ">", ">=", "IN").contains(op)) {
            return null;
        }
        String p = path(b.left(), v);
        Expr other = b.right();
        if (p == null && !op.equals("IN")) {
            p = path(b.right(), v);
            other = b.left();
            op = switch (op) {
                case "<" -> ">";
                case "<=" -> ">=";
                case ">" -> "<";
                case ">=" -> "<=";
                default -> op;
            };
        }
        if (p == null) {
            return null;
        }
        JsonNode value = constant.apply(other);
        if (value == null || (op.equals("IN") && !value.isArray())) {
            return null;
        }
        return new Cond(p, op, value, e);
    }

    static Choice choose(Collection c, Var v, List<Expr> conjuncts, Op.Sort sort,
                         Function<Expr, JsonNode> constant) {
        List<Cond> conds = new ArrayList<>();
        for (Expr e : conjuncts) {
            Cond cond = analyze(e, v, constant);
            if (cond != null) {
                conds.add(cond);
            }
        }
        List<String> sortPaths = null;
        boolean sortDesc = false;
        if (sort != null) {
            sortPaths = new ArrayList<>();
            sortDesc = !sort.keys().get(0).ascending();
            for (Op.Sort.SortKey k : sort.keys()) {
                String p = path(k.expr(), v);
                if (p == null || k.ascending() == sortDesc) {
                    sortPaths = null;
                    break;
                }
                sortPaths.add(p);
            }
        }
        Choice best = null;
        double bestScore = -1;
        for (PersistentIndex idx : c.sortedIndexes()) {
            List<String> fields = idx.fields();
            List<JsonNode> eq = new ArrayList<>();
            Set<Expr> used = new HashSet<>();
            int e = 0;
            while (e < fields.size()) {
                Cond found = find(conds, fields.get(e), "==");
                if (found == null) {
                    break;
                }
                eq.add(found.value());
                used.add(found.source());
                e++;
            }
            List<JsonNode> in = null;
            IndexRange range = null;
            if (e < fields.size()) {
                Cond inCond = find(conds, fields.get(e), "IN");
                if (inCond != null) {
                    TreeSet<JsonNode> values = new TreeSet<>(Values::compare);
                    inCond.value().forEach(values::add);
                    in = new ArrayList<>(values);
                    used.add(inCond.source());
                } else {
                    range = range(conds, fields.get(e), used);
                }
            }
            int fieldsUsed = e + (in != null || range != null ? 1 : 0);
            boolean sortOk = sortPaths != null && sortServed(sortPaths, fields, e, range != null || in != null);
            if (fieldsUsed == 0 && !sortOk) {
                continue;
            }
            if (idx.sparse() && (fieldsUsed < fields.size() || !excludesNull(eq, in, range))) {
                continue;
            }
            double score = fieldsUsed * 10 + (sortOk ? 5 : 0) + (idx.unique() && e == fields.size() ? 3 : 0)
                    + idx.selectivityEstimate();
            if (score <= bestScore) {
                continue;
            }
            boolean desc = sortOk && sortDesc;
            List<Scan> scans = new ArrayList<>();
            if (in != null) {
                for (JsonNode value : in) {
                    List<JsonNode> prefix = new ArrayList<>(eq);
                    prefix.add(value);
                    scans.add(new Scan(prefix, null));
                }
                if (desc) {
                    java.util.Collections.reverse(scans);
                }
            } else {
                scans.add(new Scan(eq, range));
            }
            Expr condition = null;
            for (Expr x : conjuncts) {
                if (used.contains(x)) {
                    condition = condition == null ? x : new Expr.Binary("&&", condition, x);
                }
            }
            best = new Choice(idx, scans, desc, sortOk, used, condition);
            bestScore = score;
        }
        return best;
    }

    private static Cond find(List<Cond> conds, String path, String op) {
        for (Cond c : conds) {
            if (c.path().equals(path) && c.op().equals(op)) {
                return c;
            }
        }
        return null;
    }

    private static IndexRange range(List<Cond> conds, String path, Set<Expr> used) {
        JsonNode low = null;
        boolean lowIncl = false;
        JsonNode high = null;
        boolean highIncl = false;
        boolean any = false;
        for (Cond c : conds) {
            if (!c.path().equals(path)) {
                continue;
            }
            switch (c.op()) {
                case ">", ">=" -> {
                    boolean incl = c.op().equals(">=");
                    int cmp = low == null ? 1 : Values.compare(c.value(), low);
                    if (cmp > 0 || (cmp == 0 && !incl)) {
                        low = c.value();
                        lowIncl = incl;
                    }
                }
                case "<", "<=" -> {
                    boolean incl = c.op().equals("<=");
                    int cmp = high == null ? -1 : Values.compare(c.value(), high);
                    if (cmp < 0 || (cmp == 0 && !incl)) {
                        high = c.value();
                        highIncl = incl;
                    }
                }
                default -> {
                    continue;
                }
            }
            used.add(c.source());
            any = true;
        }
        return any ? new IndexRange(low, lowIncl, high, highIncl) : null;
    }

    /** Whether the SORT keys are the index fields after the equality prefix (fields fixed by == may be skipped). */
    private static boolean sortServed(List<String> sortPaths, List<String> fields, int eqCount, boolean hasRangeOrIn) {
        List<String> rest = new ArrayList<>();
        for (String p : sortPaths) {
            int at = fields.indexOf(p);
            if (at >= 0 && at < eqCount) {
                continue;
            }
            rest.add(p);
        }
        if (rest.isEmpty()) {
            return true;
        }
        if (eqCount + rest.size() > fields.size()) {
            return false;
        }
        return rest.equals(fields.subList(eqCount, eqCount + rest.size()))
                || (!hasRangeOrIn && rest.equals(fields.subList(eqCount, eqCount + rest.size())));
    }

    private static boolean excludesNull(List<JsonNode> eq, List<JsonNode> in, IndexRange range) {
        for (JsonNode v : eq) {
            if (v.isNull()) {
                return false;
            }
        }
        if (in != null) {
            for (JsonNode v : in) {
                if (v.isNull()) {
                    return false;
                }
            }
        }
        if (range != null) {
            return range.low() != null && !(range.low().isNull() && range.lowInclusive());
        }
        return true;
    }
}
