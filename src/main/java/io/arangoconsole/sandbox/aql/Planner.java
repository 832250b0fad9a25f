package io.arangoconsole.sandbox.aql;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.arangoconsole.sandbox.aql.ast.Block;
import io.arangoconsole.sandbox.aql.ast.Expr;
import io.arangoconsole.sandbox.aql.ast.Op;
import io.arangoconsole.sandbox.aql.ast.Var;
import io.arangoconsole.sandbox.store.ApiError;
import io.arangoconsole.sandbox.store.Collection;
import io.arangoconsole.sandbox.store.Database;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Builds the execution plan of a parsed query, applying the index rules, and keeps what explain reports. */
final class Planner {
    private final ParsedQuery parsed;
    private final Database db;
    private final Compiler compiler;
    private final QueryContext constants;
    private final Map<Integer, JsonNode> constSlots = new HashMap<>();
    private final List<Var> temporaries = new ArrayList<>();
    private final Set<Integer> fullDocumentVars = new HashSet<>();
    private final Map<Expr.Subquery, Var> hoisted = new java.util.IdentityHashMap<>();
    final Set<String> rules = new LinkedHashSet<>();
    final Map<String, String> access = new LinkedHashMap<>();
    private List<PlanNode> current;
    private int nextSlot;
    private int nextId = 1;
    private final boolean fullCount;

    /** @param memoryLimit what constant folding may materialise (the query's limit), 0 for none */
    Planner(ParsedQuery parsed, ObjectNode bindVars, Database db, boolean fullCount, long memoryLimit) {
        this.parsed = parsed;
        this.db = db;
        this.fullCount = fullCount;
        this.nextSlot = parsed.slots();
        this.compiler = new Compiler(bindVars, db, this::hoist);
        this.constants = new QueryContext(db, 0, null, null, memoryLimit);
    }

    /** Plans the whole query: 404/1203 for a collection that does not exist, before anything runs. */
    CompiledBlock plan() {
        for (String name : parsed.collectionNames()) {
            if (db.find(name) == null) {
                throw ApiError.collectionNotFound(name);
            }
        }
        CompiledBlock top = block(parsed.root());
        if (fullCount) {
            for (int i = top.nodes().size() - 1; i >= 0; i--) {
                if (top.nodes().get(i) instanceof BasicNodes.Limit limit) {
                    limit.fullCount = true;
                    break;
                }
            }
        }
        return top;
    }

    int slots() {
        return nextSlot;
    }

    List<Var> variables() {
        List<Var> all = new ArrayList<>(parsed.variables());
        all.addAll(temporaries);
        return all;
    }

    boolean isFullDocument(Var v) {
        return fullDocumentVars.contains(v.slot());
    }

    private Var temp() {
        int slot = nextSlot++;
        Var v = new Var(Integer.toString(slot), slot, false);
        temporaries.add(v);
        return v;
    }

    private <T extends PlanNode> T add(T node) {
        node.id = nextId++;
        node.dependency = current.isEmpty() ? null : current.get(current.size() - 1);
        current.add(node);
        return node;
    }

    private Var hoist(Expr.Subquery s) {
        CompiledBlock body = block(s.body());
        Var out = temp();
        add(new BasicNodes.Subquery(body, out));
        hoisted.put(s, out);
        return out;
    }

    /** The value of an expression that is the same for every row, or null when it is not constant. */
    JsonNode constant(Expr e) {
        if (!Compiler.isConstant(e, constSlots)) {
            return null;
        }
        JsonNode[] row = new JsonNode[nextSlot + 1];
        constSlots.forEach((slot, v) -> row[slot] = v);
        return compiler.compile(e).eval(row, constants);
    }

    /** Warnings raised while folding constant expressions (reported by explain and by the query). */
    com.fasterxml.jackson.databind.node.ArrayNode warnings() {
        return constants.warnings();
    }

    private Var calc(Expr e) {
        if (e instanceof Expr.Ref r) {
            return r.var();
        }
        JsonNode folded = e instanceof Expr.Literal || e instanceof Expr.Subquery ? null : constant(e);
        Ev ev = folded != null ? (row, ctx) -> folded : compiler.compile(e);
        Var out = temp();
        add(new BasicNodes.Calculation(e, ev, out)).hoisted = hoisted;
        return out;
    }

    private CompiledBlock block(Block b) {
        List<PlanNode> saved = current;
        current = new ArrayList<>();
        add(new BasicNodes.Singleton());
        CompiledBlock.ReturnNode ret = null;
        boolean rowsBefore = false;
        List<Op> ops = b.ops();
        Set<Integer> skip = new HashSet<>();
        for (int i = 0; i < ops.size(); i++) {
            if (skip.contains(i)) {
                continue;
            }
            Op op = ops.get(i);
            if (op instanceof Op.For f) {
                Collection c = compiler.collection(f.source());
                if (c != null) {
                    access.putIfAbsent(c.name(), "read");
                    fullDocumentVars.add(f.var().slot());
                    forCollection(f, c, ops, i, rowsBefore, skip);
                } else if (f.source() instanceof Expr.Binary range && range.op().equals("..")) {
                    Var bounds = temp();
                    add(new BasicNodes.Calculation(range, Ranges.bounds(compiler.compile(range.left()),
                            compiler.compile(range.right())), bounds)).hoisted = hoisted;
                    add(new BasicNodes.EnumerateList(bounds, f.var(), true));
                } else {
                    add(new BasicNodes.EnumerateList(calc(f.source()), f.var()));
                }
                rowsBefore = true;
            } else if (op instanceof Op.Filter f) {
                add(new BasicNodes.Filter(calc(f.condition())));
            } else if (op instanceof Op.Let l) {
                let(l);
            } else if (op instanceof Op.Sort s) {
                List<Var> keys = new ArrayList<>();
                boolean[] asc = new boolean[s.keys().size()];
                for (int k = 0; k < asc.length; k++) {
                    keys.add(calc(s.keys().get(k).expr()));
                    asc[k] = s.keys().get(k).ascending();
                }
                SortNode sortNode = add(new SortNode(keys, asc));
                if (!fullCount && i + 1 < ops.size() && ops.get(i + 1) instanceof Op.Limit l) {
                    long offset = l.offset() == null ? 0 : limitValue(l.offset());
                    sortNode.limit = offset + limitValue(l.count());
                    rules.add("sort-limit");
                }
            } else if (op instanceof Op.Limit l) {
                add(new BasicNodes.Limit(l.offset() == null ? 0 : limitValue(l.offset()), limitValue(l.count())));
            } else if (op instanceof Op.Collect c) {
                collect(c);
                rowsBefore = true;
            } else if (op instanceof Op.Return r) {
                ret = add(new CompiledBlock.ReturnNode(calc(r.value()), r.distinct()));
            } else if (op instanceof Op.Write w) {
                write(w);
            }
        }
        for (PlanNode n : current) {
            n.estimate();
        }
        CompiledBlock out = new CompiledBlock(List.copyOf(current), ret);
        current = saved;
        return out;
    }

    private long limitValue(Expr e) {
        JsonNode v = constant(e);
        if (v == null || !v.isNumber() || v.doubleValue() < 0) {
            throw new ApiError(400, 1501, "syntax error, LIMIT value must be a non-negative number known at query"
                    + " compile time");
        }
        return v.longValue();
    }

    private void let(Op.Let l) {
        if (l.value() instanceof Expr.Subquery s) {
            add(new BasicNodes.Subquery(block(s.body()), l.var()));
            return;
        }
        JsonNode constant = constant(l.value());
        Ev ev = constant != null ? (row, ctx) -> constant : compiler.compile(l.value());
        add(new BasicNodes.Calculation(l.value(), ev, l.var())).hoisted = hoisted;
        if (constant != null) {
            constSlots.put(l.var().slot(), constant);
        }
    }

    private void collect(Op.Collect c) {
        List<CollectNode.Group> groups = new ArrayList<>();
        for (Op.Assign g : c.groups()) {
            groups.add(new CollectNode.Group(g.var(), calc(g.value())));
        }
        List<CollectNode.Aggregate> aggregates = new ArrayList<>();
        for (Op.Assign a : c.aggregates()) {
            Expr.Call call = (Expr.Call) a.value();
            if (call.args().size() > 1) {
                throw new ApiError(400, 1574, "invalid aggregate expression");
            }
            Var in = call.args().isEmpty() ? null : calc(call.args().get(0));
            aggregates.add(new CollectNode.Aggregate(a.var(), call.name(), in));
        }
        Var intoValue = c.intoExpr() == null ? null : calc(c.intoExpr());
        add(new CollectNode(groups, aggregates, c.into(), intoValue, c.visible(), c.countVar()));
    }

    private void write(Op.Write w) {
        Collection c = compiler.collection(w.collection());
        access.put(c.name(), "write");
        JsonNode options = w.options() == null ? null : constant(w.options());
        if (w.options() != null && (options == null || !options.isObject())) {
            throw new ApiError(400, 1501, "syntax error, 'OPTIONS' have to be an object known at query compile time");
        }
        Ev doc = compiler.compile(w.doc());
        Ev with = w.with() == null ? null : compiler.compile(w.with());
        Ev insert = w.insert() == null ? null : compiler.compile(w.insert());
        add(new WriteNode(w.kind(), c, doc, with, insert, w.replace(), options, w.oldVar(), w.newVar()));
    }

    /** FOR over a collection: an index scan when one fits the following FILTERs / SORT, else a full scan. */
    private void forCollection(Op.For f, Collection c, List<Op> ops, int i, boolean rowsBefore, Set<Integer> skip) {
        List<Integer> filterOps = new ArrayList<>();
        List<Expr> conjuncts = new ArrayList<>();
        Set<Var> lets = new HashSet<>();
        boolean residual = false;
        int j = i + 1;
        // FILTERs right after the FOR, also across LETs: a LET changes no row count, and a condition on a LET
        // variable (computed after the index scan) stays a plain filter
        while (j < ops.size() && (ops.get(j) instanceof Op.Filter || ops.get(j) instanceof Op.Let)) {
            if (ops.get(j) instanceof Op.Let let) {
                lets.add(let.var());
            } else {
                List<Expr> parts = new ArrayList<>();
                IndexChooser.conjuncts(((Op.Filter) ops.get(j)).condition(), parts);
                for (Expr part : parts) {
                    if (lets.stream().allMatch(let -> Compiler.independentOf(part, let))) {
                        conjuncts.add(part);
                    } else {
                        residual = true;
                    }
                }
                filterOps.add(j);
            }
            j++;
        }
        Op.Sort sort = !rowsBefore && j < ops.size() && ops.get(j) instanceof Op.Sort s ? s : null;
        if (sort == null && conjuncts.isEmpty() && !rowsBefore && j < ops.size()
                && ops.get(j) instanceof Op.Collect grouping) {
            sort = groupOrder(grouping, f.var());
        }
        IndexChooser.Choice choice = IndexChooser.choose(c, f.var(), conjuncts, sort, hint(f),
                new IndexChooser.ValueSource() {
            @Override
            public JsonNode constant(Expr e) {
                return Planner.this.constant(e);
            }

            @Override
            public Ev rowValue(Expr e, Var forVar) {
                return Compiler.independentOf(e, forVar) ? compiler.compile(e) : null;
            }
        });
        java.util.Set<String> projections = Projections.of(ops.subList(i + 1, ops.size()), f.var());
        if (projections != null) {
            rules.add("reduce-extraction-to-projection");
        }
        if (choice == null) {
            add(new CollectionNodes.EnumerateCollection(c, f.var())).projections = projections;
            return;
        }
        rules.add("use-indexes");
        boolean covered = !residual && !conjuncts.isEmpty() && choice.used().containsAll(conjuncts);
        Ev post = null;
        if (covered) {
            Expr all = conjuncts.get(0);
            for (int k = 1; k < conjuncts.size(); k++) {
                all = new Expr.Binary("&&", all, conjuncts.get(k));
            }
            post = compiler.compile(all);
            skip.addAll(filterOps);
            rules.add("remove-filter-covered-by-index");
        }
        if (choice.sortCovered() && sort != null && ops.get(j) instanceof Op.Sort) {
            skip.add(j);
            rules.add("use-index-for-sort");
        }
        CollectionNodes.IndexScan node = add(new CollectionNodes.IndexScan(c, choice.index(), f.var(),
                choice.plan(), choice.descending(), choice.sortCovered(), choice.condition(), post));
        node.snapshotKeys = parsed.modification();
        node.projections = projections;
        node.covering = choice.index() != null && projections != null && !parsed.modification()
                && choice.index().fields().containsAll(projections);
        if (node.covering) {
            rules.add("use-index-for-collect-and-projections");
        }
        int next = choice.sortCovered() && sort != null && ops.get(j) instanceof Op.Sort ? j + 1 : j;
        boolean noResidual = !residual && (covered || conjuncts.isEmpty());
        if (noResidual && (sort == null || choice.sortCovered()) && next < ops.size()
                && ops.get(next) instanceof Op.Limit limit) {
            long offset = limit.offset() == null ? 0 : limitValue(limit.offset());
            node.limit = offset + limitValue(limit.count());
        }
    }

    /** The {@code indexHint} / {@code forceIndexHint} of a FOR's OPTIONS, or null. */
    private IndexChooser.Hint hint(Op.For f) {
        if (f.options() == null) {
            return null;
        }
        JsonNode options = constant(f.options());
        if (options == null || !options.isObject()) {
            throw new ApiError(400, 1501, "syntax error, 'OPTIONS' have to be an object known at query compile time");
        }
        JsonNode hint = options.path("indexHint");
        List<String> names = new ArrayList<>();
        if (hint.isTextual()) {
            names.add(hint.textValue());
        } else if (hint.isArray()) {
            hint.forEach(h -> names.add(h.asText()));
        }
        return new IndexChooser.Hint(names, options.path("forceIndexHint").asBoolean(false));
    }

    /**
     * {@code COLLECT g = d.a, h = d.b ...} right after {@code FOR d IN coll}: grouping wants its input in the order of
     * those attributes, so an index on them can serve it (ArangoDB sorts the input of a sorted COLLECT the same way).
     */
    private static Op.Sort groupOrder(Op.Collect c, Var v) {
        if (c.groups().isEmpty()) {
            return null;
        }
        List<Op.Sort.SortKey> keys = new ArrayList<>();
        for (Op.Assign g : c.groups()) {
            if (IndexChooser.path(g.value(), v) == null) {
                return null;
            }
            keys.add(new Op.Sort.SortKey(g.value(), true));
        }
        return new Op.Sort(keys);
    }
}
