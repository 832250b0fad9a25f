package io.arangoconsole.sandbox.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.arangoconsole.sandbox.http.Ctx;
import io.arangoconsole.sandbox.http.Reply;
import io.arangoconsole.sandbox.http.Router;
import io.arangoconsole.sandbox.store.ApiError;
import io.arangoconsole.sandbox.store.Json;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Supervision maintenance, cluster-wide (a JSON string body, a {@code warning} in the answer) and per DB-Server
 * ({@code Mode}/{@code Until}; no {@code result} when normal), as reference section 1.4 shows. The sandbox flips
 * the mode at once, so the 408/504 timeout of a real cluster never happens here.
 */
final class MaintenanceRoutes {
    private static final long DEFAULT_SECONDS = 3600;
    private final ClusterState cluster;

    MaintenanceRoutes(ClusterState cluster) {
        this.cluster = cluster;
    }

    void register(Router r) {
        r.get("/_admin/cluster/maintenance", ctx -> Reply.ok(200, Json.object()
                .put("result", cluster.maintenanceUntil() == null ? "Normal" : "Maintenance")));
        r.put("/_admin/cluster/maintenance", this::setCluster);
        r.get("/_admin/cluster/maintenance/{server}", this::getServer);
        r.put("/_admin/cluster/maintenance/{server}", this::setServer);
    }

    private Reply setCluster(Ctx ctx) {
        JsonNode body = ctx.json();
        long seconds;
        if (body != null && body.isTextual() && body.asText().equals("on")) {
            seconds = DEFAULT_SECONDS;
        } else if (body != null && body.isTextual() && body.asText().equals("off")) {
            seconds = 0;
        } else if (body != null && body.isTextual() && body.asText().matches("\\d{1,9}")) {
            seconds = Long.parseLong(body.asText());
        } else if (body != null && body.isIntegralNumber() && body.asLong() >= 0) {
            seconds = body.asLong();
        } else {
            throw ApiError.badParameter("string expected with value `on` or `off`");
        }
        if (seconds == 0) {
            cluster.setMaintenanceUntil(null);
            return Reply.ok(200, Json.object().put("warning", "Cluster supervision reactivated."));
        }
        Instant until = Instant.now().plusSeconds(seconds).truncatedTo(ChronoUnit.SECONDS);
        cluster.setMaintenanceUntil(until);
        return Reply.ok(200, Json.object().put("warning", "Cluster supervision deactivated. It will be reactivated "
                + "automatically on " + until + " unless this call is repeated until then."));
    }

    /** Full ids only, as ArangoDB (no short-name lookup on this path). */
    private Node dbServer(Ctx ctx) {
        Node n = cluster.find(ctx.param(0));
        if (n == null || n.role() != Node.Role.DBSERVER || !n.id().equals(ctx.param(0))) {
            throw new ApiError(404, 404, "DB-Server not found: " + ctx.param(0));
        }
        return n;
    }

    private Reply getServer(Ctx ctx) {
        Node n = dbServer(ctx);
        Instant until = n.maintenanceUntil();
        if (until == null) {
            return Reply.ok(200);
        }
        ObjectNode result = Json.object().put("Mode", "maintenance").put("Until", until.toString());
        return Reply.result(200, result);
    }

    private Reply setServer(Ctx ctx) {
        Node n = dbServer(ctx);
        JsonNode body = ctx.json();
        String mode = body != null && body.isObject() ? body.path("mode").asText("") : "";
        JsonNode timeout = body == null ? null : body.get("timeout");
        if (!(mode.equals("maintenance") || mode.equals("normal"))
                || timeout != null && !(timeout.isIntegralNumber() && timeout.asLong() > 0)) {
            throw ApiError.badParameter("object expected with attribute 'mode' and optional attribute 'timeout'");
        }
        if (!ClusterState.GOOD.equals(cluster.status(n))) {
            throw new ApiError(412, 412, "DB-Server " + n.displayName() + " is not in GOOD health");
        }
        if (mode.equals("normal")) {
            n.setMaintenanceUntil(null);
        } else {
            long seconds = timeout == null ? DEFAULT_SECONDS : timeout.asLong();
            n.setMaintenanceUntil(Instant.now().plusSeconds(seconds).truncatedTo(ChronoUnit.SECONDS));
        }
        return Reply.ok(200);
    }
}
