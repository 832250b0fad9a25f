package io.arangoconsole.sandbox.aql;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.arangoconsole.sandbox.aql.ast.Var;
import io.arangoconsole.sandbox.store.ApiError;
import io.arangoconsole.sandbox.store.Collection;
import io.arangoconsole.sandbox.store.StoredDocument;
import io.arangoconsole.sandbox.store.WriteOptions;
import io.arangoconsole.sandbox.store.WriteResult;

import java.util.Iterator;
import java.util.Locale;

/** INSERT / UPDATE / REPLACE / REMOVE / UPSERT, one document per row, through the store's write methods. */
final class WriteNode extends PlanNode {
    final String kind;
    final Collection collection;
    final Ev doc;
    final Ev with;
    final Ev insert;
    final boolean replace;
    final JsonNode options;
    final Var oldVar;
    final Var newVar;

    WriteNode(String kind, Collection collection, Ev doc, Ev with, Ev insert, boolean replace, JsonNode options,
              Var oldVar, Var newVar) {
        this.kind = kind;
        this.collection = collection;
        this.doc = doc;
        this.with = with;
        this.insert = insert;
        this.replace = replace;
        this.options = options;
        this.oldVar = oldVar;
        this.newVar = newVar;
    }

    @Override
    String type() {
        return kind.charAt(0) + kind.substring(1).toLowerCase(Locale.ROOT) + "Node";
    }

    @Override
    Iterator<JsonNode[]> rows(QueryContext ctx, JsonNode[] start) {
        boolean ignoreErrors = options != null && options.path("ignoreErrors").asBoolean(false);
        WriteOptions writeOptions = writeOptions();
        return eachRow(ctx, start, row -> {
            ctx.checkAlive();
            try {
                write(row, ctx, writeOptions);
            } catch (ApiError e) {
                if (!ignoreErrors || e.errorNum() == 1200) {
                    throw e;
                }
                ctx.writesIgnored++;
            }
        });
    }

    private WriteOptions writeOptions() {
        if (options == null) {
            return WriteOptions.DEFAULT;
        }
        String mode = options.hasNonNull("overwriteMode") ? options.get("overwriteMode").asText()
                : options.path("overwrite").asBoolean(false) ? "replace" : null;
        return new WriteOptions(mode, options.path("keepNull").asBoolean(true),
                options.path("mergeObjects").asBoolean(true), null);
    }

    private void write(JsonNode[] row, QueryContext ctx, WriteOptions opts) {
        JsonNode value = doc.eval(row, ctx);
        switch (kind) {
            case "INSERT": {
                WriteResult r = collection.insert(object(value), opts, ctx.txn);
                count(ctx, r.ignored());
                set(row, r.previous(), r.current());
                break;
            }
            case "UPDATE":
            case "REPLACE": {
                String key = key(value);
                ObjectNode body = object(with == null ? value : with.eval(row, ctx));
                WriteResult r = kind.equals("UPDATE") ? collection.update(key, body, opts, ctx.txn)
                        : collection.replace(key, body, opts, ctx.txn);
                count(ctx, false);
                set(row, r.previous(), r.current());
                break;
            }
            case "REMOVE": {
                StoredDocument removed = collection.remove(key(value), opts, ctx.txn);
                count(ctx, false);
                set(row, removed, null);
                break;
            }
            default:
                upsert(row, ctx, value, opts);
        }
    }

    private void upsert(JsonNode[] row, QueryContext ctx, JsonNode search, WriteOptions opts) {
        if (!search.isObject()) {
            throw new ApiError(400, 1227, "invalid document type");
        }
        StoredDocument found = null;
        for (StoredDocument d : collection.snapshot()) {
            ctx.scannedFull++;
            ObjectNode node = d.node();
            boolean match = true;
            var it = search.fields();
            while (it.hasNext() && match) {
                var e = it.next();
                match = Values.compare(node.get(e.getKey()), e.getValue()) == 0;
            }
            if (match) {
                found = d;
                break;
            }
        }
        if (found == null) {
            WriteResult r = collection.insert(object(insert.eval(row, ctx)), opts, ctx.txn);
            count(ctx, r.ignored());
            set(row, null, r.current());
            return;
        }
        row[oldVar.slot()] = found.node();
        ObjectNode body = object(with.eval(row, ctx));
        WriteResult r = replace ? collection.replace(found.key(), body, opts, ctx.txn)
                : collection.update(found.key(), body, opts, ctx.txn);
        count(ctx, false);
        set(row, r.previous(), r.current());
    }

    private static void count(QueryContext ctx, boolean ignored) {
        if (ignored) {
            ctx.writesIgnored++;
        } else {
            ctx.writesExecuted++;
        }
    }

    private void set(JsonNode[] row, StoredDocument old, StoredDocument current) {
        if (oldVar != null) {
            row[oldVar.slot()] = old == null ? Values.NULL : old.node();
        }
        if (newVar != null) {
            row[newVar.slot()] = current == null ? Values.NULL : current.node();
        }
    }

    private static ObjectNode object(JsonNode v) {
        if (!v.isObject()) {
            throw new ApiError(400, 1227, "invalid document type");
        }
        return ((ObjectNode) v).deepCopy();
    }

    private static String key(JsonNode v) {
        if (v.isTextual()) {
            return v.textValue();
        }
        if (v.isObject() && v.path("_key").isTextual()) {
            return v.get("_key").textValue();
        }
        if (v.isObject()) {
            throw new ApiError(400, 1226, "missing document key");
        }
        throw new ApiError(400, 1227, "invalid document type");
    }

    @Override
    void estimate() {
        estimatedItems = depItems();
        estimatedCost = depCost() + depItems();
    }

    @Override
    void describe(ObjectNode o) {
        o.put("database", "");
        o.put("collection", collection.name());
        if (oldVar != null) {
            o.set("outVariableOld", varRef(oldVar));
        }
        if (newVar != null) {
            o.set("outVariableNew", varRef(newVar));
        }
        ObjectNode opts = o.putObject("modificationFlags");
        opts.put("ignoreErrors", options != null && options.path("ignoreErrors").asBoolean(false));
        opts.put("waitForSync", false);
        opts.put("keepNull", true);
        opts.put("mergeObjects", true);
    }
}
