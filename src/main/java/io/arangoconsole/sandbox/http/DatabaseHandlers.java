package io.arangoconsole.sandbox.http;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.arangoconsole.sandbox.store.ApiError;
import io.arangoconsole.sandbox.store.Database;
import io.arangoconsole.sandbox.store.Json;

/** {@code /_api/database}: list, list for the user, current, create, drop. */
final class DatabaseHandlers {

    void register(Router r) {
        r.get("/_api/database", ctx -> names(ctx, true));
        r.get("/_api/database/user", ctx -> names(ctx, false));
        r.get("/_api/database/current", this::current);
        r.post("/_api/database", this::create);
        r.delete("/_api/database/{name}", this::drop);
    }

    private static void requireSystem(Ctx ctx) {
        if (!ctx.databaseName().equals("_system")) {
            throw new ApiError(403, 1230, "operation only allowed in system database");
        }
    }

    private Reply names(Ctx ctx, boolean all) {
        if (all) {
            requireSystem(ctx);
        }
        ArrayNode result = Json.NODES.arrayNode();
        ctx.store().databaseNames().forEach(result::add);
        return Reply.result(200, result);
    }

    private Reply current(Ctx ctx) {
        Database db = ctx.db();
        ObjectNode result = Json.object();
        result.put("id", Long.toString(db.id()));
        result.put("name", db.name());
        result.put("isSystem", db.isSystem());
        result.put("path", "none");
        return Reply.result(200, result);
    }

    private Reply create(Ctx ctx) {
        requireSystem(ctx);
        ObjectNode body = ctx.jsonObject();
        if (!body.path("name").isTextual()) {
            throw new ApiError(400, 1229, "database name invalid");
        }
        ctx.store().createDatabase(body.get("name").asText());
        return Reply.result(201, Json.NODES.booleanNode(true));
    }

    private Reply drop(Ctx ctx) {
        requireSystem(ctx);
        ctx.store().dropDatabase(ctx.param(0));
        return Reply.result(200, Json.NODES.booleanNode(true));
    }
}
