package io.arangoconsole.core.cluster;

/** A coordinator the console both reads (health, shards) and changes (maintenance, rebalance) through. */
public interface ClusterClient extends ClusterSource, ClusterAdmin {
}
