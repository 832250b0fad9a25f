package io.arangoconsole.sandbox.cluster;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.arangoconsole.sandbox.store.Collection;
import io.arangoconsole.sandbox.store.Json;
import io.arangoconsole.sandbox.store.Store;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The shard rebalancer's figures and proposals (reference 1.7). Works on a copy of the placement: counters per
 * DB-Server in the cluster's order, and a greedy plan that first swaps leaders with in-sync followers
 * ({@code leaderChanges}), then moves follower copies ({@code moveFollowers}) from the fullest to the emptiest
 * server, until the counts differ by at most one or the moves run out.
 */
final class Rebalancer {
    private final ClusterState cluster;
    private final ShardTable table;
    private final Store store;
    private final AgencyJobs jobs;

    Rebalancer(ClusterState cluster, ShardTable table, Store store, AgencyJobs jobs) {
        this.cluster = cluster;
        this.jobs = jobs;
        this.table = table;
        this.store = store;
    }

    /** A move as {@code /rebalance} lists it. */
    record Move(String from, String to, String shard, String collection, String database, boolean isLeader) {
        ObjectNode json() {
            return Json.object().put("from", from).put("to", to).put("shard", shard).put("collection", collection)
                    .put("database", database).put("isLeader", isLeader);
        }
    }

    /** One shard's copy of the placement, with what the figures need. */
    private static final class Placed {
        final ShardedCollection collection;
        final Shard shard;
        final List<Node> servers;
        final long bytes;

        Placed(ShardedCollection collection, Shard shard, List<Node> servers, long bytes) {
            this.collection = collection;
            this.shard = shard;
            this.servers = servers;
            this.bytes = bytes;
        }
    }

    private List<Placed> snapshot(boolean excludeSystem, List<String> databasesExcluded) {
        List<ShardedCollection> all = table.all();
        List<Placed> out = new ArrayList<>();
        table.read(t -> {
            for (ShardedCollection sc : all) {
                if (excludeSystem && sc.name().startsWith("_") || databasesExcluded.contains(sc.database())) {
                    continue;
                }
                Collection c = store.database(sc.database()).find(sc.name());
                long bytes = c == null ? 0 : c.documentsSize() / Math.max(1, sc.shards.size());
                for (Shard s : sc.shards) {
                    out.add(new Placed(sc, s, new ArrayList<>(s.plan), bytes));
                }
            }
        });
        return out;
    }

    /** The GET answer's {@code result}: leader and shard counters, jobs waiting and running. */
    ObjectNode status() {
        ObjectNode result = imbalance(snapshot(false, List.of()));
        int[] open = jobs.openCounts("moveShard");
        result.put("pendingMoveShards", open[1]);
        result.put("todoMoveShards", open[0]);
        return result;
    }

    private ObjectNode imbalance(List<Placed> placed) {
        List<Node> servers = cluster.dbServers();
        int n = servers.size();
        double[] leaders = new double[n];
        double[] size = new double[n];
        long[] copies = new long[n];
        long system = 0;
        for (Placed p : placed) {
            for (int i = 0; i < p.servers.size(); i++) {
                int k = servers.indexOf(p.servers.get(i));
                copies[k]++;
                size[k] += p.bytes;
                if (i == 0) {
                    leaders[k]++;
                }
            }
            system += p.collection.name().startsWith("_") ? p.servers.size() : 0;
        }
        ObjectNode out = Json.object();
        ObjectNode leader = out.putObject("leader");
        double totalWeight = sum(leaders);
        array(leader.putArray("weightUsed"), leaders);
        array(leader.putArray("targetWeight"), fill(n, totalWeight / n));
        array(leader.putArray("numberShards"), leaders);
        array(leader.putArray("leaderDupl"), new double[n]);
        leader.put("totalWeight", (long) totalWeight);
        leader.put("imbalance", squares(leaders, totalWeight / n));
        leader.put("totalShards", (long) totalWeight);
        ObjectNode shards = out.putObject("shards");
        double totalSize = sum(size);
        array(shards.putArray("sizeUsed"), size);
        array(shards.putArray("targetSize"), fill(n, totalSize / n));
        double[] copyCounts = new double[n];
        for (int i = 0; i < n; i++) {
            copyCounts[i] = copies[i];
        }
        array(shards.putArray("numberShards"), copyCounts);
        shards.put("totalUsed", totalSize);
        shards.put("totalShards", (long) sum(copyCounts));
        shards.put("totalShardsFromSystemCollections", system);
        shards.put("imbalance", squares(size, totalSize / n));
        return out;
    }

    /** Options of a rebalance request. */
    record Options(int maximumNumberOfMoves, boolean leaderChanges, boolean moveLeaders, boolean moveFollowers,
                   boolean excludeSystemCollections, List<String> databasesExcluded) {
    }

    /** {@code imbalanceBefore}, {@code imbalanceAfter} and the {@code moves} that get from one to the other. */
    ObjectNode plan(Options o, List<Move> moves) {
        List<Placed> placed = snapshot(o.excludeSystemCollections(), o.databasesExcluded());
        ObjectNode result = Json.object();
        result.set("imbalanceBefore", imbalance(placed));
        List<Node> servers = cluster.dbServers().stream().filter(s -> table.eligible().contains(s)).toList();
        if (o.leaderChanges() || o.moveLeaders()) {
            balanceLeaders(placed, servers, o, moves);
        }
        if (o.moveFollowers()) {
            balanceCopies(placed, servers, o, moves);
        }
        result.set("imbalanceAfter", imbalance(placed));
        ArrayNode list = result.putArray("moves");
        moves.forEach(m -> list.add(m.json()));
        return result;
    }

    /** What the leader and the follower loops differ in: which shard of the busiest server goes, and how. */
    private interface Step {
        /** True when {@code p} may give {@code most}'s leadership (or copy) to {@code least}. */
        boolean fits(Placed p, Node most, Node least);

        /** Changes {@code p}'s placement as the move will. */
        void apply(Placed p, Node most, Node least);
    }

    private void balanceLeaders(List<Placed> placed, List<Node> servers, Options o, List<Move> moves) {
        balance(placed, servers, o, moves, true, new Step() {
            @Override
            public boolean fits(Placed p, Node most, Node least) {
                return p.servers.get(0) == most && (o.leaderChanges() && p.servers.contains(least)
                        && p.shard.current.contains(least) || o.moveLeaders() && !p.servers.contains(least));
            }

            @Override
            public void apply(Placed p, Node most, Node least) {
                if (p.servers.contains(least)) {
                    p.servers.remove(least);
                    p.servers.add(0, least);
                } else {
                    p.servers.set(0, least);
                }
            }
        });
    }

    private void balanceCopies(List<Placed> placed, List<Node> servers, Options o, List<Move> moves) {
        balance(placed, servers, o, moves, false, new Step() {
            @Override
            public boolean fits(Placed p, Node most, Node least) {
                return p.servers.indexOf(most) > 0 && !p.servers.contains(least);
            }

            @Override
            public void apply(Placed p, Node most, Node least) {
                p.servers.set(p.servers.indexOf(most), least);
            }
        });
    }

    /**
     * The greedy frame both loops share: while moves are allowed, take the server with the most leaders (or copies)
     * and the one with the fewest; stop once they differ by at most one or no shard fits {@code step}; else move
     * the first shard that fits from the one to the other.
     */
    private static void balance(List<Placed> placed, List<Node> servers, Options o, List<Move> moves,
                                boolean leaders, Step step) {
        while (moves.size() < o.maximumNumberOfMoves() && servers.size() > 1) {
            Map<Node, Integer> count = counts(placed, servers, leaders);
            Node most = extreme(count, true);
            Node least = extreme(count, false);
            if (count.get(most) - count.get(least) <= 1) {
                return;
            }
            Placed pick = placed.stream().filter(p -> step.fits(p, most, least)).findFirst().orElse(null);
            if (pick == null) {
                return;
            }
            step.apply(pick, most, least);
            moves.add(move(pick, most, least, leaders));
        }
    }

    private static Move move(Placed p, Node from, Node to, boolean leader) {
        return new Move(from.id(), to.id(), p.shard.id(), Long.toString(p.collection.collectionId()),
                p.collection.database(), leader);
    }

    private static Map<Node, Integer> counts(List<Placed> placed, List<Node> servers, boolean leadersOnly) {
        Map<Node, Integer> count = new LinkedHashMap<>();
        servers.forEach(s -> count.put(s, 0));
        for (Placed p : placed) {
            List<Node> on = leadersOnly ? p.servers.subList(0, 1) : p.servers;
            on.stream().filter(count::containsKey).forEach(s -> count.merge(s, 1, Integer::sum));
        }
        return count;
    }

    private static Node extreme(Map<Node, Integer> count, boolean max) {
        Node best = null;
        for (Map.Entry<Node, Integer> e : count.entrySet()) {
            if (best == null || (max ? e.getValue() > count.get(best) : e.getValue() < count.get(best))) {
                best = e.getKey();
            }
        }
        return best;
    }

    private static double sum(double[] values) {
        double s = 0;
        for (double v : values) {
            s += v;
        }
        return s;
    }

    private static double squares(double[] values, double target) {
        double s = 0;
        for (double v : values) {
            s += (v - target) * (v - target);
        }
        return s;
    }

    private static double[] fill(int n, double v) {
        double[] out = new double[n];
        java.util.Arrays.fill(out, v);
        return out;
    }

    private static void array(ArrayNode into, double[] values) {
        for (double v : values) {
            if (v == Math.rint(v)) {
                into.add((long) v);
            } else {
                into.add(v);
            }
        }
    }
}
