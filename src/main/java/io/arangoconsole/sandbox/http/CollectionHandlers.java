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
import io.arangoconsole.sandbox.store.KeyGenerator;
import io.arangoconsole.sandbox.store.PersistentIndex;

import java.util.List;

/**
 * {@code /_api/collection}: list, info, properties, count, figures, create, drop, truncate, revision, checksum,
 * load/unload, compact, loadIndexesIntoMemory; {@code /_api/key-generators}. A collection is named by its name or
 * its numeric id, and the answers about one send a {@code location} header, as ArangoDB's do.
 */
final class CollectionHandlers {
    private static final List<String> KEY_GENERATORS = List.of("upgrade", "padded", "uuid", "autoincrement",
            "traditional");
    private final DocumentCache cache;

    CollectionHandlers(DocumentCache cache) {
        this.cache = cache;
    }

    void register(Router r) {
        r.get("/_api/collection", this::list);
        r.post("/_api/collection", this::create);
        r.get("/_api/key-generators", ctx -> {
            ObjectNode out = Json.object();
            KEY_GENERATORS.forEach(out.putArray("keyGenerators")::add);
            return Reply.json(200, out);
        });
        r.get("/_api/collection/{name}", ctx -> Reply.ok(200, info(coll(ctx))));
        r.delete("/_api/collection/{name}", this::drop);
        r.get("/_api/collection/{name}/properties", located("properties", ctx -> Reply.ok(200,
                properties(coll(ctx)))));
        r.put("/_api/collection/{name}/properties", located("properties", this::changeProperties));
        r.get("/_api/collection/{name}/count", located("count", this::count));
        r.get("/_api/collection/{name}/figures", located("figures", this::figures));
        r.get("/_api/collection/{name}/revision", located("revision", this::revision));
        r.get("/_api/collection/{name}/checksum", located("checksum", this::checksum));
        r.put("/_api/collection/{name}/truncate", located("truncate", this::truncate));
        r.put("/_api/collection/{name}/rename", located("rename", ctx -> {
            JsonNode to = ctx.jsonObject().get("name");
            return Reply.ok(200, info(ctx.db().rename(coll(ctx).name(), to == null || !to.isTextual() ? null
                    : to.textValue())));
        }));
        r.put("/_api/collection/{name}/load", located("load", ctx -> {
            Collection c = coll(ctx);
            return Reply.ok(200, info(c).put("count", c.count()));
        }));
        r.put("/_api/collection/{name}/unload", located("unload", ctx -> Reply.ok(200, info(coll(ctx)))));
        // nothing to compact or to load: the sandbox keeps documents and indexes in memory
        r.put("/_api/collection/{name}/compact", located("compact", ctx -> Reply.ok(200, info(coll(ctx)))));
        r.put("/_api/collection/{name}/loadIndexesIntoMemory", located("loadIndexesIntoMemory", ctx -> {
            coll(ctx);
            return Reply.ok(200, Json.object().put("result", true));
        }));
    }

    /** Adds ArangoDB's {@code location} header, the path of the resource as the client named it. */
    private static Handler located(String sub, Handler h) {
        return ctx -> h.handle(ctx).header("location", "/_db/" + ctx.databaseName() + "/_api/collection/"
                + ctx.param(0) + "/" + sub);
    }

    /** The collection named by name or numeric id, or 404/1203. */
    private static Collection coll(Ctx ctx) {
        return byNameOrId(ctx.db(), ctx.param(0));
    }

    static Collection byNameOrId(Database db, String nameOrId) {
        Collection c = db.find(nameOrId);
        if (c == null && !nameOrId.isEmpty() && nameOrId.chars().allMatch(Character::isDigit)) {
            for (Collection candidate : db.collections()) {
                if (Long.toString(candidate.id()).equals(nameOrId)) {
                    return candidate;
                }
            }
        }
        return c != null ? c : db.collection(nameOrId);
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
        out.set("keyOptions", c.keyGenerator().toJson());
        out.putNull("computedValues");
        out.put("objectId", Long.toString(c.id() + 1));
        return out;
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
        KeyGenerator keys = KeyGenerator.of(body.get("keyOptions"));
        Collection c = ctx.db().create(name.asText(), type, body.path("waitForSync").asBoolean(false));
        c.setKeyGenerator(keys);
        return Reply.ok(200, properties(c));
    }

    private Reply drop(Ctx ctx) {
        Database db = ctx.db();
        Collection c = byNameOrId(db, ctx.param(0));
        if (c.isSystem() && !ctx.flag("isSystem", false)) {
            throw new ApiError(403, 1217, "cannot drop system collection");
        }
        db.drop(c.name());
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
        ObjectNode out = info(c);
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
