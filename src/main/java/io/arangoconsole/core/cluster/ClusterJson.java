package io.arangoconsole.core.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Reads the cluster endpoints' answers (shapes in shared/reference/arangodb-cluster-and-diagnostics.md 1.1-1.5).
 * Tolerant by design: a missing or odd field becomes {@link ClusterNode#UNKNOWN} or is skipped, never an exception.
 */
public final class ClusterJson {

    private static final Instant NEVER = Instant.EPOCH;

    private ClusterJson() {
    }

    /** {@code GET /_admin/server/role}: COORDINATOR, SINGLE, PRIMARY, AGENT, UNDEFINED, or unknown. */
    public static String role(JsonNode body) {
        String role = text(body.path("role"));
        return role == null ? ClusterNode.UNKNOWN : role;
    }

    /**
     * {@code GET /_admin/cluster/health}: one node per entry of {@code Health}, coordinators first, then DB-Servers,
     * agents and unknown roles, each by name. Agents give their last ack as seconds ago, turned into a time by
     * {@code clock}.
     */
    public static List<ClusterNode> health(JsonNode body, Clock clock) {
        List<ClusterNode> nodes = new ArrayList<>();
        JsonNode health = body.path("Health");
        for (Iterator<Map.Entry<String, JsonNode>> it = health.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            JsonNode n = entry.getValue();
            if (!n.isObject()) {
                continue;
            }
            nodes.add(new ClusterNode(entry.getKey(), orUnknown(n.path("ShortName")),
                    ClusterNode.role(text(n.path("Role"))), ClusterNode.status(text(n.path("Status"))),
                    orUnknown(n.path("SyncStatus")), orUnknown(n.path("Version")),
                    orUnknown(n.has("AdvertisedEndpoint") ? n.path("AdvertisedEndpoint") : n.path("Endpoint")),
                    heartbeat(n, clock)));
        }
        nodes.sort(Comparator.comparingInt((ClusterNode n) -> rank(n.role())).thenComparing(ClusterNode::name));
        return nodes;
    }

    /**
     * {@code GET /_db/{db}/_admin/cluster/shardDistribution} or {@code collectionShardDistribution}: one state per
     * planned shard. A shard missing from {@code Current} has no current leader (not in sync); a {@code progress}
     * on a planned entry (collectionShardDistribution only) is kept.
     */
    public static List<ShardState> shards(String database, JsonNode body) {
        List<ShardState> out = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = body.path("results").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> collection = it.next();
            JsonNode plan = collection.getValue().path("Plan");
            JsonNode current = collection.getValue().path("Current");
            for (Iterator<Map.Entry<String, JsonNode>> shards = plan.fields(); shards.hasNext(); ) {
                Map.Entry<String, JsonNode> shard = shards.next();
                JsonNode planned = shard.getValue();
                JsonNode now = current.path(shard.getKey());
                JsonNode progress = planned.path("progress");
                out.add(new ShardState(database, collection.getKey(), shard.getKey(),
                        orUnknown(planned.path("leader")), names(planned.path("followers")),
                        now.isObject() ? text(now.path("leader")) : null,
                        now.isObject() ? names(now.path("followers")) : List.of(),
                        progress.isObject() && progress.path("total").isNumber()
                                ? new ShardState.Progress(progress.path("current").asLong(),
                                        progress.path("total").asLong()) : null));
            }
        }
        out.sort(Comparator.comparing(ShardState::collection).thenComparing(ShardState::shard));
        return out;
    }

    /** {@code GET /_api/database/user}: the database names in {@code result}. */
    public static List<String> databases(JsonNode body) {
        return names(body.path("result"));
    }

    /** {@code GET /_admin/cluster/maintenance}: {@code result} is "Maintenance" while it is on. */
    public static boolean maintenance(JsonNode body) {
        return "maintenance".equalsIgnoreCase(body.path("result").asText(""));
    }

    /** The {@code warning} a maintenance switch answers with, or a plain sentence when there is none. */
    public static String maintenanceWarning(JsonNode body, boolean on) {
        String warning = text(body.path("warning"));
        return warning != null ? warning : on ? "Cluster supervision deactivated." : "Cluster supervision reactivated.";
    }

    /** {@code POST /_admin/cluster/rebalance}: {@code result.moves}; a move missing a field is skipped. */
    public static List<ShardMove> moves(JsonNode body) {
        List<ShardMove> out = new ArrayList<>();
        for (JsonNode m : body.path("result").path("moves")) {
            String from = text(m.path("from"));
            String to = text(m.path("to"));
            String shard = text(m.path("shard"));
            String collection = m.path("collection").isValueNode() ? m.path("collection").asText() : null;
            String database = text(m.path("database"));
            if (from != null && to != null && shard != null && collection != null && database != null) {
                out.add(new ShardMove(from, to, shard, collection, database, m.path("isLeader").asBoolean()));
            }
        }
        return out;
    }

    /** {@code GET /_admin/cluster/rebalance}: the counters inside {@code result}. */
    public static RebalanceStatus rebalanceStatus(JsonNode body) {
        JsonNode result = body.path("result");
        return new RebalanceStatus(result.path("todoMoveShards").asLong(), result.path("pendingMoveShards").asLong());
    }

    private static Instant heartbeat(JsonNode n, Clock clock) {
        JsonNode acked = n.path("LastAckedTime");
        if (acked.isNumber()) {
            return clock.instant().minusMillis(Math.round(acked.asDouble() * 1000));
        }
        Instant at = instant(text(acked));
        if (at == null) {
            at = instant(text(n.path("Timestamp")));
        }
        return NEVER.equals(at) ? null : at;
    }

    private static Instant instant(String text) {
        if (text == null) {
            return null;
        }
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static int rank(String role) {
        return switch (role) {
            case ClusterNode.COORDINATOR -> 0;
            case ClusterNode.DBSERVER -> 1;
            case ClusterNode.AGENT -> 2;
            default -> 3;
        };
    }

    private static List<String> names(JsonNode array) {
        List<String> out = new ArrayList<>();
        if (array.isArray()) {
            for (JsonNode item : array) {
                String name = text(item);
                if (name != null) {
                    out.add(name);
                }
            }
        }
        return out;
    }

    private static String text(JsonNode node) {
        return node.isTextual() && !node.asText().isBlank() ? node.asText() : null;
    }

    private static String orUnknown(JsonNode node) {
        String text = text(node);
        return text == null ? ClusterNode.UNKNOWN : text;
    }

    /** {@code GET /_admin/cluster/queryAgencyJob}: {@code job}, {@code status}, optional {@code reason}. */
    public static AgencyJob agencyJob(JsonNode body) {
        return new AgencyJob(body.path("job").asText(body.path("jobId").asText("")), body.path("status").asText(""),
                body.path("reason").asText(""));
    }
}
