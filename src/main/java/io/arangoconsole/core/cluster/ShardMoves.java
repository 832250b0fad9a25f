package io.arangoconsole.core.cluster;

/**
 * Shard moves as agency jobs the console can follow one by one ({@code rebalance/execute} gives no job ids).
 * Blocking; a refusal is a {@link ClusterException} with the server's reason in one sentence.
 */
public interface ShardMoves {

    /**
     * Schedules one move as its own agency job ({@code POST /_admin/cluster/moveShard}; a leader move keeps the old
     * leader as a follower, as a rebalance does) and returns the job's id.
     */
    String moveShard(ShardMove move);

    /** The agency job {@code id} now ({@code GET /_admin/cluster/queryAgencyJob}). */
    AgencyJob agencyJob(String id);

    /** Aborts agency job {@code id} while it is still to do or under way ({@code POST .../cancelAgencyJob}). */
    void cancelAgencyJob(String id);
}
