package io.arangoconsole.sandbox.cluster;

import io.arangoconsole.sandbox.store.ApiError;
import io.arangoconsole.sandbox.store.Collection;
import io.arangoconsole.sandbox.store.Database;
import io.arangoconsole.sandbox.store.Store;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Every collection's shard placement, kept beside the one store (see docs/decisions/0040). A collection created
 * through a Coordinator is placed as its body asks; any other (created before the cluster, by an import, a system
 * collection) is placed with ArangoDB's defaults when first looked at. One lock guards all placements.
 */
public final class ShardTable {
    private final ClusterState cluster;
    private final Store store;
    private final Map<String, ShardedCollection> collections = new LinkedHashMap<>();
    private long nextShardId = 10_010;
    private int nextLeader;

    ShardTable(ClusterState cluster, Store store) {
        this.cluster = cluster;
        this.store = store;
    }

    private static String key(String db, String name) {
        return db + "\u0000" + name;
    }

    /** Places {@code c} as {@code sharding} asks (replacing an earlier placement of the same name). */
    public synchronized ShardedCollection define(String db, Collection c, Sharding sharding) {
        List<Node> eligible = eligible();
        if (sharding.replicationFactor() > eligible.size()) {
            throw new ApiError(500, 1487, "the number of current dbservers is lower than the requested "
                    + "replicationFactor");
        }
        List<Shard> shards = new ArrayList<>();
        for (int i = 0; i < sharding.numberOfShards(); i++) {
            List<Node> servers = new ArrayList<>();
            int first = nextLeader++;
            for (int r = 0; r < sharding.replicationFactor(); r++) {
                servers.add(eligible.get(Math.floorMod(first + r, eligible.size())));
            }
            shards.add(new Shard("s" + nextShardId++, servers));
        }
        ShardedCollection sc = new ShardedCollection(db, c.name(), c.id(), sharding, shards);
        collections.put(key(db, c.name()), sc);
        return sc;
    }

    /** The placement of {@code c}, placing it with the defaults if it has none yet. */
    public synchronized ShardedCollection of(String db, Collection c) {
        ShardedCollection sc = collections.get(key(db, c.name()));
        if (sc != null && sc.collectionId() == c.id()) {
            return sc;
        }
        Sharding dflt = c.isSystem() ? Sharding.system(cluster.dbServers().size()) : Sharding.defaults();
        if (dflt.replicationFactor() > eligible().size()) {
            dflt = Sharding.defaults();
        }
        return define(db, c, dflt);
    }

    /** Every collection of database {@code db}, system ones included, in the store's order. */
    public synchronized List<ShardedCollection> of(String db) {
        List<ShardedCollection> out = new ArrayList<>();
        for (Collection c : store.database(db).collections()) {
            out.add(of(db, c));
        }
        return out;
    }

    /** Every collection of every database. */
    synchronized List<ShardedCollection> all() {
        prune();
        List<ShardedCollection> out = new ArrayList<>();
        for (String db : store.databaseNames()) {
            out.addAll(of(db));
        }
        return out;
    }

    /** Forgets placements of collections dropped since. */
    private void prune() {
        for (Iterator<ShardedCollection> it = collections.values().iterator(); it.hasNext(); ) {
            ShardedCollection sc = it.next();
            Database db = store.databaseNames().contains(sc.database()) ? store.database(sc.database()) : null;
            Collection c = db == null ? null : db.find(sc.name());
            if (c == null || c.id() != sc.collectionId()) {
                it.remove();
            }
        }
    }

    /** Runs {@code work} holding the table's lock, for readers that must see one consistent placement. */
    public synchronized void read(Consumer<ShardTable> work) {
        work.accept(this);
    }

    /** New replication settings: surplus followers leave, missing ones are added from eligible servers and catch up. */
    synchronized void replicate(ShardedCollection sc, Sharding next) {
        List<Node> eligible = eligible();
        for (Shard s : sc.shards) {
            while (s.plan.size() > next.replicationFactor()) {
                Node n = s.plan.remove(s.plan.size() - 1);
                s.current.remove(n);
                s.syncingSince.remove(n);
            }
            for (Node n : eligible) {
                if (s.plan.size() >= next.replicationFactor()) {
                    break;
                }
                if (!s.plan.contains(n)) {
                    s.plan.add(n);
                }
            }
        }
        sc.setSharding(next);
    }

    /** Whether any shard plans or holds {@code n} (a DB-Server that does cannot be deleted). */
    synchronized boolean holds(Node n) {
        for (ShardedCollection sc : collections.values()) {
            for (Shard s : sc.shards) {
                if (s.holds(n)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** DB-Servers new shards may go to: GOOD, not in maintenance, not cleaned out. */
    synchronized List<Node> eligible() {
        return cluster.dbServers().stream().filter(n -> ClusterState.GOOD.equals(cluster.status(n))
                && n.maintenanceUntil() == null && !cluster.cleanedServers().contains(n.id())).toList();
    }

    /**
     * A write to {@code shard} as its leader would take it: 503/1478 while the leader is unreachable (the gap before
     * a failover), 403/1429 while fewer in-sync copies are reachable than the write concern asks.
     */
    synchronized void checkWrite(ShardedCollection sc, Shard shard) {
        if (!shard.leader().running()) {
            throw backendUnavailable();
        }
        if (shard.reachableInSync() < sc.sharding().writeConcern()) {
            throw new ApiError(403, 1429, "write concern not fulfilled");
        }
    }

    /** A read of {@code shard}: its leader, or with dirty reads allowed any in-sync follower, must be reachable. */
    synchronized void checkRead(Shard shard, boolean dirty) {
        if (shard.leader().running() || dirty && shard.reachableInSync() > 0) {
            return;
        }
        throw backendUnavailable();
    }

    static ApiError backendUnavailable() {
        return new ApiError(503, 1478, "A cluster backend which was required for the operation could not be "
                + "reached");
    }

    /**
     * One round of the supervision: leaders stop waiting for followers gone quiet, leaders that FAILED hand over
     * to a GOOD in-sync follower (unless in maintenance), and followers that run again catch up and rejoin.
     */
    synchronized void supervise(long now) {
        ClusterOptions.Timings t = cluster.timings();
        for (ShardedCollection sc : all()) {
            for (Shard s : sc.shards) {
                s.current.removeIf(f -> f != s.current.get(0) && !f.running()
                        && f.heartbeatAge(now) >= t.followerDrop());
                Node leader = s.leader();
                if (!leader.running() && ClusterState.FAILED.equals(cluster.status(leader))
                        && cluster.supervised(leader)) {
                    failOver(s);
                }
                resync(s, now, t.resync());
            }
        }
    }

    private void failOver(Shard s) {
        Node old = s.leader();
        Node next = null;
        for (Node f : s.current) {
            if (f != old && f.running() && ClusterState.GOOD.equals(cluster.status(f)) && f.maintenanceUntil() == null) {
                next = f;
                break;
            }
        }
        if (next == null) {
            return;
        }
        s.plan.remove(next);
        s.plan.add(0, next);
        s.plan.remove(old);
        s.plan.add(old);
        s.current.remove(old);
        s.current.remove(next);
        s.current.add(0, next);
    }

    private static void resync(Shard s, long now, long resyncMillis) {
        if (!s.leader().running()) {
            return;
        }
        for (Node n : s.plan) {
            if (s.current.contains(n)) {
                s.syncingSince.remove(n);
            } else if (!n.running()) {
                s.syncingSince.remove(n);
            } else {
                long since = s.syncingSince.computeIfAbsent(n, k -> now);
                if (now - since >= resyncMillis) {
                    s.current.add(n);
                    s.syncingSince.remove(n);
                }
            }
        }
        s.current.removeIf(n -> !s.plan.contains(n));
    }

    /** Share (0..1) of its catch-up a follower of {@code s} has done, for the progress of an out-of-sync shard. */
    synchronized double catchUp(Shard s, Node follower, long now) {
        if (s.current.contains(follower)) {
            return 1;
        }
        Long since = s.syncingSince.get(follower);
        long resync = Math.max(1, cluster.timings().resync());
        return since == null ? 0 : Math.min(1, (now - since) / (double) resync);
    }

    // ---- what agency jobs do ----

    /** The shard with this id in {@code db}, with its collection, or null. */
    synchronized Located locate(String db, String shardId) {
        for (ShardedCollection sc : of(db)) {
            for (Shard s : sc.shards) {
                if (s.id().equals(shardId)) {
                    return new Located(sc, s);
                }
            }
        }
        return null;
    }

    /** A shard and the collection it belongs to. */
    record Located(ShardedCollection collection, Shard shard) {
    }

    /**
     * Moves {@code shard}'s copy from {@code from} to {@code to}, done once the job finishes (the copy is made, so
     * {@code to} is in sync). A leader moving to one of its followers is a leader change; with {@code
     * remainsFollower} the old leader stays as a follower.
     */
    synchronized void move(Shard s, Node from, Node to, boolean remainsFollower) {
        boolean leader = s.leader() == from;
        if (s.plan.contains(to)) {
            if (!leader || !s.current.contains(to)) {
                throw new IllegalStateException("the shard is already on " + to.displayName());
            }
            s.plan.remove(to);
            s.plan.add(0, to);
            s.current.remove(to);
            s.current.add(0, to);
            if (!remainsFollower) {
                s.plan.remove(from);
                s.current.remove(from);
            }
            return;
        }
        int p = s.plan.indexOf(from);
        s.plan.set(p, to);
        int c = s.current.indexOf(from);
        if (c >= 0) {
            s.current.set(c, to);
        } else {
            s.current.add(to);
        }
        if (leader && remainsFollower) {
            s.plan.add(from);
            s.current.add(from);
        }
    }

    /** Hands every shard {@code n} leads to an in-sync follower that runs. */
    synchronized void resignLeadership(Node n) {
        for (ShardedCollection sc : all()) {
            for (Shard s : sc.shards) {
                if (s.leader() == n) {
                    s.current.stream().filter(f -> f != n && f.running()).findFirst()
                            .ifPresent(f -> move(s, n, f, true));
                }
            }
        }
    }

    /** Moves every copy off {@code n} to a server the shard is not on; false (nothing changed) if one has none. */
    synchronized boolean cleanOut(Node n) {
        List<Node> targets = eligible().stream().filter(t -> t != n).toList();
        List<Runnable> moves = new ArrayList<>();
        for (ShardedCollection sc : all()) {
            for (Shard s : sc.shards) {
                if (!s.plan.contains(n)) {
                    continue;
                }
                Node to = targets.stream().filter(t -> !s.plan.contains(t)).findFirst().orElse(null);
                if (to == null) {
                    return false;
                }
                moves.add(() -> move(s, n, to, false));
            }
        }
        moves.forEach(Runnable::run);
        return true;
    }
}
