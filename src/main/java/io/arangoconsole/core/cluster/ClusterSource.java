package io.arangoconsole.core.cluster;

import java.util.List;

/**
 * The cluster endpoints of one server (a coordinator). Blocking; every failure is a {@link ClusterException} with
 * one sentence.
 */
public interface ClusterSource {

    /** Where this source talks to, as the DBA gave it. */
    String endpoint();

    /** {@code /_admin/server/role}: COORDINATOR, SINGLE, PRIMARY, AGENT, UNDEFINED or unknown. */
    String role();

    /** {@code /_admin/cluster/health}: every coordinator, DB-Server and agent. */
    List<ClusterNode> health();

    /** The databases the user may see ({@code /_api/database/user}). */
    List<String> databases();

    /** Every shard of every collection of {@code database} ({@code shardDistribution}). */
    List<ShardState> shards(String database);

    /** One collection's shards with the catching-up progress of out-of-sync followers. */
    List<ShardState> collectionShards(String database, String collection);
}
