package io.arangoconsole.sandbox.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.arangoconsole.sandbox.metrics.DocumentCache;
import io.arangoconsole.sandbox.store.ApiError;
import io.arangoconsole.sandbox.store.Collection;
import io.arangoconsole.sandbox.store.Database;
import io.arangoconsole.sandbox.store.Index;
import io.arangoconsole.sandbox.store.Json;
import io.arangoconsole.sandbox.store.PersistentIndex;

import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;

/** {@code /_api/collection}: list, info, properties, count, figures, create, drop, truncate, revision, checksum. */
final class CollectionHandlers {
    private final DocumentCache cache;

    CollectionHandlers(DocumentCache cache) {
        this.cache = cache;
    }

    /** Key options are not part of the store; kept here so properties echo what the client created. */
    private final Map<Collection, ObjectNode> keyOptions = Collections.synchronizedMap(new WeakHashMap<>());

    void register(Router r) {
        r.get("/_api/collection", this::list);
        r.post("/_api/collection", this::create);
        r.get("/_api/collection/{name}", ctx -> Reply.ok(200, info(coll(ctx))));
        r.delete("/_api/collection/{name}", this::drop);
        r.get("/_api/collection/{name}/properties", ctx -> Reply.ok(200, properties(coll(ctx))));
        r.put("/_api/collection/{name}/properties", this::changeProperties);
        r.get("/_api/collection/{name}/count", this::count);
        r.get("/_api/collection/{name}/figures", this::figures);
        r.get("/_api/collection/{name}/revision", this::revision);
        r.get("/_api/collection/{name}/checksum", this::checksum);
        r.put("/_api/collection/{name}/truncate", this::truncate);
        r.put("/_api/collection/{name}/rename", ctx -> {
            JsonNode to = ctx.jsonObject().get("name");
            return Reply.ok(200, info(ctx.db().rename(ctx.param(0), to == null || !to.isTextual() ? null
                    : to.textValue())));
        });
        r.put("/_api/collection/{name}/load", ctx -> Reply.ok(200, info(coll(ctx))));
        r.put("/_api/collection/{name}/unload", ctx -> Reply.ok(200, info(coll(ctx))));
    }

    private static Collection coll(Ctx ctx) {
        return ctx.db().collection(ctx.param(0));
    }

    static ObjectNode info(Collection c) {
        ObjectNode out = Json.object();
        out.put("id", Long.toString(c.id()));
        out.put("name", c.name());
        out.put("status", 3);
        out.put("type", c.type());
        out.put("isSystem", c.isSystem());
        out.put("globallyUniqueId", "hSANDBOX/" + c.id());
        return out;
    }

    ObjectNode properties(Collection c) {
        ObjectNode out = Json.object();
        out.put("writeConcern", 1);
        out.put("waitForSync", c.waitForSync());
        out.put("usesRevisionsAsDocumentIds", true);
        out.put("syncByRevision", true);
        out.put("supportsRBAC", true);
        out.put("statusString", "loaded");
        out.put("isSmartChild", false);
        out.putNull("schema");
        out.put("cacheEnabled", false);
        out.put("internalValidatorType", 0);
        out.setAll(info(c));
        ObjectNode keys = keyOptions.get(c);
        out.set("keyOptions", keys == null ? defaultKeyOptions() : keys.deepCopy());
        out.putNull("computedValues");
        out.put("objectId", Long.toString(c.id() + 1));
        return out;
    }

    private static ObjectNode defaultKeyOptions() {
        return Json.object().put("allowUserKeys", true).put("type", "traditional").put("lastValue", 0);
    }

    private Reply list(Ctx ctx) {
        boolean excludeSystem = ctx.flag("excludeSystem", false);
        ArrayNode result = Json.NODES.arrayNode();
        for (Collection c : ctx.db().collections()) {
            if (!excludeSystem || !c.isSystem()) {
                result.add(info(c));
            }
        }
        return Reply.result(200, result);
    }

    private Reply create(Ctx ctx) {
        ObjectNode body = ctx.jsonObject();
        JsonNode name = body.get("name");
        if (name == null || !name.isTextual()) {
            throw ApiError.illegalName(name == null ? "" : name.toString());
        }
        int type = body.path("type").asInt(2);
        if (type != 2 && type != 3) {
            throw new ApiError(400, 1218, "invalid collection type");
        }
        JsonNode cv = body.get("computedValues");
        if (cv != null && !cv.isNull() && !(cv.isArray() && cv.isEmpty())) {
            throw ApiError.badParameter("computedValues are not supported by the sandbox");
        }
        Collection c = ctx.db().create(name.asText(), type, body.path("waitForSync").asBoolean(false));
        JsonNode keys = body.get("keyOptions");
        if (keys != null && keys.isObject()) {
            ObjectNode k = defaultKeyOptions();
            String kt = keys.path("type").asText("traditional");
            if (!kt.matches("traditional|autoincrement|uuid|padded")) {
                ctx.db().drop(c.name());
                throw new ApiError(400, 10, "invalid key generator type");
            }
            k.put("type", kt);
            k.put("allowUserKeys", keys.path("allowUserKeys").asBoolean(true));
            keyOptions.put(c, k);
        }
        return Reply.ok(200, properties(c));
    }

    private Reply drop(Ctx ctx) {
        Database db = ctx.db();
        Collection c = db.collection(ctx.param(0));
        if (c.isSystem() && !ctx.flag("isSystem", false)) {
            throw new ApiError(403, 1217, "cannot drop system collection");
        }
        db.drop(c.name());
        keyOptions.remove(c);
        return Reply.ok(200, Json.object().put("id", Long.toString(c.id())));
    }

    private Reply changeProperties(Ctx ctx) {
        Collection c = coll(ctx);
        ObjectNode body = ctx.jsonObject();
        if (body.has("waitForSync")) {
            c.setWaitForSync(body.get("waitForSync").asBoolean());
        }
        return Reply.ok(200, properties(c));
    }

    private Reply count(Ctx ctx) {
        Collection c = coll(ctx);
        ObjectNode out = properties(c);
        out.put("count", c.count());
        return Reply.ok(200, out);
    }

    private Reply figures(Ctx ctx) {
        Collection c = coll(ctx);
        ObjectNode out = properties(c);
        out.put("count", c.count());
        ObjectNode figures = out.putObject("figures");
        figures.putObject("indexes").put("count", c.indexes(false).size()).put("size", c.indexesMemory());
        figures.put("documentsSize", c.documentsSize());
        // the sandbox's document cache (the stand-in for ArangoDB's in-memory cache) as this collection uses it
        long cacheUsage = cache.usage(ctx.databaseName(), c.name());
        figures.put("cacheInUse", cacheUsage > 0);
        figures.put("cacheSize", cacheUsage > 0 ? cache.limit() : 0);
        figures.put("cacheUsage", cacheUsage);
        if (ctx.flag("details", false)) {
            ObjectNode engine = figures.putObject("engine");
            engine.put("documents", c.count());
            ArrayNode indexes = engine.putArray("indexes");
            for (Index index : c.indexes(false)) {
                long entries = index instanceof PersistentIndex p ? p.size() : c.count();
                indexes.addObject().put("type", index.type()).put("id", index.id()).put("count", entries);
            }
        }
        return Reply.ok(200, out);
    }

    private Reply revision(Ctx ctx) {
        Collection c = coll(ctx);
        ObjectNode out = properties(c);
        out.put("revision", c.revision());
        return Reply.ok(200, out);
    }

    private Reply checksum(Ctx ctx) {
        Collection c = coll(ctx);
        ObjectNode out = properties(c);
        out.put("checksum", c.checksum(ctx.flag("withRevisions", false), ctx.flag("withData", false)));
        out.put("revision", c.revision());
        return Reply.ok(200, out);
    }

    private Reply truncate(Ctx ctx) {
        Collection c = coll(ctx);
        c.truncate();
        return Reply.ok(200, info(c));
    }
}
