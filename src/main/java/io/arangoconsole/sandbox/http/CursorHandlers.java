package io.arangoconsole.sandbox.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.arangoconsole.sandbox.aql.AqlEngine;
import io.arangoconsole.sandbox.aql.QueryRequest;
import io.arangoconsole.sandbox.aql.QueryRun;
import io.arangoconsole.sandbox.store.ApiError;
import io.arangoconsole.sandbox.store.Database;
import io.arangoconsole.sandbox.store.Json;

import java.util.ArrayList;
import java.util.List;

/** {@code /_api/cursor}: create, next batch (POST, or PUT as before 3.11), retry a batch, delete. */
final class CursorHandlers {
    private static final int DEFAULT_BATCH = 1000;
    private static final double DEFAULT_TTL = 30;
    private final AqlEngine engine;
    private final Cursors cursors;
    private final QueryResultsCache results;

    CursorHandlers(AqlEngine engine, Cursors cursors, QueryResultsCache results) {
        this.engine = engine;
        this.cursors = cursors;
        this.results = results;
    }

    void register(Router r) {
        r.post("/_api/cursor", this::create);
        r.put("/_api/cursor", ctx -> {
            throw new ApiError(400, 400, "expecting POST /_api/cursor/<cursor-id>");
        });
        r.post("/_api/cursor/{id}", ctx -> Reply.json(200, cursors.get(ctx.databaseName(), ctx.param(0)).batch(null)));
        r.put("/_api/cursor/{id}", ctx -> Reply.json(200, cursors.get(ctx.databaseName(), ctx.param(0)).batch(null)));
        r.post("/_api/cursor/{id}/{batchId}",
                ctx -> Reply.json(200, cursors.get(ctx.databaseName(), ctx.param(0)).batch(ctx.param(1))));
        r.delete("/_api/cursor/{id}", ctx -> {
            cursors.delete(ctx.databaseName(), ctx.param(0));
            return Reply.ok(202, Json.object().put("id", ctx.param(0)));
        });
    }

    /** Query text and bind variables of a cursor, explain or parse body; 400/1502 when the query is missing. */
    static String queryOf(ObjectNode body) {
        JsonNode q = body.get("query");
        if (q == null || !q.isTextual() || q.asText().isBlank()) {
            throw new ApiError(400, 1502, "query is empty");
        }
        return q.asText();
    }

    static ObjectNode bindVarsOf(ObjectNode body) {
        JsonNode b = body.get("bindVars");
        if (b == null || b.isNull()) {
            return Json.object();
        }
        if (!b.isObject()) {
            throw ApiError.badParameter("expecting object for 'bindVars'");
        }
        return (ObjectNode) b;
    }

    private Reply create(Ctx ctx) {
        Database db = ctx.db();
        ObjectNode body = ctx.jsonObject();
        String query = queryOf(body);
        ObjectNode bindVars = bindVarsOf(body);
        JsonNode options = body.path("options");
        int batchSize = body.path("batchSize").asInt(DEFAULT_BATCH);
        if (body.has("batchSize") && (!body.get("batchSize").isNumber() || batchSize <= 0)) {
            throw ApiError.badParameter("expecting non-zero value for <batchSize>");
        }
        double ttl = body.path("ttl").asDouble(DEFAULT_TTL);
        if (ttl <= 0) {
            ttl = DEFAULT_TTL;
        }
        boolean stream = options.path("stream").asBoolean(false);
        boolean count = body.path("count").asBoolean(false) && !stream;
        JsonNode p = options.path("profile");
        int profile = p.isBoolean() ? (p.asBoolean() ? 1 : 0) : p.asInt(0);
        JsonNode memoryLimit = body.path("memoryLimit");
        if (!memoryLimit.isMissingNode() && !memoryLimit.isNull() && !memoryLimit.isNumber()) {
            throw ApiError.badParameter("expecting number for 'memoryLimit'");
        }
        QueryRequest request = new QueryRequest(query, bindVars, stream, options.path("fullCount").asBoolean(false),
                profile, options.path("maxRuntime").asDouble(0), ctx.user(), memoryLimit.asLong(0),
                options.path("failOnWarning").asBoolean(false));
        boolean cache = !stream && request.profile() == 0 && results.applies(body.get("cache"));
        List<JsonNode> cached = cache ? results.lookup(db, query, bindVars) : null;
        if (cached != null) {
            QueryRun hit = new CachedRun(Long.toString(db.id()), List.of());
            Cursors.Cursor cursor = cursors.create(ctx.databaseName(), hit, cached, hit.extra(), batchSize, count,
                    options.path("allowRetry").asBoolean(false), ttl);
            cursor.cached = true;
            return Reply.json(201, cursor.next(201));
        }
        long started = System.nanoTime();
        QueryRun run = engine.start(db, request);
        List<JsonNode> rows = null;
        ObjectNode extra = null;
        if (!stream) {
            rows = new ArrayList<>();
            try {
                while (run.hasNext()) {
                    rows.add(run.next());
                }
                extra = run.extra();
            } finally {
                run.close();
            }
            if (cache && extra.path("warnings").isEmpty()) {
                results.store(db, query, bindVars, run, rows, (System.nanoTime() - started) / 1e9);
            }
        }
        Cursors.Cursor cursor = cursors.create(ctx.databaseName(), run, rows, extra, batchSize, count,
                options.path("allowRetry").asBoolean(false), ttl);
        return Reply.json(201, cursor.next(201));
    }
}
