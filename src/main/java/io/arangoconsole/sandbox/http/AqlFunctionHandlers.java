package io.arangoconsole.sandbox.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.arangoconsole.sandbox.store.Json;
import io.arangoconsole.sandbox.store.UserFunctions;

/** {@code /_api/aqlfunction}: list, create (or replace) and drop AQL user functions of a database. */
final class AqlFunctionHandlers {

    void register(Router r) {
        r.get("/_api/aqlfunction", ctx -> list(ctx, ctx.query("namespace")));
        r.get("/_api/aqlfunction/{namespace}", ctx -> list(ctx, ctx.param(0)));
        r.post("/_api/aqlfunction", this::create);
        r.delete("/_api/aqlfunction/{name}", ctx -> {
            int n = functions(ctx).remove(ctx.param(0), ctx.flag("group", false));
            return Reply.ok(200, Json.object().put("deletedCount", n));
        });
    }

    private static UserFunctions functions(Ctx ctx) {
        return ctx.db().userFunctions();
    }

    private static Reply list(Ctx ctx, String namespace) {
        return Reply.result(200, functions(ctx).list(namespace));
    }

    private Reply create(Ctx ctx) {
        ObjectNode body = ctx.jsonObject();
        JsonNode name = body.get("name");
        JsonNode code = body.get("code");
        boolean created = functions(ctx).put(name != null && name.isTextual() ? name.textValue() : null,
                code != null && code.isTextual() ? code.textValue() : null,
                body.path("isDeterministic").asBoolean(false));
        int status = created ? 201 : 200;
        return Reply.ok(status, Json.object().put("isNewlyCreated", created));
    }
}
