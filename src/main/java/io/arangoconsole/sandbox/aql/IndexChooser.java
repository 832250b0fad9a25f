package io.arangoconsole.sandbox.aql;

import com.fasterxml.jackson.databind.JsonNode;
import io.arangoconsole.sandbox.aql.ast.Expr;
import io.arangoconsole.sandbox.aql.ast.Op;
import io.arangoconsole.sandbox.aql.ast.Var;
import io.arangoconsole.sandbox.store.ApiError;
import io.arangoconsole.sandbox.store.Collection;
import io.arangoconsole.sandbox.store.PersistentIndex;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The optimizer's index choice for {@code FOR d IN coll} followed by FILTERs and a SORT: a finished persistent
 * index whose leading fields carry equality conditions, then at most one IN list or range, and whose following
 * fields can serve the SORT in one direction; else the primary index for {@code d._key == ...}.
 * The compared values must not depend on {@code d}: constants, bind parameters, or variables of outer loops.
 */
final class IndexChooser {
    private IndexChooser() {
    }

    /** How the planner judges and compiles the value side of a condition. */
    interface ValueSource {
        /** The value when known at plan time, else null. */
        JsonNode constant(Expr e);

        /** A per-row evaluator when the expression does not depend on the FOR variable, else null. */
        Ev rowValue(Expr e, Var forVar);
    }

    /** A usable condition {@code d.path op value}, from one FILTER conjunct. */
    record Cond(String path, String op, Ev value, JsonNode constant, Expr source) {
    }

    /** The chosen index (null = primary), its scan plan, whether it serves the SORT, and covered conjuncts. */
    record Choice(PersistentIndex index, ScanPlan plan, boolean descending, boolean sortCovered,
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

    private static Cond analyze(Expr e, Var v, ValueSource values) {
        if (!(e instanceof Expr.Binary b)) {
            return null;
        }
        if (b.op().equals("||")) {
            return disjunction(b, v, values);
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
        JsonNode constant = values.constant(other);
        if (constant != null && op.equals("IN") && !constant.isArray()) {
            return null;
        }
        Ev ev = constant != null ? (row, ctx) -> constant : values.rowValue(other, v);
        return ev == null ? null : new Cond(p, op, ev, constant, e);
    }

    /**
     * {@code FOR ... OPTIONS {indexHint, forceIndexHint}}: the index names to try first, in order, and whether the
     * query must fail (400/1559) when none of them can serve it.
     */
    record Hint(List<String> names, boolean forced) {
        /** ArangoDB's rendering of a hint in its 1559 message. */
        String describe() {
            StringBuilder out = new StringBuilder("{\"indexHint\":{\"forced\":" + forced
                    + ",\"lookahead\":1,\"type\":\"simple\",\"hint\":[");
            for (int i = 0; i < names.size(); i++) {
                out.append(i == 0 ? "" : ",").append(io.arangoconsole.sandbox.store.Json.text(
                        io.arangoconsole.sandbox.store.Json.NODES.textNode(names.get(i))));
            }
            return out.append("]}}").toString();
        }
    }

    /**
     * {@code d.a == x || d.a == y || ...} on one attribute: the same lookups as {@code d.a IN [x, y, ...]}, which is
     * how ArangoDB's optimizer serves such an OR from an index.
     */
    private static Cond disjunction(Expr.Binary or, Var v, ValueSource values) {
        List<Expr> alternatives = new ArrayList<>();
        disjuncts(or, alternatives);
        String path = null;
        List<Cond> equalities = new ArrayList<>();
        for (Expr alt : alternatives) {
            Cond c = alt instanceof Expr.Binary eq && eq.op().equals("==") ? analyze(alt, v, values) : null;
            if (c == null || path != null && !path.equals(c.path())) {
                return null;
            }
            path = c.path();
            equalities.add(c);
        }
        boolean allConstant = equalities.stream().allMatch(c -> c.constant() != null);
        if (allConstant) {
            com.fasterxml.jackson.databind.node.ArrayNode list = Values.array();
            equalities.forEach(c -> list.add(c.constant()));
            return new Cond(path, "IN", (row, ctx) -> list, list, or);
        }
        Ev[] evs = equalities.stream().map(Cond::value).toArray(Ev[]::new);
        return new Cond(path, "IN", (row, ctx) -> {
            com.fasterxml.jackson.databind.node.ArrayNode list = Values.array();
            for (Ev ev : evs) {
                list.add(ev.eval(row, ctx));
            }
            return list;
        }, null, or);
    }

    private static void disjuncts(Expr e, List<Expr> out) {
        if (e instanceof Expr.Binary b && b.op().equals("||")) {
            disjuncts(b.left(), out);
            disjuncts(b.right(), out);
        } else {
            out.add(e);
        }
    }

    static Choice choose(Collection c, Var v, List<Expr> conjuncts, Op.Sort sort, Hint hint, ValueSource values) {
        List<Cond> conds = new ArrayList<>();
        for (Expr e : conjuncts) {
            Cond cond = analyze(e, v, values);
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
        if (hint != null && !hint.names().isEmpty()) {
            for (String name : hint.names()) {
                Choice hinted = name.equals("primary") ? primary(conds, conjuncts) : null;
                for (PersistentIndex idx : c.sortedIndexes()) {
                    if (hinted == null && (idx.name().equals(name) || Long.toString(idx.id()).equals(name))) {
                        Scored scored = evaluate(idx, conds, conjuncts, sortPaths, sortDesc);
                        hinted = scored == null ? null : scored.choice();
                    }
                }
                if (hinted != null) {
                    return hinted;
                }
            }
            if (hint.forced()) {
                throw new ApiError(400, 1559, "could not use index hint to serve query; " + hint.describe());
            }
        }
        Choice best = null;
        double bestScore = -1;
        for (PersistentIndex idx : c.sortedIndexes()) {
            Scored scored = evaluate(idx, conds, conjuncts, sortPaths, sortDesc);
            if (scored != null && scored.score() > bestScore) {
                best = scored.choice();
                bestScore = scored.score();
            }
        }
        if (best == null) {
            best = primary(conds, conjuncts);
        }
        if (best == null && sortPaths != null && sortPaths.equals(List.of("_key"))) {
            best = primaryInOrder(conds, conjuncts, sortDesc);
        }
        return best;
    }

    private record Scored(Choice choice, double score) {
    }

    /** How {@code idx} would serve the conditions and the SORT, with a score; null when it serves neither. */
    private static Scored evaluate(PersistentIndex idx, List<Cond> conds, List<Expr> conjuncts,
                                   List<String> sortPaths, boolean sortDesc) {
        List<String> fields = idx.fields();
        List<Ev> eq = new ArrayList<>();
        List<JsonNode> constants = new ArrayList<>();
        Set<Expr> used = new HashSet<>();
        int e = 0;
        while (e < fields.size()) {
            Cond found = find(conds, fields.get(e), "==");
            if (found == null) {
                break;
            }
            eq.add(found.value());
            constants.add(found.constant());
            used.add(found.source());
            e++;
        }
        if (e < idx.requiredEqualities()) {
            return null;
        }
        Ev in = null;
        int inEstimate = 0;
        List<ScanPlan.Bound> bounds = new ArrayList<>();
        if (e < fields.size()) {
            Cond inCond = find(conds, fields.get(e), "IN");
            if (inCond != null) {
                in = inCond.value();
                inEstimate = inCond.constant() == null ? 3 : inCond.constant().size();
                constants.add(inCond.constant());
                used.add(inCond.source());
            } else {
                for (Cond cond : conds) {
                    if (cond.path().equals(fields.get(e)) && !cond.op().equals("==") && !cond.op().equals("IN")) {
                        bounds.add(new ScanPlan.Bound(cond.op(), cond.value()));
                        constants.add(cond.constant());
                        used.add(cond.source());
                    }
                }
            }
        }
        boolean rangeOrIn = in != null || !bounds.isEmpty();
        int fieldsUsed = e + (rangeOrIn ? 1 : 0);
        boolean sortOk = idx.servesSort() && sortPaths != null && sortServed(sortPaths, fields, e);
        if (fieldsUsed == 0 && !sortOk) {
            return null;
        }
        if (idx.sparse() && (fieldsUsed < fields.size() || !excludesNull(conds, used, constants))) {
            return null;
        }
        double score = fieldsUsed * 10 + (sortOk ? 5 : 0) + (idx.unique() && e == fields.size() ? 3 : 0)
                + idx.selectivityEstimate();
        return new Scored(new Choice(idx, new ScanPlan(eq, in, bounds, inEstimate), sortOk && sortDesc, sortOk, used,
                condition(conjuncts, used)), score);
    }

    /**
     * {@code SORT d._key} (with optional range FILTERs on {@code d._key}): ArangoDB reads its primary index in key
     * order and sorts nothing; the sandbox does the same over the collection's keys.
     */
    private static Choice primaryInOrder(List<Cond> conds, List<Expr> conjuncts, boolean descending) {
        List<ScanPlan.Bound> bounds = new ArrayList<>();
        Set<Expr> used = new HashSet<>();
        for (Cond cond : conds) {
            if (cond.path().equals("_key") && Set.of("<", "<=", ">", ">=").contains(cond.op())) {
                bounds.add(new ScanPlan.Bound(cond.op(), cond.value()));
                used.add(cond.source());
            }
        }
        return new Choice(null, new ScanPlan(List.of(), null, bounds, 0), descending, true, used,
                condition(conjuncts, used));
    }

    /** {@code d._key == k} or {@code d._key IN [...]}: direct lookups by key. */
    private static Choice primary(List<Cond> conds, List<Expr> conjuncts) {
        Cond eq = find(conds, "_key", "==");
        Cond in = eq == null ? find(conds, "_key", "IN") : null;
        if (eq == null && in == null) {
            return null;
        }
        Set<Expr> used = Set.of((eq != null ? eq : in).source());
        ScanPlan plan = eq != null ? new ScanPlan(List.of(eq.value()), null, List.of(), 0)
                : new ScanPlan(List.of(), in.value(), List.of(), in.constant() == null ? 3 : in.constant().size());
        return new Choice(null, plan, false, false, used, condition(conjuncts, used));
    }

    private static Expr condition(List<Expr> conjuncts, Set<Expr> used) {
        Expr condition = null;
        for (Expr x : conjuncts) {
            if (used.contains(x)) {
                condition = condition == null ? x : new Expr.Binary("&&", condition, x);
            }
        }
        return condition;
    }

    private static Cond find(List<Cond> conds, String path, String op) {
        for (Cond c : conds) {
            if (c.path().equals(path) && c.op().equals(op)) {
                return c;
            }
        }
        return null;
    }

    /** Whether the SORT keys are the index fields after the equality prefix (fields fixed by == may be skipped). */
    private static boolean sortServed(List<String> sortPaths, List<String> fields, int eqCount) {
        List<String> rest = new ArrayList<>();
        for (String p : sortPaths) {
            int at = fields.indexOf(p);
            if (at < 0 || at >= eqCount) {
                rest.add(p);
            }
        }
        return eqCount + rest.size() <= fields.size() && rest.equals(fields.subList(eqCount, eqCount + rest.size()));
    }

    /** A sparse index lacks documents with null fields: only usable when every bound is a known non-null. */
    private static boolean excludesNull(List<Cond> conds, Set<Expr> used, List<JsonNode> constants) {
        for (JsonNode c : constants) {
            if (c == null || c.isNull()) {
                return false;
            }
            if (c.isArray()) {
                for (JsonNode x : c) {
                    if (x.isNull()) {
                        return false;
                    }
                }
            }
        }
        boolean hasLow = false;
        boolean hasRange = false;
        for (Cond c : conds) {
            if (used.contains(c.source()) && !c.op().equals("==") && !c.op().equals("IN")) {
                hasRange = true;
                hasLow |= c.op().startsWith(">");
            }
        }
        return !hasRange || hasLow;
    }
}
