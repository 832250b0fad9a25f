package io.arangoconsole.core.cluster;

import java.util.List;
import io.arangoconsole.core.FailureLog;
import org.slf4j.LoggerFactory;

/**
 * What the Cluster pane shows at one refresh: the server's role, and for a coordinator the report of its database,
 * the maintenance mode and the shard moves under way (null when the server would not say, e.g. no admin rights).
 */
public record ClusterSnapshot(String role, ClusterReport report, Boolean maintenance, RebalanceStatus rebalance) {

    /** Polled every few seconds: a lasting failure is logged with its trace once, then counted. */
    private static final FailureLog LOG = new FailureLog(LoggerFactory.getLogger(ClusterSnapshot.class));

    public boolean isCluster() {
        return report != null && report.cluster();
    }

    /**
     * Blocking: reads {@code client}'s role and, when it is a coordinator, health and the shards of {@code database}.
     *
     * @throws ClusterException when the server cannot be asked at all
     */
    public static ClusterSnapshot read(ClusterClient client, String database) {
        String role = client.role();
        if (!"COORDINATOR".equals(role)) {
            return new ClusterSnapshot(role, null, null, null);
        }
        ClusterReport report = new ClusterInspector().inspect(List.of(client), List.of(database));
        Boolean maintenance = null;
        RebalanceStatus rebalance = null;
        try {
            maintenance = client.maintenance();
            rebalance = client.rebalanceStatus();
        } catch (ClusterException e) {
            LOG.warn("Maintenance mode or rebalance state of " + client.endpoint(), e);
        }
        return new ClusterSnapshot(role, report, maintenance, rebalance);
    }
}
