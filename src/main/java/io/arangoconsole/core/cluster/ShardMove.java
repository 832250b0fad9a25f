package io.arangoconsole.core.cluster;

/**
 * One move a rebalance proposes, as the server gives it (all six fields go back unchanged to execute it).
 *
 * @param collection the collection's id as the server sends it (a string), not its name
 */
public record ShardMove(String from, String to, String shard, String collection, String database,
                        boolean isLeader) {
}
