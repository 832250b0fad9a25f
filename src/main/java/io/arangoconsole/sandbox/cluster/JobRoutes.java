package io.arangoconsole.sandbox.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.arangoconsole.sandbox.http.Ctx;
import io.arangoconsole.sandbox.http.Reply;
import io.arangoconsole.sandbox.http.Router;
import io.arangoconsole.sandbox.store.ApiError;
import io.arangoconsole.sandbox.store.Collection;
import io.arangoconsole.sandbox.store.Database;
import io.arangoconsole.sandbox.store.Json;
import io.arangoconsole.sandbox.store.Store;

import java.util.ArrayList;
import java.util.List;

/**
 * Rebalance (GET figures, POST a plan, PUT plan and run, execute given moves) and the agency jobs behind it:
 * moveShard, cleanOutServer, resignLeadership, queryAgencyJob, cancelAgencyJob (reference 1.7 and 1.8).
 */
final class JobRoutes {
    private static final int MAX_MOVES = 5000;
    private final ClusterState cluster;
    private final ShardTable table;
    private final AgencyJobs jobs;
    private final Rebalancer rebalancer;
    private final Store store;

    JobRoutes(ClusterState cluster, ShardTable table, AgencyJobs jobs, Store store) {
        this.cluster = cluster;
        this.table = table;
        this.jobs = jobs;
        this.store = store;
        this.rebalancer = new Rebalancer(cluster, table, store, jobs);
    }

    void register(Router r) {
        r.get("/_admin/cluster/rebalance", ctx -> Reply.result(200, rebalancer.status()));
        r.post("/_admin/cluster/rebalance", ctx -> Reply.result(200, plan(ctx, new ArrayList<>())));
        r.put("/_admin/cluster/rebalance", ctx -> {
            List<Rebalancer.Move> moves = new ArrayList<>();
            ObjectNode result = plan(ctx, moves);
            moves.forEach(this::schedule);
            return Reply.result(202, result);
        });
        r.post("/_admin/cluster/rebalance/execute", this::execute);
        r.post("/_admin/cluster/moveShard", this::moveShard);
        r.post("/_admin/cluster/cleanOutServer", ctx -> serverJob(ctx, "cleanOutServer"));
        r.post("/_admin/cluster/resignLeadership", ctx -> serverJob(ctx, "resignLeadership"));
        r.get("/_admin/cluster/queryAgencyJob", this::query);
        r.post("/_admin/cluster/cancelAgencyJob", this::cancel);
    }

    private static void version(JsonNode body) {
        if (body.path("version").asInt(-1) != 1) {
            throw new ApiError(400, 400, "unknown version provided");
        }
    }

    private ObjectNode plan(Ctx ctx, List<Rebalancer.Move> moves) {
        ObjectNode body = ctx.jsonObject();
        version(body);
        List<String> excluded = new ArrayList<>();
        body.path("databasesExcluded").forEach(d -> excluded.add(d.asText()));
        Rebalancer.Options options = new Rebalancer.Options(
                Math.min(MAX_MOVES, body.path("maximumNumberOfMoves").asInt(1000)),
                body.path("leaderChanges").asBoolean(true), body.path("moveLeaders").asBoolean(false),
                body.path("moveFollowers").asBoolean(false), body.path("excludeSystemCollections").asBoolean(false),
                excluded);
        return rebalancer.plan(options, moves);
    }

    private Reply execute(Ctx ctx) {
        ObjectNode body = ctx.jsonObject();
        version(body);
        JsonNode list = body.path("moves");
        if (!list.isArray()) {
            throw ApiError.badParameter("expecting 'moves' as an array");
        }
        if (list.size() > MAX_MOVES) {
            throw new ApiError(400, 400, "at most " + MAX_MOVES + " moves allowed");
        }
        List<Rebalancer.Move> moves = new ArrayList<>();
        for (JsonNode m : list) {
            for (String field : List.of("from", "to", "shard", "collection", "database", "isLeader")) {
                if (!m.has(field)) {
                    throw ApiError.badParameter("each move needs from, to, shard, collection, database and isLeader");
                }
            }
            moves.add(new Rebalancer.Move(m.get("from").asText(), m.get("to").asText(), m.get("shard").asText(),
                    m.get("collection").asText(), m.get("database").asText(), m.get("isLeader").asBoolean()));
        }
        moves.forEach(this::schedule);
        return moves.isEmpty() ? Reply.ok(200) : Reply.ok(202);
    }

    private String schedule(Rebalancer.Move m) {
        ShardTable.Located at = table.locate(m.database(), m.shard());
        if (at == null) {
            throw new ApiError(404, 404, "shard not found");
        }
        Node from = cluster.dbServer(m.from(), "one or both dbservers not found");
        Node to = cluster.dbServer(m.to(), "one or both dbservers not found");
        return moveJob(at, from, to, m.isLeader(), m.isLeader());
    }

    private String moveJob(ShardTable.Located at, Node from, Node to, boolean isLeader, boolean remainsFollower) {
        ObjectNode fields = Json.object().put("database", at.collection().database())
                .put("collection", Long.toString(at.collection().collectionId())).put("shard", at.shard().id())
                .put("fromServer", from.id()).put("toServer", to.id()).put("isLeader", isLeader)
                .put("remainsFollower", remainsFollower).put("tryUndo", false);
        return jobs.add("moveShard", fields, () -> table.move(at.shard(), from, to, remainsFollower));
    }

    private Reply moveShard(Ctx ctx) {
        ObjectNode body = ctx.jsonObject();
        String dbName = body.path("database").asText(ctx.databaseName());
        for (String field : List.of("collection", "shard", "fromServer", "toServer")) {
            if (!body.path(field).isTextual()) {
                throw ApiError.badParameter("expecting '" + field + "' as a string");
            }
        }
        if (!store.databaseNames().contains(dbName)) {
            throw new ApiError(404, 404, "database not found");
        }
        Database db = store.database(dbName);
        // by name or, as ArangoDB also takes it (a rebalance proposal gives the id), by id
        String named = body.get("collection").asText();
        Collection c = db.find(named);
        if (c == null) {
            c = db.collections().stream().filter(x -> Long.toString(x.id()).equals(named)).findFirst().orElse(null);
        }
        if (c == null) {
            throw new ApiError(404, 404, "collection not found");
        }
        Node from = cluster.dbServer(body.get("fromServer").asText(), "one or both dbservers not found");
        Node to = cluster.dbServer(body.get("toServer").asText(), "one or both dbservers not found");
        ShardedCollection sc = table.of(dbName, c);
        ShardTable.Located at = table.locate(dbName, body.get("shard").asText());
        if (at == null || at.collection() != sc) {
            throw new ApiError(404, 404, "shard not found");
        }
        boolean[] onIt = new boolean[2];
        table.read(t -> {
            onIt[0] = at.shard().plan.contains(from);
            onIt[1] = at.shard().leader() == from;
        });
        if (!onIt[0]) {
            throw new ApiError(404, 404, "shard is not located on the server");
        }
        String id = moveJob(at, from, to, onIt[1], body.path("remainsFollower").asBoolean(onIt[1]));
        return Reply.ok(202, Json.object().put("id", id));
    }

    private Reply serverJob(Ctx ctx, String type) {
        JsonNode server = ctx.jsonObject().get("server");
        if (server == null || !server.isTextual()) {
            throw ApiError.badParameter("expecting 'server' as a string");
        }
        Node n = cluster.dbServer(server.asText(), "DB-Server not found: " + server.asText());
        AgencyJobs.Work work = type.equals("cleanOutServer") ? () -> {
            if (!table.cleanOut(n)) {
                throw new IllegalStateException("no DB-Server left to move the shards of " + n.displayName() + " to");
            }
            cluster.cleanedServers().add(n.id());
        } : () -> table.resignLeadership(n);
        String id = jobs.add(type, Json.object().put("server", n.id()), work);
        return Reply.ok(202, Json.object().put("id", id));
    }

    private Reply query(Ctx ctx) {
        String id = ctx.query("id");
        if (id == null || id.isEmpty()) {
            throw ApiError.badParameter("missing id parameter");
        }
        ObjectNode job = jobs.get(id);
        if (job == null) {
            throw new ApiError(404, 404, "job " + id + " not found");
        }
        return Reply.json(200, job);
    }

    private Reply cancel(Ctx ctx) {
        String id = ctx.jsonObject().path("id").asText("");
        if (id.isEmpty()) {
            throw ApiError.badParameter("missing id parameter");
        }
        if (!jobs.exists(id)) {
            throw new ApiError(404, 404, "job " + id + " not found");
        }
        if (!jobs.cancel(id)) {
            throw new ApiError(412, 412, "job " + id + " can no longer be aborted");
        }
        return Reply.json(200, Json.object().put("job", id).put("status", "aborted").put("error", false));
    }
}
