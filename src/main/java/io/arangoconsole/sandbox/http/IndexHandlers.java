package io.arangoconsole.sandbox.http;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.arangoconsole.sandbox.metrics.DocumentCache;
import io.arangoconsole.sandbox.store.Collection;
import io.arangoconsole.sandbox.store.Index;
import io.arangoconsole.sandbox.store.IndexCreation;
import io.arangoconsole.sandbox.store.IndexSpec;
import io.arangoconsole.sandbox.store.Json;

/**
 * {@code /_api/index}: list (with {@code withHidden} for builds in progress and {@code withStats} for each index's
 * {@code figures}), get, create, drop.
 */
final class IndexHandlers {
    private final DocumentCache cache;

    IndexHandlers(DocumentCache cache) {
        this.cache = cache;
    }

    void register(Router r) {
        r.get("/_api/index", this::list);
        r.post("/_api/index", this::create);
        r.get("/_api/index/{collection}/{id}", this::get);
        r.delete("/_api/index/{collection}/{id}", this::drop);
    }

    private Reply list(Ctx ctx) {
        Collection c = ctx.db().collection(ctx.requireQuery("collection"));
        ObjectNode body = Json.object();
        ArrayNode indexes = body.putArray("indexes");
        ObjectNode identifiers = body.putObject("identifiers");
        boolean withStats = ctx.flag("withStats", false);
        for (Index index : c.indexes(ctx.flag("withHidden", false))) {
            ObjectNode d = index.describe(c.name());
            if (withStats) {
                // lookups by key go through the document cache; the sandbox has no cache for other indexes
                long usage = index.type().equals("primary") ? cache.usage(ctx.databaseName(), c.name()) : 0;
                d.putObject("figures").put("memory", index.memory()).put("cacheInUse", usage > 0)
                        .put("cacheSize", usage > 0 ? cache.limit() : 0).put("cacheUsage", usage);
            }
            indexes.add(d);
            identifiers.set(d.get("id").asText(), d);
        }
        return Reply.ok(200, body);
    }

    private Reply get(Ctx ctx) {
        Collection c = ctx.db().collection(ctx.param(0));
        return Reply.ok(200, c.index(ctx.param(1)).describe(c.name()));
    }

    private Reply create(Ctx ctx) {
        Collection c = ctx.db().collection(ctx.requireQuery("collection"));
        IndexSpec spec = IndexSpec.fromJson(ctx.json());
        IndexCreation creation = c.createIndex(spec);
        ObjectNode body = creation.index().describe(c.name());
        body.put("isNewlyCreated", creation.created());
        return Reply.ok(creation.created() ? 201 : 200, body);
    }

    private Reply drop(Ctx ctx) {
        Collection c = ctx.db().collection(ctx.param(0));
        Index index = c.dropIndex(ctx.param(1));
        return Reply.ok(200, Json.object().put("id", c.name() + "/" + index.id()));
    }
}
