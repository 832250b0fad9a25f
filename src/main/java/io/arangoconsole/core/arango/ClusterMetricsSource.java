package io.arangoconsole.core.arango;

import com.arangodb.Request;
import com.arangodb.Response;
import com.arangodb.util.RawBytes;
import com.fasterxml.jackson.databind.JsonNode;
import io.arangoconsole.core.cluster.ClusterJson;
import io.arangoconsole.core.cluster.ClusterNode;
import io.arangoconsole.core.connection.ConnectionTarget;
import io.arangoconsole.core.monitoring.NodeMetricsSource;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * {@link NodeMetricsSource} over the driver: when the connected server is a cluster coordinator, reads the health
 * and then each coordinator's and DB-Server's page through it, {@code GET /_admin/metrics/v2?serverId=<id>} (a
 * 3.12 coordinator forwards the request to that server; decision 0071). Agents are not asked. The role is asked
 * once per connection, so a single server costs one request per connection, not one per poll.
 */
public final class ClusterMetricsSource implements NodeMetricsSource {
    private final MonitoringTargets targets;
    private volatile ConnectionTarget checked;
    private volatile boolean coordinator;

    /** @param current the target the console is connected to now; null until the first connection */
    public ClusterMetricsSource(ArangoClients clients, Supplier<ConnectionTarget> current) {
        this.targets = new MonitoringTargets(clients, current);
    }

    @Override
    public List<NodePage> fetchNodePages() {
        ConnectionTarget target = targets.target();
        try {
            if (!target.equals(checked)) {
                JsonNode role = targets.client(target).execute(Request.<Void>builder().method(Request.Method.GET)
                        .path("/_admin/server/role").build(), JsonNode.class).getBody();
                coordinator = "COORDINATOR".equals(ClusterJson.role(role));
                checked = target;
            }
            if (!coordinator) {
                return List.of();
            }
            JsonNode health = targets.client(target).execute(Request.<Void>builder().method(Request.Method.GET)
                    .path("/_admin/cluster/health").build(), JsonNode.class).getBody();
            List<NodePage> out = new ArrayList<>();
            for (ClusterNode node : ClusterJson.health(health, Clock.systemUTC())) {
                if (node.isCoordinator() || node.isDbServer()) {
                    out.add(page(target, node));
                }
            }
            return out;
        } catch (RuntimeException e) {
            throw ArangoErrors.translate(target, e);
        }
    }

    /** One node's page; a node that does not answer (stopped, 503, timeout) is said, not thrown. */
    private NodePage page(ConnectionTarget target, ClusterNode node) {
        try {
            Request<Void> request = Request.<Void>builder().method(Request.Method.GET)
                    .path(MonitoringMetricsSource.PATH).queryParam("serverId", node.id()).build();
            Response<RawBytes> response = targets.client(target).execute(request, RawBytes.class);
            return new NodePage(node.name(), response.getBody() == null ? new byte[0] : response.getBody().get(),
                    null);
        } catch (RuntimeException e) {
            return new NodePage(node.name(), null, ArangoErrors.translate(target, e).getMessage());
        }
    }
}
