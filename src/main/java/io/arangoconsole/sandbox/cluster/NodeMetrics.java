package io.arangoconsole.sandbox.cluster;

import io.arangoconsole.sandbox.metrics.Metrics;
import io.arangoconsole.sandbox.store.Collection;
import io.arangoconsole.sandbox.store.Database;
import io.arangoconsole.sandbox.store.Store;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Each Coordinator's and DB-Server's own metrics page, as {@code /_admin/metrics/v2?serverId=} answers it: a
 * Coordinator counts the requests, connections and queries of its own listener; a DB-Server counts the requests its
 * shards were sent (one per shard a document operation, import or query needs: the leader's, and the followers'
 * for a write, which a real leader replicates to them) and exports its shards, the shards it leads, those out of
 * sync and the documents it holds. What the one process shares (memory, uptime, the document cache) repeats.
 */
final class NodeMetrics {
    private final ShardTable table;
    private final Store store;
    private final Map<Node, Metrics> pages = Collections.synchronizedMap(new IdentityHashMap<>());

    NodeMetrics(ClusterState cluster, ShardTable table, Store store, Metrics process) {
        this.table = table;
        this.store = store;
        for (Node c : cluster.coordinators()) {
            pages.put(c, process.forNode("COORDINATOR", c.shortName()));
        }
        for (Node d : cluster.dbServers()) {
            Metrics m = process.forNode("PRIMARY", d.shortName());
            m.setOwnGauges(() -> gauges(d));
            pages.put(d, m);
        }
    }

    /** The metrics of {@code n} (a Coordinator or DB-Server). */
    Metrics of(Node n) {
        return pages.get(n);
    }

    /**
     * A request of {@code method} that took {@code seconds} needed {@code shards}: one request on each of their
     * leaders and, for a write, on each of their followers.
     */
    void served(List<Shard> shards, boolean write, String method, double seconds) {
        if (shards.isEmpty()) {
            return;
        }
        Set<Node> reached = new LinkedHashSet<>();
        table.read(t -> {
            for (Shard s : shards) {
                reached.add(s.leader());
                if (write) {
                    reached.addAll(s.followers());
                }
            }
        });
        for (Node n : reached) {
            Metrics m = pages.get(n);
            if (m != null) {
                m.requestServed(method, seconds, 0, 0);
            }
        }
    }

    private List<Metrics.Gauge> gauges(Node n) {
        long[] f = new long[5]; // shards, leaders, out of sync, not replicated, documents
        table.read(t -> {
            for (ShardedCollection sc : t.all()) {
                long count = count(sc);
                int shards = sc.shards.size();
                for (int i = 0; i < shards; i++) {
                    Shard s = sc.shards.get(i);
                    if (!s.current.contains(n) && !s.plan.contains(n)) {
                        continue;
                    }
                    f[0]++;
                    // the store counts a collection, not its shards: an even split, the remainder to the first ones
                    if (s.current.contains(n)) {
                        f[4] += count / shards + (i < count % shards ? 1 : 0);
                    }
                    if (s.leader() == n) {
                        f[1]++;
                        f[2] += s.inSync() ? 0 : 1;
                        f[3] += s.plan.size() > 1 && s.current.size() <= 1 ? 1 : 0;
                    }
                }
            }
        });
        List<Metrics.Gauge> out = new ArrayList<>();
        out.add(new Metrics.Gauge("arangodb_shards_number", "Number of shards on this machine", f[0]));
        out.add(new Metrics.Gauge("arangodb_shards_leader_number", "Number of leader shards on this machine", f[1]));
        out.add(new Metrics.Gauge("arangodb_shards_out_of_sync", "Number of leader shards not fully replicated",
                f[2]));
        out.add(new Metrics.Gauge("arangodb_shards_not_replicated", "Number of shards not replicated", f[3]));
        out.add(new Metrics.Gauge("rocksdb_estimate_num_keys",
                "Estimated number of keys (sandbox: the documents of the shard copies this server holds in sync)",
                f[4]));
        return out;
    }

    private long count(ShardedCollection sc) {
        if (!store.databaseNames().contains(sc.database())) {
            return 0;
        }
        Database db = store.database(sc.database());
        Collection c = db.find(sc.name());
        return c == null ? 0 : c.count();
    }
}
