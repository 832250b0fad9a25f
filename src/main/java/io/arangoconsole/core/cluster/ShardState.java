package io.arangoconsole.core.cluster;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

/**
 * One shard: where the plan puts it and where it is now. In sync when the current leader is the planned one and
 * every planned follower is among the current (in-sync) followers, as ArangoDB's shard distribution defines it.
 *
 * @param currentLeader null when the shard has no current entry (no server holds it yet)
 * @param progress      how far an out-of-sync follower has caught up, null when the server did not say
 */
public record ShardState(String database, String collection, String shard, String leader, List<String> followers,
                         String currentLeader, List<String> inSyncFollowers, Progress progress) {

    /** Documents on the follower being synced against the leader's ({@code collectionShardDistribution}). */
    public record Progress(long current, long total) {
    }

    public ShardState {
        followers = List.copyOf(followers);
        inSyncFollowers = List.copyOf(inSyncFollowers);
    }

    public boolean inSync() {
        return currentLeader != null && currentLeader.equals(leader)
                && new HashSet<>(inSyncFollowers).containsAll(followers);
    }

    /** Planned followers not (yet) in sync. */
    public List<String> catchingUp() {
        List<String> out = new ArrayList<>(followers);
        out.removeAll(inSyncFollowers);
        return out;
    }

    /** A stable id for tables: database/collection/shard. */
    public String id() {
        return database + "/" + collection + "/" + shard;
    }

    public ShardState withProgress(Progress value) {
        return new ShardState(database, collection, shard, leader, followers, currentLeader, inSyncFollowers, value);
    }
}
