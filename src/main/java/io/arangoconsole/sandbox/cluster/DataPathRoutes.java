package io.arangoconsole.sandbox.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.arangoconsole.sandbox.aql.AqlEngine;
import io.arangoconsole.sandbox.http.Ctx;
import io.arangoconsole.sandbox.http.Reply;
import io.arangoconsole.sandbox.http.Router;
import io.arangoconsole.sandbox.store.ApiError;
import io.arangoconsole.sandbox.store.Collection;
import io.arangoconsole.sandbox.store.Database;
import io.arangoconsole.sandbox.store.ReadHorizon;

import java.util.ArrayList;
import java.util.List;

/**
 * Document reads and writes through a Coordinator: they fail as the reference lists while the shard they need has
 * no reachable leader (503/1478) or too few in-sync copies for its write concern (403/1429); reads with
 * {@code x-arango-allow-dirty-read: true} may be served by a follower and say so with
 * {@code x-arango-potential-dirty-read: true} (reference sections 1.9 and 2).
 */
final class DataPathRoutes {
    static final String ALLOW_DIRTY = "x-arango-allow-dirty-read";
    static final String POTENTIAL_DIRTY = "x-arango-potential-dirty-read";
    private final ShardTable table;
    private final Router base;
    private final AqlEngine engine;
    private final FollowerLag lag;
    private final NodeMetrics nodeMetrics;

    DataPathRoutes(ShardTable table, Router base, AqlEngine engine, FollowerLag lag, NodeMetrics nodeMetrics) {
        this.table = table;
        this.base = base;
        this.engine = engine;
        this.lag = lag;
        this.nodeMetrics = nodeMetrics;
    }

    /** Serves {@code pattern} and counts one request on each DB-Server that holds what it needs. */
    private Reply counted(Ctx ctx, String pattern, List<Shard> shards, boolean write) throws Exception {
        long started = System.nanoTime();
        try {
            return Delegate.call(base, pattern, ctx);
        } finally {
            nodeMetrics.served(shards, write, ctx.method(), (System.nanoTime() - started) / 1e9);
        }
    }

    void register(Router r) {
        String one = "/_api/document/{collection}/{key}";
        String many = "/_api/document/{collection}";
        r.get(one, ctx -> read(ctx, one));
        r.add("HEAD", one, ctx -> read(ctx, one));
        r.put(one, ctx -> writeOne(ctx, one));
        r.patch(one, ctx -> writeOne(ctx, one));
        r.delete(one, ctx -> writeOne(ctx, one));
        r.post(many, ctx -> writeBody(ctx, many));
        r.put(many, ctx -> ctx.flag("onlyget", false) ? readAll(ctx, many) : writeBody(ctx, many));
        r.patch(many, ctx -> writeBody(ctx, many));
        r.delete(many, ctx -> writeBody(ctx, many));
        r.post("/_api/import", ctx -> {
            String name = ctx.query("collection");
            Database db = ctx.db();
            List<Shard> shards = List.of();
            if (name != null && db.find(name) != null) {
                shards = checkAll(ctx, db.find(name));
            }
            return counted(ctx, "/_api/import", shards, true);
        });
        r.post("/_api/cursor", ctx -> {
            List<Shard> shards = new ArrayList<>();
            boolean[] modifies = new boolean[1];
            boolean followerAnswers = checkQuery(ctx, shards, modifies);
            long horizon = followerAnswers ? lag.horizon(ClusterState.now()) : ReadHorizon.NONE;
            return dirtyMarked(ctx, horizon == ReadHorizon.NONE ? counted(ctx, "/_api/cursor", shards, modifies[0])
                    : ReadHorizon.during(horizon, () -> counted(ctx, "/_api/cursor", shards, false)));
        });
        r.post("/_api/cursor/{id}", ctx -> dirtyMarked(ctx, Delegate.call(base, "/_api/cursor/{id}", ctx)));
        r.put("/_api/cursor/{id}", ctx -> dirtyMarked(ctx, Delegate.call(base, "/_api/cursor/{id}", ctx)));
    }

    /**
     * A query needs every shard of the collections it names: a modifying one their leaders and write concern, a
     * reading one their leaders (or, allowed dirty reads, a follower). A body the engine cannot parse is left to the
     * single server's handler, which answers its 400.
     *
     * @param shards filled with the shards it needs
     * @param modifies set to whether it modifies them
     * @return true for a reading query that allows dirty reads: a (possibly lagging) follower answers it
     */
    private boolean checkQuery(Ctx ctx, List<Shard> shards, boolean[] modifies) {
        ObjectNode body;
        AqlEngine.QueryCollections used;
        try {
            body = ctx.jsonObject();
            used = engine.collections(body.path("query").asText(""));
        } catch (ApiError e) {
            return false;
        }
        boolean dirty = dirty(ctx) || body.path("options").path("allowDirtyReads").asBoolean(false);
        for (String name : used.names()) {
            JsonNode bound = name.startsWith("@") ? body.path("bindVars").get(name) : null;
            Collection c = ctx.db().find(bound != null ? bound.asText() : name);
            if (c == null) {
                continue;
            }
            ShardedCollection sc = table.of(ctx.databaseName(), c);
            shards.addAll(sc.shards);
            modifies[0] = used.modification();
            for (Shard s : sc.shards) {
                if (used.modification()) {
                    table.checkWrite(sc, s);
                } else {
                    table.checkRead(s, dirty);
                }
            }
        }
        return dirty && !used.modification();
    }

    private static boolean dirty(Ctx ctx) {
        return "true".equalsIgnoreCase(ctx.header(ALLOW_DIRTY));
    }

    private static Reply dirtyMarked(Ctx ctx, Reply reply) {
        return dirty(ctx) ? reply.header(POTENTIAL_DIRTY, "true") : reply;
    }

    private Reply read(Ctx ctx, String pattern) throws Exception {
        Collection c = ctx.db().find(ctx.param(0));
        List<Shard> needed = List.of();
        if (c != null) {
            ShardedCollection sc = table.of(ctx.databaseName(), c);
            Shard shard = sc.shardedByKey() ? sc.responsible(ShardedCollection.keyDocument(ctx.param(1))) : null;
            needed = shard != null ? List.of(shard) : sc.shards;
            needed.forEach(s -> table.checkRead(s, dirty(ctx)));
        }
        return dirtyMarked(ctx, counted(ctx, pattern, needed, false));
    }

    private Reply readAll(Ctx ctx, String pattern) throws Exception {
        Collection c = ctx.db().find(ctx.param(0));
        List<Shard> needed = List.of();
        if (c != null) {
            needed = table.of(ctx.databaseName(), c).shards;
            needed.forEach(s -> table.checkRead(s, dirty(ctx)));
        }
        return dirtyMarked(ctx, counted(ctx, pattern, needed, false));
    }

    /** A write naming its key goes to that key's shard (when sharded by key); others need every shard. */
    private Reply writeOne(Ctx ctx, String pattern) throws Exception {
        Collection c = ctx.db().find(ctx.param(0));
        List<Shard> needed = List.of();
        if (c != null) {
            ShardedCollection sc = table.of(ctx.databaseName(), c);
            if (sc.shardedByKey()) {
                Shard shard = sc.responsible(ShardedCollection.keyDocument(ctx.param(1)));
                table.checkWrite(sc, shard);
                needed = List.of(shard);
            } else {
                needed = checkAll(ctx, c);
            }
        }
        return counted(ctx, pattern, needed, true);
    }

    /**
     * One document with its {@code _key} goes to that key's shard; a document without a key, or several, may touch
     * any shard, so each must take the write (docs/decisions/0040).
     */
    private Reply writeBody(Ctx ctx, String pattern) throws Exception {
        Collection c = ctx.db().find(ctx.param(0));
        List<Shard> needed = List.of();
        if (c != null) {
            ShardedCollection sc = table.of(ctx.databaseName(), c);
            JsonNode body = ctx.body().length == 0 ? null : ctx.json();
            if (body != null && body.isObject() && body.hasNonNull("_key") && sc.shardedByKey()) {
                Shard shard = sc.responsible(ShardedCollection.keyDocument(body.get("_key").asText()));
                table.checkWrite(sc, shard);
                needed = List.of(shard);
            } else {
                needed = checkAll(ctx, c);
            }
        }
        return counted(ctx, pattern, needed, true);
    }

    /** Checks that every shard of {@code c} takes a write; returns them. */
    private List<Shard> checkAll(Ctx ctx, Collection c) {
        ShardedCollection sc = table.of(ctx.databaseName(), c);
        sc.shards.forEach(s -> table.checkWrite(sc, s));
        return sc.shards;
    }
}
