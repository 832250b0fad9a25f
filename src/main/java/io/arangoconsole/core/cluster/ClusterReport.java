package io.arangoconsole.core.cluster;

import java.util.List;
import java.util.Locale;

/**
 * What the console knows of a cluster at one moment: its nodes, its shards, how many of the given coordinators
 * answered, and one sentence per problem (empty when every node is GOOD and every shard in sync).
 *
 * @param cluster false when no given endpoint answered as a coordinator: nodes and shards are then empty
 */
public record ClusterReport(boolean cluster, List<ClusterNode> nodes, List<ShardState> shards,
                            int coordinatorsReachable, List<String> problems) {

    public ClusterReport {
        nodes = List.copyOf(nodes);
        shards = List.copyOf(shards);
        problems = List.copyOf(problems);
    }

    public boolean healthy() {
        return cluster && problems.isEmpty();
    }

    public long dbServersGood() {
        return nodes.stream().filter(n -> n.isDbServer() && n.good()).count();
    }

    public long dbServers() {
        return nodes.stream().filter(ClusterNode::isDbServer).count();
    }

    public long shardsInSync() {
        return shards.stream().filter(ShardState::inSync).count();
    }

    public List<ShardState> outOfSync() {
        return shards.stream().filter(s -> !s.inSync()).toList();
    }

    /** "3 of 3 DB-Servers good, 18 of 18 shards in sync", the line the status bar repeats. */
    public String summary() {
        if (!cluster) {
            return "not a cluster";
        }
        return String.format(Locale.ROOT, "%d of %d DB-Servers good, %,d of %,d shards in sync", dbServersGood(),
                dbServers(), shardsInSync(), shards.size());
    }
}
