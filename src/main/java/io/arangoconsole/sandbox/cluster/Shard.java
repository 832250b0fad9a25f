package io.arangoconsole.sandbox.cluster;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

/**
 * One shard's placement: the Plan (leader first, then followers) and Current (the leader and the followers in sync
 * with it), and since when a planned follower that is not in sync has been catching up. Guarded by the
 * {@link ShardTable}'s lock: every method here is called holding it.
 */
public final class Shard {
    private final String id;
    final List<Node> plan = new ArrayList<>();
    final List<Node> current = new ArrayList<>();
    final Map<Node, Long> syncingSince = new HashMap<>();

    Shard(String id, List<Node> servers) {
        this.id = id;
        plan.addAll(servers);
        current.addAll(servers);
    }

    public String id() {
        return id;
    }

    Node leader() {
        return plan.get(0);
    }

    /** Same leader and same follower set in Plan and Current. */
    boolean inSync() {
        return !current.isEmpty() && current.get(0) == plan.get(0)
                && new HashSet<>(plan).equals(new HashSet<>(current));
    }

    boolean holds(Node n) {
        return plan.contains(n) || current.contains(n);
    }

    /** In-sync servers that are running (the leader included): what a write can reach. */
    long reachableInSync() {
        return current.stream().filter(Node::running).count();
    }

    List<Node> followers() {
        return plan.subList(1, plan.size());
    }
}
