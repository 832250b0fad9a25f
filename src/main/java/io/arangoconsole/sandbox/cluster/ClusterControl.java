package io.arangoconsole.sandbox.cluster;

import io.arangoconsole.sandbox.aql.AqlEngine;
import io.arangoconsole.sandbox.http.Router;
import io.arangoconsole.sandbox.metrics.Metrics;
import io.arangoconsole.sandbox.store.Collection;
import io.arangoconsole.sandbox.store.Store;

import java.util.List;

/**
 * A running sandbox cluster as tests and the faults API drive it: its agency state, and stopping or starting any
 * server by id or short name (a Coordinator's listener closes and opens with it).
 */
public final class ClusterControl implements AutoCloseable {
    /** A Coordinator's listener. */
    public interface Listener {
        void stop();

        void start();
    }

    /** The dataset's collections: three shards, two copies (fewer with fewer DB-Servers), write concern one. */
    private static final int DATASET_SHARDS = 3;
    private static final int DATASET_COPIES = 2;

    private final ClusterState state;
    private final Store store;
    private final ShardTable shards;
    private final AgencyJobs jobs;
    private final Supervision supervision;
    private final NodeMetrics nodeMetrics;
    private List<Listener> listeners = List.of();
    private final FollowerLag followerLag = new FollowerLag();

    /** @param metrics the process's metrics, from which each server's own are made */
    public ClusterControl(ClusterOptions options, Store store, long seed, Metrics metrics) {
        this.state = new ClusterState(options, seed);
        this.store = store;
        this.shards = new ShardTable(state, store);
        this.nodeMetrics = new NodeMetrics(state, shards, store, metrics);
        this.jobs = new AgencyJobs(state);
        this.supervision = new Supervision(state, shards, jobs);
    }

    /** The routes Coordinator {@code index} serves in front of the single server's {@code base} routes. */
    public Router routes(int index, Router base, AqlEngine engine) {
        Node self = state.coordinators().get(index);
        Router own = new Router();
        new CoordinatorRoutes(state, self, base, shards::holds, nodeMetrics).register(own);
        new ShardRoutes(shards, base).register(own);
        new DataPathRoutes(shards, base, engine, followerLag, nodeMetrics).register(own);
        new MaintenanceRoutes(state).register(own);
        new JobRoutes(state, shards, jobs, store).register(own);
        return own.fallback(base);
    }

    /** Coordinator {@code index}'s own metrics, which its listener counts in. */
    public Metrics coordinatorMetrics(int index) {
        return nodeMetrics.of(state.coordinators().get(index));
    }

    /** The followers' apply delay (faults API {@code followerLag}). */
    public FollowerLag followerLag() {
        return followerLag;
    }

    /** Shards the collections the dataset made (every non-system collection outside {@code _system}) 3 x 2. */
    public void shardDataset() {
        Sharding sharding = new Sharding(DATASET_SHARDS, Math.min(DATASET_COPIES, state.dbServers().size()), 1,
                List.of("_key"));
        for (String db : store.databaseNames()) {
            if (db.equals("_system")) {
                continue;
            }
            for (Collection c : store.database(db).collections()) {
                if (!c.isSystem()) {
                    shards.define(db, c, sharding);
                }
            }
        }
    }

    /** Every collection's placement. */
    public ShardTable shards() {
        return shards;
    }

    /** Called once the Coordinators listen, with their listeners and ports in order. */
    public void listening(String host, List<Integer> ports, List<Listener> listeners) {
        state.bind(host, ports);
        this.listeners = List.copyOf(listeners);
    }

    public ClusterState state() {
        return state;
    }

    /** The server named by id or short name; {@code IllegalArgumentException} naming it when there is none. */
    public Node server(String idOrShortName) {
        Node n = state.find(idOrShortName);
        if (n == null) {
            throw new IllegalArgumentException("no server '" + idOrShortName + "' in this cluster");
        }
        return n;
    }

    /** Stops a server: it sends no more heartbeats; a Coordinator also stops listening. */
    public void stop(String idOrShortName) {
        Node n = server(idOrShortName);
        state.stop(n);
        int i = state.coordinators().indexOf(n);
        if (i >= 0) {
            listeners.get(i).stop();
        }
    }

    /** Starts a stopped server again (a Coordinator listens again on its port). */
    public void start(String idOrShortName) {
        Node n = server(idOrShortName);
        int i = state.coordinators().indexOf(n);
        if (i >= 0) {
            listeners.get(i).start();
        }
        state.start(n);
    }

    @Override
    public void close() {
        supervision.close();
    }
}
