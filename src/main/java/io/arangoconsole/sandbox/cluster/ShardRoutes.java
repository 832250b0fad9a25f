package io.arangoconsole.sandbox.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.arangoconsole.sandbox.http.Ctx;
import io.arangoconsole.sandbox.http.Reply;
import io.arangoconsole.sandbox.http.Router;
import io.arangoconsole.sandbox.store.ApiError;
import io.arangoconsole.sandbox.store.Collection;
import io.arangoconsole.sandbox.store.Database;
import io.arangoconsole.sandbox.store.Json;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Collections as a Coordinator shows them: created with {@code numberOfShards}, {@code replicationFactor},
 * {@code writeConcern}; their properties with the cluster attributes; shard lists, the responsible shard, and the
 * distribution and statistics of shards (reference sections 1.5 and 1.6).
 */
final class ShardRoutes {
    private final ShardTable table;
    private final Router base;

    ShardRoutes(ShardTable table, Router base) {
        this.table = table;
        this.base = base;
    }

    void register(Router r) {
        r.post("/_api/collection", this::create);
        r.get("/_api/collection/{name}/properties", ctx -> withProperties(ctx,
                Delegate.call(base, "/_api/collection/{name}/properties", ctx)));
        r.get("/_api/collection/{name}/figures", ctx -> withProperties(ctx,
                Delegate.call(base, "/_api/collection/{name}/figures", ctx)));
        r.get("/_api/index", ctx -> Delegate.amend(Delegate.call(base, "/_api/index", ctx),
                ShardRoutes::buildingAsCoordinator));
        r.put("/_api/collection/{name}/properties", this::changeProperties);
        r.get("/_api/collection/{name}/shards", this::shards);
        r.put("/_api/collection/{name}/responsibleShard", this::responsibleShard);
        r.get("/_admin/cluster/shardDistribution", ctx -> Reply.ok(200, distribution(ctx.db(), null)));
        r.get("/_admin/cluster/collectionShardDistribution", ctx -> collectionDistribution(ctx,
                ctx.requireQuery("collection")));
        r.put("/_admin/cluster/collectionShardDistribution", ctx -> collectionDistribution(ctx,
                ctx.jsonObject().path("collection").asText("")));
        r.get("/_admin/cluster/shardStatistics", this::statistics);
    }

    /**
     * A 3.12 Coordinator lists a building index ({@code withHidden}) with the mean of its shards' {@code progress}
     * (a finished shard counts 100) and leaves {@code progress} out while that is 0 (RestIndexHandler). The one
     * store builds every shard's documents in one pass, so the mean is the store's own progress.
     */
    private static void buildingAsCoordinator(ObjectNode body) {
        for (JsonNode index : body.path("indexes")) {
            if (index instanceof ObjectNode o && o.path("isBuilding").asBoolean()
                    && o.path("progress").asDouble(0) == 0) {
                o.remove("progress");
            }
        }
    }

    static Collection collection(Database db, String nameOrId) {
        Collection c = db.find(nameOrId);
        if (c == null) {
            for (Collection candidate : db.collections()) {
                if (Long.toString(candidate.id()).equals(nameOrId)) {
                    return candidate;
                }
            }
            throw ApiError.collectionNotFound(nameOrId);
        }
        return c;
    }

    private Reply create(Ctx ctx) throws Exception {
        Sharding sharding = Sharding.from(ctx.jsonObject());
        if (sharding.replicationFactor() > table.eligible().size()) {
            throw new ApiError(500, 1487, "the number of current dbservers is lower than the requested "
                    + "replicationFactor");
        }
        Reply created = Delegate.call(base, "/_api/collection", ctx);
        if (created.status() >= 300) {
            return created;
        }
        Collection c = ctx.db().find(ctx.jsonObject().path("name").asText());
        ShardedCollection sc = table.define(ctx.databaseName(), c, sharding);
        return Delegate.amend(created, sc::addProperties);
    }

    private Reply withProperties(Ctx ctx, Reply reply) {
        if (reply.status() >= 300) {
            return reply;
        }
        ShardedCollection sc = table.of(ctx.databaseName(), collection(ctx.db(), ctx.param(0)));
        return Delegate.amend(reply, sc::addProperties);
    }

    /** {@code replicationFactor} and {@code writeConcern} may change: followers are added (to catch up) or dropped. */
    private Reply changeProperties(Ctx ctx) throws Exception {
        ObjectNode body = ctx.jsonObject();
        ShardedCollection sc = table.of(ctx.databaseName(), collection(ctx.db(), ctx.param(0)));
        Sharding now = sc.sharding();
        int rf = Sharding.intOf(body, "replicationFactor", now.replicationFactor());
        int wc = Sharding.intOf(body, "writeConcern", Sharding.intOf(body, "minReplicationFactor",
                now.writeConcern()));
        Sharding next = now.withReplication(rf, wc);
        if (rf > table.eligible().size()) {
            throw new ApiError(500, 1487, "the number of current dbservers is lower than the requested "
                    + "replicationFactor");
        }
        Reply reply = Delegate.call(base, "/_api/collection/{name}/properties", ctx);
        if (reply.status() < 300) {
            table.replicate(sc, next);
        }
        return withProperties(ctx, reply);
    }

    private Reply shards(Ctx ctx) throws Exception {
        Reply props = Delegate.call(base, "/_api/collection/{name}/properties", ctx);
        if (props.status() >= 300) {
            return props;
        }
        ShardedCollection sc = table.of(ctx.databaseName(), collection(ctx.db(), ctx.param(0)));
        boolean details = ctx.flag("details", false);
        Reply reply = Delegate.amend(props, body -> {
            sc.addProperties(body);
            table.read(t -> {
                if (details) {
                    ObjectNode shards = body.putObject("shards");
                    sc.shards.forEach(s -> {
                        ArrayNode servers = shards.putArray(s.id());
                        s.plan.forEach(n -> servers.add(n.id()));
                    });
                } else {
                    ArrayNode shards = body.putArray("shards");
                    sc.shards.forEach(s -> shards.add(s.id()));
                }
            });
        });
        reply.headers().remove("location");
        return reply;
    }

    private Reply responsibleShard(Ctx ctx) {
        JsonNode doc = ctx.json();
        if (doc == null || !doc.isObject()) {
            throw ApiError.badParameter("expecting a document with the collection's shard keys as body");
        }
        ShardedCollection sc = table.of(ctx.databaseName(), collection(ctx.db(), ctx.param(0)));
        Shard[] found = new Shard[1];
        table.read(t -> found[0] = sc.responsible(doc));
        return Reply.ok(200, Json.object().put("shardId", found[0].id()));
    }

    /** {@code results: {collection: {Plan: {shard: {leader, followers}}, Current: ...}}}, short names. */
    private ObjectNode distribution(Database db, String only) {
        ObjectNode body = Json.object();
        ObjectNode results = body.putObject("results");
        List<ShardedCollection> all = only == null ? table.of(db.name())
                : List.of(table.of(db.name(), collection(db, only)));
        long now = ClusterState.now();
        table.read(t -> {
            for (ShardedCollection sc : all) {
                ObjectNode c = results.putObject(sc.name());
                ObjectNode plan = c.putObject("Plan");
                ObjectNode current = c.putObject("Current");
                for (Shard s : sc.shards) {
                    ObjectNode p = placement(plan.putObject(s.id()), s.plan);
                    if (only != null && !s.inSync()) {
                        addProgress(p, db, sc, s, now);
                    }
                    if (!s.current.isEmpty()) {
                        placement(current.putObject(s.id()), s.current);
                    }
                }
            }
        });
        return body;
    }

    private static ObjectNode placement(ObjectNode into, List<Node> servers) {
        into.put("leader", servers.get(0).displayName());
        ArrayNode followers = into.putArray("followers");
        servers.subList(1, servers.size()).forEach(n -> followers.add(n.displayName()));
        return into;
    }

    /** Leader's documents against the slowest catching-up follower's, estimated from its time catching up. */
    private void addProgress(ObjectNode plan, Database db, ShardedCollection sc, Shard s, long now) {
        Collection c = db.find(sc.name());
        long total = c == null ? 0 : c.count() / Math.max(1, sc.shards.size());
        double least = 1;
        for (Node n : s.plan) {
            least = Math.min(least, table.catchUp(s, n, now));
        }
        plan.putObject("progress").put("total", total).put("current", Math.round(total * least));
    }

    private Reply collectionDistribution(Ctx ctx, String name) {
        if (name.isEmpty()) {
            throw ApiError.badParameter("expecting a collection name");
        }
        return Reply.ok(200, distribution(ctx.db(), name));
    }

    /** {@code _system} only: counts of databases, collections, shards, leaders, followers and servers. */
    private Reply statistics(Ctx ctx) {
        if (!ctx.databaseName().equals("_system")) {
            throw new ApiError(403, 1208, "shard statistics are only available in the _system database");
        }
        long[] counts = new long[5];
        Set<Node> servers = new HashSet<>();
        List<ShardedCollection> all = table.all();
        Set<String> databases = new HashSet<>();
        table.read(t -> {
            for (ShardedCollection sc : all) {
                databases.add(sc.database());
                counts[0]++;
                for (Shard s : sc.shards) {
                    counts[1]++;
                    counts[2]++;
                    counts[3] += s.leader().running() ? 1 : 0;
                    counts[4] += s.plan.size() - 1;
                    servers.addAll(s.plan);
                }
            }
        });
        ObjectNode result = Json.object();
        result.put("databases", databases.size());
        result.put("collections", counts[0]);
        result.put("shards", counts[1]);
        result.put("leaders", counts[2]);
        result.put("realLeaders", counts[3]);
        result.put("followers", counts[4]);
        result.put("servers", servers.size());
        return Reply.result(200, result);
    }
}
