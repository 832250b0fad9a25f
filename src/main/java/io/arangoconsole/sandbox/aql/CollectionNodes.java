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
            Iterator<JsonNode[]> input = dependency.rows(ctx, start);
            int slot = out.slot();
            return new RowIter() {
                JsonNode[] row;
                Iterator<StoredDocument> docs = Collections.emptyIterator();

                @Override
                JsonNode[] compute() {
                    while (!docs.hasNext()) {
                        if (!input.hasNext()) {
                            return null;
                        }
                        row = input.next();
                        docs = collection.snapshot().iterator();
                    }
                    ctx.checkAlive();
                    ctx.scannedFull++;
                    JsonNode[] r = row.clone();
                    r[slot] = docs.next().node();
                    produced++;
                    return r;
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
            o.putArray("projections");
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

    /** Reads a persistent index in order (or reversed) and fetches each document by key. */
    static final class IndexScan extends PlanNode {
        final Collection collection;
        final PersistentIndex index;
        final Var out;
        final List<Scan> scans;
        final boolean descending;
        final boolean sorted;
        final Expr condition;
        /** The FILTER conditions this node applies itself (when every conjunct was covered), or null. */
        final Ev postFilter;
        long limit;

        IndexScan(Collection collection, PersistentIndex index, Var out, List<Scan> scans, boolean descending,
                  boolean sorted, Expr condition, Ev postFilter) {
            this.collection = collection;
            this.index = index;
            this.out = out;
            this.scans = scans;
            this.descending = descending;
            this.sorted = sorted;
            this.condition = condition;
            this.postFilter = postFilter;
        }

        @Override
        String type() {
            return "IndexNode";
        }

        @Override
        Iterator<JsonNode[]> rows(QueryContext ctx, JsonNode[] start) {
            Iterator<JsonNode[]> input = dependency.rows(ctx, start);
            int slot = out.slot();
            return new RowIter() {
                JsonNode[] row;
                int scan = scans.size();
                Iterator<IndexKey> keys = Collections.emptyIterator();

                @Override
                JsonNode[] compute() {
                    while (true) {
                        while (!keys.hasNext()) {
                            if (scan >= scans.size()) {
                                if (!input.hasNext()) {
                                    return null;
                                }
                                row = input.next();
                                scan = 0;
                            }
                            Scan s = scans.get(scan++);
                            ctx.seeks++;
                            keys = index.scan(s.equal(), s.range(), descending);
                        }
                        ctx.checkAlive();
                        IndexKey k = keys.next();
                        ctx.scannedIndex++;
                        StoredDocument doc = collection.get(k.docKey());
                        if (doc == null) {
                            continue;
                        }
                        ctx.documentLookups++;
                        JsonNode[] r = row.clone();
                        r[slot] = doc.node();
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

        double matchesPerScan() {
            double n = Math.max(1, collection.count());
            Scan s = scans.isEmpty() ? null : scans.get(0);
            if (s == null || (s.equal().isEmpty() && s.range() == null)) {
                return n;
            }
            if (s.equal().size() == index.fields().size()) {
                return Math.max(1, 1 / Math.max(index.selectivityEstimate(), 1 / n));
            }
            double eq = s.equal().isEmpty() ? n : Math.max(1, n * Math.min(1, Math.sqrt(1 - index.selectivityEstimate()
                    + 1 / n)));
            return s.range() == null ? eq : Math.max(1, eq * 0.25);
        }

        @Override
        void estimate() {
            double n = Math.max(1, collection.count());
            double per = Math.min(n, matchesPerScan() * scans.size());
            if (limit > 0) {
                per = Math.min(per, limit);
            }
            estimatedItems = depItems() * per;
            estimatedCost = depCost() + depItems() * (scans.size() * log2(n) + per);
        }

        @Override
        void describe(ObjectNode o) {
            o.put("database", "");
            o.put("collection", collection.name());
            o.set("outVariable", varRef(out));
            ArrayNode indexes = o.putArray("indexes");
            ObjectNode ix = indexes.addObject();
            ix.put("id", Long.toString(index.id()));
            ix.put("type", index.type());
            ix.put("name", index.name());
            ArrayNode fields = ix.putArray("fields");
            index.fields().forEach(fields::add);
            ix.put("selectivityEstimate", index.selectivityEstimate());
            ix.put("unique", index.unique());
            ix.put("sparse", index.sparse());
            ix.put("deduplicate", index.spec().deduplicate());
            ix.put("estimates", index.spec().estimates());
            ix.put("cacheEnabled", index.spec().cacheEnabled());
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
            o.put("sorted", sorted);
            o.put("ascending", !descending);
            o.put("reverse", descending);
            o.put("evalFCalls", true);
            o.put("waitForSync", false);
            o.put("limit", limit);
            o.put("lookahead", 1);
            o.put("strategy", "document");
            o.putArray("projections");
            o.putArray("filterProjections");
            o.put("producesResult", true);
            o.put("readOwnWrites", false);
            o.put("useCache", true);
            o.put("satellite", false);
        }
    }
}
