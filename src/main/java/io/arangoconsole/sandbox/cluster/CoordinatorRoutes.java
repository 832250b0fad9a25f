package io.arangoconsole.sandbox.cluster;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.arangoconsole.sandbox.http.Ctx;
import io.arangoconsole.sandbox.http.Reply;
import io.arangoconsole.sandbox.http.Router;
import io.arangoconsole.sandbox.http.Routes;
import io.arangoconsole.sandbox.store.ApiError;
import io.arangoconsole.sandbox.store.Json;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * What makes a listener answer as a 3.12 Coordinator: role, id, status, version details, the Coordinators'
 * endpoints, the cluster's health and its number of servers (reference sections 1.1 to 1.3).
 */
final class CoordinatorRoutes {
    private final ClusterState cluster;
    private final Node self;
    private final Router base;
    private final java.util.function.Predicate<Node> holdsShards;
    private final NodeMetrics nodeMetrics;

    CoordinatorRoutes(ClusterState cluster, Node self, Router base, java.util.function.Predicate<Node> holdsShards,
                      NodeMetrics nodeMetrics) {
        this.cluster = cluster;
        this.self = self;
        this.base = base;
        this.holdsShards = holdsShards;
        this.nodeMetrics = nodeMetrics;
    }

    void register(Router r) {
        r.get("/_admin/server/role", ctx -> Reply.ok(200, Json.object().put("role", "COORDINATOR")
                .put("mode", "default")));
        r.get("/_admin/server/id", ctx -> Reply.ok(200, Json.object().put("id", self.id())));
        r.get("/_api/cluster/endpoints", ctx -> Reply.ok(200, endpoints()));
        r.get("/_admin/cluster/health", ctx -> Reply.ok(200, health()));
        r.get("/_admin/cluster/numberOfServers", ctx -> Reply.ok(200, numberOfServers()));
        r.put("/_admin/cluster/numberOfServers", this::setNumberOfServers);
        r.get("/_admin/status", ctx -> Delegate.amend(Delegate.call(base, "/_admin/status", ctx), this::status));
        r.get("/_api/database/current", ctx -> Delegate.amend(Delegate.call(base, "/_api/database/current", ctx),
                body -> {
                    if (body.get("result") instanceof ObjectNode result) {
                        result.put("sharding", "").put("replicationFactor", 1).put("writeConcern", 1)
                                .put("replicationVersion", "1");
                    }
                }));
        r.get("/_admin/metrics", this::metrics);
        r.get("/_admin/metrics/v2", this::metrics);
        r.get("/_admin/cluster/nodeVersion", ctx -> proxied(ctx, "/_api/version"));
        r.get("/_admin/cluster/nodeEngine", ctx -> proxied(ctx, "/_api/engine"));
        r.get("/_api/version", ctx -> Delegate.amend(Delegate.call(base, "/_api/version", ctx), body -> {
            if (body.get("details") instanceof ObjectNode details) {
                details.put("role", "COORDINATOR");
            }
        }));
    }

    /**
     * {@code nodeVersion|nodeEngine?ServerID=}: what that server would answer, which in the sandbox
     * is what this one answers (one process plays them all); a stopped server does not answer: 408/504.
     */
    private Reply proxied(Ctx ctx, String path) throws Exception {
        String id = ctx.query("ServerID");
        if (id == null || id.isEmpty()) {
            throw ApiError.badParameter("required parameter ServerID was not given");
        }
        Node n = cluster.find(id);
        if (n == null || n.role() == Node.Role.AGENT) {
            throw ApiError.badParameter("unknown server id " + id);
        }
        if (!n.running()) {
            throw new ApiError(408, 504, "timeout while waiting for an answer from server " + id);
        }
        return Delegate.call(base, path, ctx);
    }

    /**
     * {@code /_admin/metrics/v2?serverId=}: a 3.12 Coordinator forwards to that Coordinator or DB-Server (its own
     * id, or none: its own page); an id it does not know is 400/400, a server that does not answer 503/1497
     * (RestMetricsHandler). Each server answers its own page ({@link NodeMetrics}).
     */
    private Reply metrics(Ctx ctx) {
        String id = ctx.query("serverId");
        Node n = self;
        if (id != null && !id.equals(self.id())) {
            n = cluster.find(id);
            if (n == null || !n.id().equals(id) || n.role() == Node.Role.AGENT) {
                throw new ApiError(400, 400, "Unknown value of serverId parameter.\n");
            }
            if (!n.running()) {
                throw new ApiError(503, 1497, "cluster internal HTTP connection broken");
            }
        }
        return Reply.text(200, nodeMetrics.of(n).render(), "text/plain; version=0.0.4");
    }

    private ObjectNode endpoints() {
        ObjectNode body = Json.object();
        ArrayNode list = body.putArray("endpoints");
        cluster.coordinators().forEach(c -> list.addObject().put("endpoint", c.endpoint()));
        return body;
    }

    /** One entry per Coordinator and DB-Server (agency health record + Role, CanBeDeleted), one per Agent. */
    private ObjectNode health() {
        ObjectNode body = Json.object();
        body.put("ClusterId", cluster.clusterId());
        ObjectNode all = body.putObject("Health");
        long now = ClusterState.now();
        Node leadingAgent = cluster.agents().get(0);
        for (Node n : cluster.nodes()) {
            ObjectNode e = all.putObject(n.id());
            String status = cluster.status(n);
            if (n.role() == Node.Role.AGENT) {
                e.put("Role", n.role().spelled());
                e.put("Endpoint", n.endpoint());
                e.put("CanBeDeleted", false);
                if (n == leadingAgent) {
                    e.put("Leading", true);
                }
                e.put("LastAckedTime", n.running() ? 0.12 : n.heartbeatAge(now) / 1000.0);
                e.put("Engine", "rocksdb");
                e.put("Version", Routes.SERVER_VERSION);
                e.put("Leader", leadingAgent.id());
                e.put("Status", status);
                continue;
            }
            String changed = iso(cluster.recordChangedAt(n));
            e.put("ShortName", n.shortName());
            e.put("Endpoint", n.endpoint());
            e.put("Host", host(n));
            e.put("SyncStatus", "SERVING");
            e.put("Status", status);
            e.put("Version", Routes.SERVER_VERSION);
            e.put("Engine", "rocksdb");
            e.put("Timestamp", changed);
            e.put("SyncTime", iso(n.lastHeartbeat(now)));
            e.put("LastAckedTime", changed);
            e.put("Role", n.role().spelled());
            boolean failed = ClusterState.FAILED.equals(status);
            e.put("CanBeDeleted", n.role() == Node.Role.COORDINATOR ? failed : failed && !holdsShards.test(n));
        }
        return body;
    }

    private ObjectNode numberOfServers() {
        ObjectNode body = Json.object();
        Integer coordinators = cluster.targetCoordinators();
        Integer dbServers = cluster.targetDbServers();
        if (dbServers == null) {
            body.putNull("numberOfDBServers");
        } else {
            body.put("numberOfDBServers", dbServers);
        }
        if (coordinators == null) {
            body.putNull("numberOfCoordinators");
        } else {
            body.put("numberOfCoordinators", coordinators);
        }
        ArrayNode cleaned = body.putArray("cleanedServers");
        cluster.cleanedServers().forEach(cleaned::add);
        return body;
    }

    private Reply setNumberOfServers(Ctx ctx) {
        ObjectNode body = ctx.jsonObject();
        Integer coordinators = count(body, "numberOfCoordinators");
        Integer dbServers = count(body, "numberOfDBServers");
        cluster.setTargets(coordinators, dbServers);
        return Reply.ok(200);
    }

    private static Integer count(ObjectNode body, String key) {
        if (!body.has(key) || body.get(key).isNull()) {
            return null;
        }
        if (!body.get(key).canConvertToInt() || !body.get(key).isIntegralNumber()) {
            throw ApiError.badParameter("expecting a number for '" + key + "'");
        }
        return body.get(key).intValue();
    }

    private void status(ObjectNode body) {
        ObjectNode info = body.get("serverInfo") instanceof ObjectNode o ? o : body.putObject("serverInfo");
        info.put("role", "COORDINATOR");
        info.put("persistedId", self.id());
        info.put("serverId", self.id());
        info.put("rebootId", 1);
        info.put("address", self.endpoint().replace("127.0.0.1", "localhost"));
        info.put("maintenance", false);
        ObjectNode coordinator = body.putObject("coordinator");
        coordinator.put("foxxmaster", cluster.coordinators().get(0).id());
        coordinator.put("isFoxxmaster", self == cluster.coordinators().get(0));
        ArrayNode agents = body.putObject("agency").putObject("agencyComm").putArray("endpoints");
        cluster.agents().forEach(a -> agents.add(a.endpoint()));
    }

    private static String host(Node n) {
        return UUID.nameUUIDFromBytes(("host/" + n.id()).getBytes(StandardCharsets.UTF_8)).toString()
                .replace("-", "").substring(0, 12);
    }

    static String iso(long millis) {
        return Instant.ofEpochMilli(millis).truncatedTo(ChronoUnit.SECONDS).toString();
    }
}
