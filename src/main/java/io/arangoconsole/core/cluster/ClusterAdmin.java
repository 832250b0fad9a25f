package io.arangoconsole.core.cluster;

import java.util.List;

/**
 * What a DBA changes on a cluster through a coordinator (admin rights). Blocking; a refusal (403, 408/504, 412) is a
 * {@link ClusterException} with the server's reason in one sentence.
 */
public interface ClusterAdmin {

    /** True while cluster-wide supervision maintenance is on ({@code GET /_admin/cluster/maintenance}). */
    boolean maintenance();

    /**
     * Turns cluster-wide maintenance on (for the server's default hour) or off; waits until the server has switched.
     *
     * @return the server's own sentence ("Cluster supervision deactivated. It will be reactivated ...")
     */
    String setMaintenance(boolean on);

    /** The moves a rebalance would make now ({@code POST /_admin/cluster/rebalance}); nothing is moved. */
    List<ShardMove> proposeRebalance();

    /** Schedules {@code moves} as agency jobs ({@code POST /_admin/cluster/rebalance/execute}). */
    void executeMoves(List<ShardMove> moves);

    /** How many moves are still to do or under way ({@code GET /_admin/cluster/rebalance}). */
    RebalanceStatus rebalanceStatus();
}
