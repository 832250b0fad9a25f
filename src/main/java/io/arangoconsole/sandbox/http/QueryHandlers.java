package io.arangoconsole.sandbox.http;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.arangoconsole.sandbox.aql.AqlEngine;
import io.arangoconsole.sandbox.aql.QueryTracker;
import io.arangoconsole.sandbox.metrics.Metrics;
import io.arangoconsole.sandbox.store.ApiError;
import io.arangoconsole.sandbox.store.Json;

/** Explain, parse, query tracking ({@code /_api/query/*}) and the query results cache ({@code /_api/query-cache}). */
final class QueryHandlers {
    private final AqlEngine engine;
    private final QueryCacheSettings cache;
    private final Metrics metrics;
    private final QueryResultsCache results;

    QueryHandlers(AqlEngine engine, QueryCacheSettings cache, Metrics metrics, QueryResultsCache results) {
        this.engine = engine;
        this.cache = cache;
        this.metrics = metrics;
        this.results = results;
    }

    void register(Router r) {
        r.post("/_api/explain", this::explain);
        r.post("/_api/query", this::parse);
        r.get("/_api/query/rules", ctx -> Reply.json(200, OptimizerRules.list()));
        r.get("/_api/query/current", ctx -> Reply.json(200, tracker().current(scope(ctx))));
        r.get("/_api/query/slow", ctx -> Reply.json(200, tracker().slow(scope(ctx))));
        r.delete("/_api/query/slow", ctx -> {
            tracker().clearSlow(scope(ctx));
            return Reply.ok(200);
        });
        r.get("/_api/query/properties", ctx -> Reply.ok(200, tracker().properties()));
        r.put("/_api/query/properties", this::changeProperties);
        r.delete("/_api/query/{id}", ctx -> {
            tracker().kill(scope(ctx), ctx.param(0));
            return Reply.ok(200);
        });
        r.get("/_api/query-cache/properties", ctx -> Reply.json(200, cache.properties()));
        r.put("/_api/query-cache/properties", ctx -> {
            ObjectNode props = cache.update(ctx.jsonObject());
            results.settingsChanged();
            return Reply.json(200, props);
        });
        r.delete("/_api/query-cache", ctx -> {
            results.clear(ctx.db());
            return Reply.ok(200);
        });
        r.get("/_api/query-cache/entries", ctx -> Reply.json(200, results.entries(ctx.db())));
    }

    private QueryTracker tracker() {
        return engine.tracker();
    }

    /** The database a tracking call is about; {@code all=true} (only from {@code _system}) means every database. */
    private static String scope(Ctx ctx) {
        if (ctx.flag("all", false)) {
            if (!ctx.databaseName().equals("_system")) {
                throw new ApiError(403, 1230, "operation only allowed in system database");
            }
            return null;
        }
        ctx.db();
        return ctx.databaseName();
    }

    private Reply explain(Ctx ctx) {
        ObjectNode body = ctx.jsonObject();
        String query = CursorHandlers.queryOf(body);
        boolean allPlans = body.path("options").path("allPlans").asBoolean(false);
        boolean failOnWarning = body.path("options").path("failOnWarning").asBoolean(false);
        return Reply.ok(200, engine.explain(ctx.db(), query, CursorHandlers.bindVarsOf(body), allPlans,
                failOnWarning));
    }

    private Reply parse(Ctx ctx) {
        ctx.db();
        return Reply.ok(200, engine.parse(CursorHandlers.queryOf(ctx.jsonObject())));
    }

    private Reply changeProperties(Ctx ctx) {
        ObjectNode props = tracker().updateProperties(ctx.jsonObject());
        if (props.has("slowQueryThreshold")) {
            metrics.setSlowQueryThreshold(props.get("slowQueryThreshold").asDouble());
        }
        return Reply.ok(200, props);
    }
}
