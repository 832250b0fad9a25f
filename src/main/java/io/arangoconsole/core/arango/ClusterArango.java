package io.arangoconsole.core.arango;

import com.arangodb.Request;
import com.fasterxml.jackson.databind.JsonNode;
import io.arangoconsole.core.cluster.ClusterClient;
import io.arangoconsole.core.cluster.ClusterException;
import io.arangoconsole.core.cluster.AgencyJob;
import io.arangoconsole.core.cluster.RebalanceStatus;
import io.arangoconsole.core.cluster.ShardMove;
import io.arangoconsole.core.cluster.ClusterJson;
import io.arangoconsole.core.cluster.ClusterNode;
import io.arangoconsole.core.cluster.ClusterSource;
import io.arangoconsole.core.cluster.ShardState;
import io.arangoconsole.core.connection.ConnectionTarget;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/** The cluster endpoints through the shared driver client of one target (a coordinator, or a profile's list). */
public final class ClusterArango implements ClusterClient, io.arangoconsole.core.cluster.ShardMoves {

    private final ArangoClients clients;
    private final ConnectionTarget target;
    private final Clock clock;

    public ClusterArango(ArangoClients clients, ConnectionTarget target, Clock clock) {
        this.clients = clients;
        this.target = target;
        this.clock = clock;
    }

    @Override
    public String endpoint() {
        return target.endpoint();
    }

    @Override
    public String role() {
        return ClusterJson.role(get("_system", "/_admin/server/role", Map.of()));
    }

    @Override
    public List<ClusterNode> health() {
        return ClusterJson.health(get("_system", "/_admin/cluster/health", Map.of()), clock);
    }

    @Override
    public List<String> databases() {
        return ClusterJson.databases(get("_system", "/_api/database/user", Map.of()));
    }

    @Override
    public List<ShardState> shards(String database) {
        return ClusterJson.shards(database, get(database, "/_admin/cluster/shardDistribution", Map.of()));
    }

    @Override
    public List<ShardState> collectionShards(String database, String collection) {
        return ClusterJson.shards(database, get(database, "/_admin/cluster/collectionShardDistribution",
                Map.of("collection", collection)));
    }

    @Override
    public boolean maintenance() {
        return ClusterJson.maintenance(get("_system", "/_admin/cluster/maintenance", Map.of()));
    }

    @Override
    public String setMaintenance(boolean on) {
        // the body is a bare JSON string
        JsonNode answer = send(Request.Method.PUT, "_system", "/_admin/cluster/maintenance", Map.of(),
                com.arangodb.util.RawJson.of(on ? "\"on\"" : "\"off\""));
        return ClusterJson.maintenanceWarning(answer, on);
    }

    @Override
    public List<ShardMove> proposeRebalance() {
        return ClusterJson.moves(send(Request.Method.POST, "_system", "/_admin/cluster/rebalance", Map.of(),
                Map.of("version", 1, "leaderChanges", true, "moveLeaders", true, "moveFollowers", true)));
    }

    @Override
    public void executeMoves(List<ShardMove> moves) {
        List<Map<String, Object>> body = moves.stream().map(m -> Map.<String, Object>of("from", m.from(), "to",
                m.to(), "shard", m.shard(), "collection", m.collection(), "database", m.database(), "isLeader",
                m.isLeader())).toList();
        send(Request.Method.POST, "_system", "/_admin/cluster/rebalance/execute", Map.of(),
                Map.of("version", 1, "moves", body));
    }

    @Override
    public String moveShard(ShardMove m) {
        Map<String, Object> body = Map.of("database", m.database(), "collection", m.collection(), "shard", m.shard(),
                "fromServer", m.from(), "toServer", m.to(), "remainsFollower", m.isLeader(), "tryUndo", false);
        return send(Request.Method.POST, m.database(), "/_admin/cluster/moveShard", Map.of(), body).path("id")
                .asText();
    }

    @Override
    public AgencyJob agencyJob(String id) {
        return ClusterJson.agencyJob(get("_system", "/_admin/cluster/queryAgencyJob", Map.of("id", id)));
    }

    @Override
    public void cancelAgencyJob(String id) {
        send(Request.Method.POST, "_system", "/_admin/cluster/cancelAgencyJob", Map.of(), Map.of("id", id));
    }

    @Override
    public RebalanceStatus rebalanceStatus() {
        return ClusterJson.rebalanceStatus(get("_system", "/_admin/cluster/rebalance", Map.of()));
    }

    JsonNode get(String database, String path, Map<String, String> params) {
        return send(Request.Method.GET, database, path, params, null);
    }

    JsonNode send(Request.Method method, String database, String path, Map<String, String> params, Object body) {
        try {
            Request.Builder<Object> builder = Request.builder().db(database).method(method).path(path);
            if (body != null) {
                builder.body(body);
            }
            params.forEach(builder::queryParam);
            return clients.client(target).execute(builder.build(), JsonNode.class).getBody();
        } catch (RuntimeException e) {
            ConnectionFailure failure = ArangoErrors.translate(target, e);
            ClusterException.Kind kind = failure.reason() == ConnectionFailure.Reason.UNREACHABLE
                    ? ClusterException.Kind.UNREACHABLE : ClusterException.Kind.OTHER;
            throw new ClusterException(kind, failure.getMessage(), e);
        }
    }
}
