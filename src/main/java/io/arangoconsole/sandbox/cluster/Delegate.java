package io.arangoconsole.sandbox.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.arangoconsole.sandbox.http.Ctx;
import io.arangoconsole.sandbox.http.Reply;
import io.arangoconsole.sandbox.http.Router;
import io.arangoconsole.sandbox.store.ApiError;
import io.arangoconsole.sandbox.store.Json;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * How a Coordinator's own routes reuse the single server's: the request is served by the single-server handler of
 * the same route, and the answer amended (cluster attributes added), so no piece of the single server's logic is
 * copied here.
 */
final class Delegate {
    private Delegate() {
    }

    /** Serves {@code ctx} with {@code base}'s handler for {@code pattern} (whose {@code {x}} are ctx's params). */
    static Reply call(Router base, String pattern, Ctx ctx) throws Exception {
        List<String> segments = new ArrayList<>();
        int param = 0;
        for (String s : pattern.replaceAll("^/+", "").split("/")) {
            segments.add(s.startsWith("{") ? ctx.param(param++) : s);
        }
        Router.Match match = base.match(ctx.method(), segments);
        if (match.handler() == null) {
            throw new ApiError(404, 404, "unknown path '" + pattern + "'");
        }
        return match.handler().handle(ctx);
    }

    /** The answer with its JSON object body amended by {@code edit}; other answers (errors too) pass unchanged. */
    static Reply amend(Reply reply, Consumer<ObjectNode> edit) {
        if (reply.status() >= 300 || reply.body().length == 0) {
            return reply;
        }
        JsonNode body = Json.parse(reply.body());
        if (!(body instanceof ObjectNode object)) {
            return reply;
        }
        edit.accept(object);
        return new Reply(reply.status(), Json.bytes(object), reply.contentType(), reply.headers());
    }
}
