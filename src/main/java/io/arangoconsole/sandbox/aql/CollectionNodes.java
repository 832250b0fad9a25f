package io.arangoconsole.sandbox.aql;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.arangoconsole.sandbox.aql.ast.Expr;
import io.arangoconsole.sandbox.aql.ast.Var;
import io.arangoconsole.sandbox.store.Collection;
import io.arangoconsole.sandbox.store.IndexKey;
import io.arangoconsole.sandbox.store.IndexRange;
import io.arangoconsole.sandbox.store.Json;
import io.arangoconsole.sandbox.store.PersistentIndex;
import io.arangoconsole.sandbox.store.ReadHorizon;
import io.arangoconsole.sandbox.store.StoredDocument;

import java.util.Collections;
import java.util.Iterator;
import java.util.List;

/** FOR over a collection: a full scan, or an index scan chosen by the optimizer. */
final class CollectionNodes {
    private CollectionNodes() {
    }

    static double log2(double n) {
        return n > 1 ? Math.log(n) / Math.log(2) : 1;
    }

    /** Full scan over a snapshot of the collection; every document is parsed only when it is reached. */
    static final class EnumerateCollection extends PlanNode {
        final Collection collection;
        final Var out;
        /** Top-level attributes the query reads of each document, or null for whole documents. */
        java.util.Set<String> projections;

        EnumerateCollection(Collection collection, Var out) {
            this.collection = collection;
            this.out = out;
        }

        @Override
        String type() {
            return "EnumerateCollectionNode";
        }

        @Override
        Iterator<JsonNode[]> rows(QueryContext ctx, JsonNode[] start) {
            Iterator<JsonNode[]> input = dependency.open(ctx, start);
            int slot = out.slot();
            return new RowIter() {
                JsonNode[] row;
                Iterator<StoredDocument> docs = Collections.emptyIterator();

                @Override
                JsonNode[] compute() {
                    while (true) {
                        while (!docs.hasNext()) {
                            if (!input.hasNext()) {
                                return null;
                            }
                            row = input.next();
                            docs = collection.snapshot().iterator();
                        }
                        ctx.checkAlive();
                        ctx.scannedFull++;
                        StoredDocument doc = docs.next();
                        if (!ReadHorizon.sees(ctx.horizon, doc)) {
                            continue; // not yet applied on the lagging follower that answers this read
                        }
                        JsonNode[] r = row.clone();
                        r[slot] = Projections.read(doc, projections);
                        produced++;
                        return r;
                    }
                }
            };
        }

        @Override
        void estimate() {
            estimatedItems = depItems() * collection.count();
            estimatedCost = depCost() + estimatedItems + 1;
        }

        @Override
        void describe(ObjectNode o) {
            o.put("database", "");
            o.put("collection", collection.name());
            o.set("outVariable", varRef(out));
            o.put("random", false);
            ObjectNode hint = o.putObject("indexHint");
            hint.put("forced", false);
            hint.put("lookahead", 1);
            hint.put("type", "none");
            ArrayNode p = o.putArray("projections");
            if (projections != null) {
                projections.forEach(p::add);
            }
            o.putArray("filterProjections");
            o.put("count", false);
            o.put("producesResult", true);
            o.put("readOwnWrites", false);
            o.put("useCache", true);
            o.put("satellite", false);
        }
    }

    /** One index lookup: equality on the first fields, then an optional range on the next. */
    record Scan(List<JsonNode> equal, IndexRange range) {
    }

    /** Reads a persistent index in order (or reversed), or the primary index by key, and fetches each document. */
    static final class IndexScan extends PlanNode {
        final Collection collection;
        /** The persistent index, or null for the primary index. */
        final PersistentIndex index;
        final Var out;
        final ScanPlan plan;
        final boolean descending;
        final boolean sorted;
        final Expr condition;
        /** The FILTER conditions this node applies itself (when every conjunct was covered), or null. */
        final Ev postFilter;
        long limit;
        /** Set in writing queries: read each scan's keys up front so that our own writes are not seen again. */
        boolean snapshotKeys;
        /** Top-level attributes the query reads of each document, or null for whole documents. */
        java.util.Set<String> projections;
        /** Set when the index holds every attribute the query reads: rows come from index entries alone. */
        boolean covering;

        IndexScan(Collection collection, PersistentIndex index, Var out, ScanPlan plan, boolean descending,
                  boolean sorted, Expr condition, Ev postFilter) {
            this.collection = collection;
            this.index = index;
            this.out = out;
            this.plan = plan;
            this.descending = descending;
            this.sorted = sorted;
            this.condition = condition;
            this.postFilter = postFilter;
        }

        @Override
        String type() {
            return "IndexNode";
        }

        private Iterator<String> keys(Scan s) {
            if (index != null) {
                Iterator<IndexKey> entries = index.scan(s.equal(), s.range(), descending);
                if (snapshotKeys) {
                    List<String> keys = new java.util.ArrayList<>();
                    entries.forEachRemaining(k -> keys.add(k.docKey()));
                    return keys.iterator();
                }
                return new Iterator<>() {
                    @Override
                    public boolean hasNext() {
                        return entries.hasNext();
                    }

                    @Override
                    public String next() {
                        return entries.next().docKey();
                    }
                };
            }
            if (s.equal().isEmpty()) {
                Iterator<String> ordered = keysInOrder(s.range());
                if (snapshotKeys) {
                    List<String> keys = new java.util.ArrayList<>();
                    ordered.forEachRemaining(keys::add);
                    return keys.iterator();
                }
                return ordered;
            }
            JsonNode key = s.equal().get(0);
            return key.isTextual() && collection.get(key.textValue()) != null
                    ? List.of(key.textValue()).iterator() : Collections.emptyIterator();
        }

        /** The primary index read in key order within {@code range} (null: every key), as ArangoDB reads it. */
        private Iterator<String> keysInOrder(IndexRange range) {
            return collection.primaryIndex().keysInOrder(range, descending);
        }

        @Override
        Iterator<JsonNode[]> rows(QueryContext ctx, JsonNode[] start) {
            Iterator<JsonNode[]> input = dependency.open(ctx, start);
            int slot = out.slot();
            return new RowIter() {
                JsonNode[] row;
                Iterator<Scan> scans = Collections.emptyIterator();
                Iterator<?> keys = Collections.emptyIterator();

                @Override
                JsonNode[] compute() {
                    while (true) {
                        while (!keys.hasNext()) {
                            while (!scans.hasNext()) {
                                if (!input.hasNext()) {
                                    return null;
                                }
                                row = input.next();
                                scans = plan.scans(row, ctx, descending).iterator();
                            }
                            ctx.seeks++;
                            Scan scan = scans.next();
                            keys = covering ? index.scan(scan.equal(), scan.range(), descending) : keys(scan);
                        }
                        ctx.checkAlive();
                        Object next = keys.next();
                        ctx.scannedIndex++;
                        JsonNode[] r = row.clone();
                        if (ctx.horizon != ReadHorizon.NONE && !ReadHorizon.sees(ctx.horizon, collection.get(
                                next instanceof IndexKey entry ? entry.docKey() : (String) next))) {
                            continue;
                        }
                        if (next instanceof IndexKey entry) {
                            r[slot] = fromIndex(entry);
                        } else {
                            StoredDocument doc = collection.get((String) next);
                            if (doc == null) {
                                continue;
                            }
                            ctx.documentLookups++;
                            r[slot] = Projections.read(doc, projections);
                        }
                        if (postFilter != null && !Values.truthy(postFilter.eval(r, ctx))) {
                            ctx.filtered++;
                            continue;
                        }
                        produced++;
                        return r;
                    }
                }
            };
        }

        /** The projected document built from an index entry: the indexed attributes the query reads. */
        private JsonNode fromIndex(IndexKey entry) {
            ObjectNode doc = Json.object();
            List<String> fields = index.fields();
            for (int i = 0; i < fields.size(); i++) {
                if (projections.contains(fields.get(i))) {
                    doc.set(fields.get(i), entry.value(i));
                }
            }
            return doc;
        }

        double matchesPerScan() {
            double n = Math.max(1, collection.count());
            if (index == null) {
                return 1;
            }
            int eq = plan.equal().size() + (plan.in() != null ? 1 : 0);
            if (eq == 0 && !plan.hasRange()) {
                return n;
            }
            double selectivity = Math.max(index.selectivityEstimate(), 1 / n);
            if (eq >= index.fields().size()) {
                return Math.max(1, 1 / selectivity);
            }
            double matches = eq == 0 ? n : Math.max(1, n / Math.max(1, Math.pow(selectivity * n, (double) eq
                    / index.fields().size())));
            return plan.hasRange() ? Math.max(1, matches * 0.25) : matches;
        }

        @Override
        void estimate() {
            double n = Math.max(1, collection.count());
            double lookups = plan.lookups();
            double per = Math.min(n, matchesPerScan() * lookups);
            if (limit > 0) {
                per = Math.min(per, limit);
            }
            estimatedItems = depItems() * per;
            estimatedCost = depCost() + depItems() * (lookups * log2(n) + per);
        }

        @Override
        void describe(ObjectNode o) {
            o.put("database", "");
            o.put("collection", collection.name());
            o.set("outVariable", varRef(out));
            ArrayNode indexes = o.putArray("indexes");
            ObjectNode ix = indexes.addObject();
            ix.put("id", index == null ? "0" : Long.toString(index.id()));
            ix.put("type", index == null ? "primary" : index.type());
            ix.put("name", index == null ? "primary" : index.name());
            ArrayNode fields = ix.putArray("fields");
            (index == null ? List.of("_key") : index.spec().fields()).forEach(fields::add);
            if (index != null && !index.spec().prefixFields().isEmpty()) {
                index.spec().prefixFields().forEach(ix.putArray("prefixFields")::add);
            }
            ix.put("selectivityEstimate", index == null ? 1 : index.selectivityEstimate());
            ix.put("unique", index == null || index.unique());
            ix.put("sparse", index != null && index.sparse());
            if (index != null) {
                ix.put("deduplicate", index.spec().deduplicate());
                ix.put("estimates", index.spec().estimates());
                ix.put("cacheEnabled", index.spec().cacheEnabled());
            }
            if (condition == null) {
                o.putObject("condition");
            } else {
                ObjectNode or = Json.object();
                or.put("type", "n-ary or");
                ObjectNode and = or.putArray("subNodes").addObject();
                and.put("type", "n-ary and");
                and.putArray("subNodes").add(AstJson.expr(condition));
                o.set("condition", or);
            }
            o.put("sorted", sorted || index != null);
            o.put("ascending", !descending);
            o.put("reverse", descending);
            o.put("evalFCalls", true);
            o.put("waitForSync", false);
            o.put("limit", limit);
            o.put("lookahead", 1);
            o.put("strategy", covering ? "covering" : "document");
            o.put("indexCoversProjections", covering);
            ArrayNode p = o.putArray("projections");
            if (projections != null) {
                projections.forEach(p::add);
            }
            o.putArray("filterProjections");
            o.put("producesResult", true);
            o.put("readOwnWrites", false);
            o.put("useCache", true);
            o.put("satellite", false);
        }
    }
}
