package io.arangoconsole.sandbox.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.arangoconsole.sandbox.metrics.DocumentCache;
import io.arangoconsole.sandbox.store.ApiError;
import io.arangoconsole.sandbox.store.Collection;
import io.arangoconsole.sandbox.store.Json;
import io.arangoconsole.sandbox.store.StoredDocument;
import io.arangoconsole.sandbox.store.WriteOptions;
import io.arangoconsole.sandbox.store.WriteResult;

import java.util.Map;
import java.util.TreeMap;

/**
 * {@code /_api/document}: single and batch insert, replace, update and remove, get and HEAD. Batch answers keep the
 * input order, failed items become error objects and {@code x-arango-error-codes} counts them, as ArangoDB does.
 */
final class DocumentHandlers {
    private final DocumentCache cache;

    DocumentHandlers(DocumentCache cache) {
        this.cache = cache;
    }

    void register(Router r) {
        r.post("/_api/document/{collection}", ctx -> write(ctx, Op.INSERT));
        r.put("/_api/document/{collection}", ctx -> ctx.flag("onlyget", false) ? getMany(ctx) : write(ctx, Op.REPLACE));
        r.patch("/_api/document/{collection}", ctx -> write(ctx, Op.UPDATE));
        r.delete("/_api/document/{collection}", ctx -> write(ctx, Op.REMOVE));
        r.get("/_api/document/{collection}/{key}", this::get);
        r.add("HEAD", "/_api/document/{collection}/{key}", this::get);
        r.put("/_api/document/{collection}/{key}", ctx -> writeOne(ctx, Op.REPLACE));
        r.patch("/_api/document/{collection}/{key}", ctx -> writeOne(ctx, Op.UPDATE));
        r.delete("/_api/document/{collection}/{key}", ctx -> writeOne(ctx, Op.REMOVE));
    }

    private enum Op { INSERT, REPLACE, UPDATE, REMOVE }

    private record Flags(boolean returnNew, boolean returnOld, boolean silent, boolean ignoreRevs, WriteOptions opts) {
        static Flags of(Ctx ctx, String ifMatch) {
            String mode = ctx.query("overwriteMode");
            if (mode == null && ctx.flag("overwrite", false)) {
                mode = "replace";
            }
            if (mode != null && !mode.matches("ignore|replace|update|conflict")) {
                throw ApiError.badParameter("invalid overwriteMode: " + mode);
            }
            return new Flags(ctx.flag("returnNew", false), ctx.flag("returnOld", false), ctx.flag("silent", false),
                    ctx.flag("ignoreRevs", true), new WriteOptions(mode, ctx.flag("keepNull", true),
                    ctx.flag("mergeObjects", true), ifMatch));
        }
    }

    private static int status(Ctx ctx, Collection c) {
        return ctx.flag("waitForSync", false) || c.waitForSync() ? 201 : 202;
    }

    private static String ifMatch(Ctx ctx) {
        String v = ctx.header("if-match");
        if (v == null) {
            v = ctx.query("rev");
        }
        return v == null ? null : v.replace("\"", "");
    }

    private Reply writeOne(Ctx ctx, Op op) {
        Collection c = ctx.db().collection(ctx.param(0));
        Flags flags = Flags.of(ctx, ifMatch(ctx));
        JsonNode body = op == Op.REMOVE ? null : ctx.json();
        if (op != Op.REMOVE && (body == null || !body.isObject())) {
            throw new ApiError(400, 1227, "invalid document type");
        }
        ObjectNode result;
        try {
            result = apply(c, op, ctx.param(1), (ObjectNode) body, flags);
        } catch (ApiError e) {
            StoredDocument current = e.code() == 412 ? c.get(ctx.param(1)) : null;
            if (current == null) {
                throw e;
            }
            // ArangoDB names the document and its current revision in a conflict, body and etag
            ObjectNode err = Json.object().put("error", true).put("code", 412).put("errorNum", e.errorNum())
                    .put("errorMessage", e.getMessage());
            err.setAll(current.meta(c.name()));
            return Reply.json(412, err).header("etag", "\"" + current.rev() + "\"");
        }
        int status = op == Op.REMOVE ? (status(ctx, c) == 201 ? 200 : 202) : status(ctx, c);
        return Reply.json(status, flags.silent ? Json.object() : result)
                .header("etag", "\"" + result.path("_rev").asText() + "\"")
                .header("location", "/_db/" + ctx.databaseName() + "/_api/document/" + c.name() + "/"
                        + result.path("_key").asText(ctx.param(1)));
    }

    private Reply write(Ctx ctx, Op op) {
        Collection c = ctx.db().collection(ctx.param(0));
        Flags flags = Flags.of(ctx, null);
        JsonNode body = ctx.json();
        int status = status(ctx, c);
        if (op == Op.REMOVE) {
            status = status == 201 ? 200 : 202;
        }
        if (body != null && body.isObject() && op == Op.INSERT) {
            ObjectNode result = apply(c, op, null, (ObjectNode) body, flags);
            return Reply.json(status, flags.silent ? Json.object() : result)
                    .header("etag", "\"" + result.path("_rev").asText() + "\"")
                    .header("location", "/_db/" + ctx.databaseName() + "/_api/document/" + result.path("_id").asText());
        }
        if (body == null || !body.isArray()) {
            throw new ApiError(400, 1227, "invalid document type");
        }
        ArrayNode out = Json.NODES.arrayNode();
        Map<String, Integer> errors = new TreeMap<>();
        for (JsonNode item : body) {
            try {
                String key = null;
                ObjectNode doc = null;
                if (op == Op.REMOVE && item.isTextual()) {
                    key = keyOfReference(c, item.asText());
                } else if (!item.isObject()) {
                    throw new ApiError(400, 1227, "invalid document type");
                } else {
                    doc = (ObjectNode) item;
                    if (op != Op.INSERT) {
                        key = keyOf(doc);
                    }
                }
                Flags itemFlags = flags;
                if (!flags.ignoreRevs && doc != null && doc.hasNonNull("_rev")) {
                    WriteOptions o = flags.opts;
                    WriteOptions withRev = new WriteOptions(o.overwriteMode(), o.keepNull(), o.mergeObjects(),
                            doc.get("_rev").asText());
                    itemFlags = new Flags(flags.returnNew, flags.returnOld, flags.silent, false, withRev);
                }
                ObjectNode result = apply(c, op, key, doc, itemFlags);
                if (!flags.silent) {
                    out.add(result);
                }
            } catch (ApiError e) {
                errors.merge(Integer.toString(e.errorNum()), 1, Integer::sum);
                ObjectNode err = Json.object();
                err.put("error", true);
                err.put("errorNum", e.errorNum());
                err.put("errorMessage", e.getMessage());
                out.add(err);
            }
        }
        int failed = errors.values().stream().mapToInt(Integer::intValue).sum();
        if (failed > 0 && failed == body.size()) {
            status = 202; // nothing was written, so nothing was synced either
        }
        Reply reply = Reply.json(status, out);
        if (!errors.isEmpty()) {
            ObjectNode counts = Json.object();
            errors.forEach(counts::put);
            reply.header("x-arango-error-codes", Json.text(counts));
        }
        return reply;
    }

    /** A key, or a document id of this collection, as the items of a batch remove may give them. */
    private static String keyOfReference(Collection c, String ref) {
        int slash = ref.indexOf('/');
        if (slash < 0) {
            return ref;
        }
        if (!ref.substring(0, slash).equals(c.name())) {
            throw ApiError.documentNotFound();
        }
        return ref.substring(slash + 1);
    }

    private static String keyOf(ObjectNode doc) {
        JsonNode key = doc.get("_key");
        if (key == null || !key.isTextual()) {
            JsonNode id = doc.get("_id");
            if (id != null && id.isTextual() && id.asText().contains("/")) {
                return id.asText().substring(id.asText().indexOf('/') + 1);
            }
            throw new ApiError(400, 1205, "illegal document identifier");
        }
        return key.asText();
    }

    private ObjectNode apply(Collection c, Op op, String key, ObjectNode doc, Flags flags) {
        WriteResult w;
        StoredDocument removed = null;
        switch (op) {
            case INSERT -> w = c.insert(doc, flags.opts);
            case REPLACE -> w = c.replace(key, doc, flags.opts);
            case UPDATE -> w = c.update(key, doc, flags.opts);
            default -> {
                removed = c.remove(key, flags.opts);
                w = null;
            }
        }
        if (removed != null) {
            ObjectNode out = removed.meta(c.name());
            if (flags.returnOld) {
                out.set("old", removed.node());
            }
            return out;
        }
        ObjectNode out = w.current().meta(c.name());
        if (w.previous() != null && !w.ignored()) {
            out.put("_oldRev", w.previous().rev());
            if (flags.returnOld) {
                out.set("old", w.previous().node());
            }
        }
        if (flags.returnNew) {
            out.set("new", w.current().node());
        }
        return out;
    }

    private Reply get(Ctx ctx) {
        Collection c = ctx.db().collection(ctx.param(0));
        StoredDocument doc = c.get(ctx.param(1));
        if (doc == null) {
            throw ApiError.documentNotFound();
        }
        cache.lookup(ctx.databaseName() + "/" + c.name() + "/" + doc.key(), doc.rev());
        String etag = "\"" + doc.rev() + "\"";
        String noneMatch = ctx.header("if-none-match");
        if (noneMatch != null && noneMatch.replace("\"", "").equals(doc.rev())) {
            return Reply.empty(304).header("etag", etag);
        }
        String match = ctx.header("if-match");
        if (match != null && !match.replace("\"", "").equals(doc.rev())) {
            ObjectNode err = doc.meta(c.name());
            err.put("error", true).put("code", 412).put("errorNum", 1200)
                    .put("errorMessage", "conflict, _rev values do not match");
            return Reply.json(412, err).header("etag", etag);
        }
        if (ctx.method().equals("HEAD")) {
            return Reply.empty(200).header("etag", etag);
        }
        return new Reply(200, doc.json(), Reply.JSON, new java.util.LinkedHashMap<>()).header("etag", etag);
    }

    private Reply getMany(Ctx ctx) {
        Collection c = ctx.db().collection(ctx.param(0));
        JsonNode body = ctx.json();
        if (body == null || !body.isArray()) {
            throw new ApiError(400, 1227, "invalid document type");
        }
        ArrayNode out = Json.NODES.arrayNode();
        Map<String, Integer> errors = new TreeMap<>();
        for (JsonNode item : body) {
            String key = item.isTextual() ? item.asText() : item.isObject() ? keyOrNull(item) : null;
            StoredDocument doc = key == null ? null : c.get(key);
            if (doc == null) {
                errors.merge("1202", 1, Integer::sum);
                out.addObject().put("error", true).put("errorNum", 1202).put("errorMessage", "document not found");
            } else {
                cache.lookup(ctx.databaseName() + "/" + c.name() + "/" + doc.key(), doc.rev());
                out.add(doc.node());
            }
        }
        Reply reply = Reply.json(200, out);
        if (!errors.isEmpty()) {
            reply.header("x-arango-error-codes", "{\"1202\":" + errors.get("1202") + "}");
        }
        return reply;
    }

    private static String keyOrNull(JsonNode item) {
        try {
            return keyOf((ObjectNode) item);
        } catch (ApiError e) {
            return null;
        }
    }
}
