package io.arangoconsole.sandbox;

import io.arangoconsole.sandbox.aql.AqlEngine;
import io.arangoconsole.sandbox.aql.QueryLogger;
import io.arangoconsole.sandbox.aql.QueryTracker;
import io.arangoconsole.sandbox.cluster.ClusterControl;
import io.arangoconsole.sandbox.cluster.ClusterOptions;
import io.arangoconsole.sandbox.cluster.Node;
import io.arangoconsole.sandbox.cluster.SingleServerRoutes;
import io.arangoconsole.sandbox.control.FaultSettings;
import io.arangoconsole.sandbox.control.FaultsApi;
import io.arangoconsole.sandbox.demo.DemoCache;
import io.arangoconsole.sandbox.demo.DemoData;
import io.arangoconsole.sandbox.demo.ShopData;
import io.arangoconsole.sandbox.faults.Faults;
import io.arangoconsole.sandbox.http.Auth;
import io.arangoconsole.sandbox.http.BodyLimits;
import io.arangoconsole.sandbox.http.Cursors;
import io.arangoconsole.sandbox.http.QueryCacheSettings;
import io.arangoconsole.sandbox.http.Router;
import io.arangoconsole.sandbox.http.Routes;
import io.arangoconsole.sandbox.http.SandboxServer;
import io.arangoconsole.sandbox.http.Services;
import io.arangoconsole.sandbox.metrics.Metrics;
import io.arangoconsole.sandbox.store.Store;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A running ArangoDB-compatible sandbox: the store with demo data, the HTTP server (HTTP/1.1 and h2c on one port)
 * and its fault control. Stopping and starting again keeps the data and the port. As a cluster it has one listener
 * per Coordinator (the configured port and the next ones), all serving the one store.
 */
public final class Sandbox implements AutoCloseable {
    private final SandboxConfig config;
    private final Store store;
    private final Metrics metrics;
    private final Faults faults;
    private final AqlEngine engine;
    private final Cursors cursors;
    private final SandboxServer server;
    private final List<SandboxServer> servers = new ArrayList<>();
    private final ClusterControl cluster;
    private final ExecutorService background;
    /** Writes finished queries to {@code _system._queries}, or null when the query log is off. */
    private final QueryLogger queryLogger;
    /** How the demo data was kept between starts (null: not kept); close waits for its file to be written. */
    private volatile DemoCache.Filled kept;
    /** {@link System#nanoTime()} when the demo data was in the store, before listening (start-up timing). */
    private volatile long dataReadyNanos;

    private Sandbox(SandboxConfig config, SandboxMode mode) {
        ClusterOptions clusterOptions = mode.cluster();
        this.config = config;
        this.store = new Store();
        this.metrics = new Metrics();
        this.faults = new Faults(store);
        this.engine = new AqlEngine(new QueryTracker(metrics::queryFinished));
        engine.setDefaultMemoryLimit(config.effectiveQueryMemoryLimit());
        this.queryLogger = config.queryLog().enabled() ? new QueryLogger(store, config.queryLog()) : null;
        engine.tracker().setLogger(queryLogger);
        this.cursors = new Cursors();
        metrics.setActiveCursors(cursors::size);
        metrics.setStoreCounts(() -> store.databaseNames().size(), () -> store.databaseNames().stream()
                .mapToInt(name -> store.database(name).collections().size()).sum());
        metrics.setCurrentQueries(() -> engine.tracker().current(null).size());
        AtomicInteger threads = new AtomicInteger();
        this.background = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "sandbox-background-" + threads.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        Services services = new Services(store, engine, cursors, new QueryCacheSettings(), metrics,
                new Auth(config.auth(), config.password()), background);
        BodyLimits limits = new BodyLimits(config.maxBodySize(), config.bodyTimeoutMillis(),
                config.bodyRateGraceMillis() == 0 ? config.bodyTimeoutMillis() : config.bodyRateGraceMillis());
        this.cluster = clusterOptions == null ? null : new ClusterControl(clusterOptions, store, config.seed(),
                metrics);
        int listeners = clusterOptions == null ? 1 : clusterOptions.coordinators();
        FaultSettings faultSettings = new FaultSettings();
        for (int i = 0; i < listeners; i++) {
            Router routes = cluster == null ? SingleServerRoutes.routes(Routes.build(services))
                    : cluster.routes(i, Routes.build(services), engine);
            if (mode.faultsApi()) {
                Node self = cluster == null ? null : cluster.state().coordinators().get(i);
                routes = new FaultsApi(faults, cluster, self, faultSettings).routes(routes);
            }
            int port = config.port() == 0 ? 0 : config.port() + i;
            SandboxServer listener = new SandboxServer(services, routes, faults, limits, config.host(), port);
            if (cluster != null) {
                listener.countAlsoIn(cluster.coordinatorMetrics(i));
            }
            servers.add(listener);
        }
        this.server = servers.get(0);
    }

    /** Builds the demo data and starts serving; returns once the port is listening. */
    public static Sandbox start(SandboxConfig config) {
        return start(config, SandboxMode.single(), null, () -> { });
    }

    /**
     * As {@link #start(SandboxConfig)}, in {@code mode}: as a cluster, its Coordinators listen on the configured
     * port and the next ones (each on a free port with port 0).
     */
    public static Sandbox start(SandboxConfig config, SandboxMode mode) {
        return start(config, mode, null, () -> { });
    }

    /**
     * {@link #start(SandboxConfig)}, keeping the generated demo data in {@code dataDir} (null: nowhere) and reading
     * it back from there on later starts with the same dataset, record count and seed ({@link DemoCache}).
     */
    public static Sandbox start(SandboxConfig config, java.nio.file.Path dataDir) {
        return start(config, SandboxMode.single(), dataDir, () -> { });
    }

    /**
     * As {@link #start(SandboxConfig, java.nio.file.Path)}; generated data is written to {@code dataDir} once
     * {@code beforeKeeping} has run on the writing thread (it may wait for the caller's first data to be shown).
     */
    public static Sandbox start(SandboxConfig config, java.nio.file.Path dataDir, Runnable beforeKeeping) {
        return start(config, SandboxMode.single(), dataDir, beforeKeeping);
    }

    private static Sandbox start(SandboxConfig config, SandboxMode mode, java.nio.file.Path dataDir,
                                 Runnable beforeKeeping) {
        Sandbox sandbox = new Sandbox(config, mode);
        Runnable generate = () -> {
            if (config.dataset() == SandboxConfig.Dataset.SHOP) {
                ShopData.populate(sandbox.store, config.dataset().database(), config.records(), config.seed());
            } else {
                DemoData.populate(sandbox.store, config.dataset().database(), config.records(), config.seed());
            }
        };
        if (dataDir == null || config.records() == 0) {
            generate.run();
        } else {
            sandbox.kept = DemoCache.populate(sandbox.store, config.dataset().database(), dataDir,
                    config.dataset().name(), config.records(), config.seed(), generate, beforeKeeping);
        }
        sandbox.dataReadyNanos = System.nanoTime();
        if (sandbox.cluster != null) {
            sandbox.cluster.shardDataset();
        }
        try {
            for (SandboxServer s : sandbox.servers) {
                s.listen();
            }
            if (sandbox.cluster != null) {
                sandbox.cluster.listening(config.host(), sandbox.servers.stream().map(SandboxServer::port).toList(),
                        sandbox.servers.stream().map(Sandbox::listener).toList());
            }
        } catch (RuntimeException e) {
            sandbox.close();
            throw e;
        }
        return sandbox;
    }

    private static ClusterControl.Listener listener(SandboxServer s) {
        return new ClusterControl.Listener() {
            @Override
            public void stop() {
                s.stopListening();
            }

            @Override
            public void start() {
                s.listen();
            }
        };
    }

    /** {@link System#nanoTime()} when its demo data was in place, just before it started listening. */
    public long dataReadyNanos() {
        return dataReadyNanos;
    }

    /** Whether its demo data was read back from the data directory rather than generated. */
    public boolean demoDataReadBack() {
        DemoCache.Filled filled = kept;
        return filled != null && filled.readBack();
    }

    /** The Coordinators' URLs in order (one URL for a single server). */
    public List<String> urls() {
        return servers.stream().map(s -> "http://" + config.host() + ":" + s.port()).toList();
    }

    /** The cluster's control (servers, health, shards), or null for a single server. */
    public ClusterControl cluster() {
        return cluster;
    }

    /** {@code http://host:port} (the first Coordinator's, for a cluster). */
    public String url() {
        return "http://" + config.host() + ":" + server.port();
    }

    public int port() {
        return server.port();
    }

    public String host() {
        return config.host();
    }

    public SandboxConfig config() {
        return config;
    }

    public Store store() {
        return store;
    }

    /** Fault control: latency, failing requests, refused connections, slow index builds. */
    public Faults faults() {
        return faults;
    }

    /** What the server counted, as exported by {@code /_admin/metrics}. */
    public Metrics metrics() {
        return metrics;
    }

    public AqlEngine engine() {
        return engine;
    }

    /** Stops listening (clients get connection refused); data is kept. */
    public void stop() {
        servers.forEach(SandboxServer::stopListening);
    }

    /** Listens again on the same port. */
    public void restart() {
        servers.forEach(SandboxServer::listen);
    }

    @Override
    public void close() {
        if (cluster != null) {
            cluster.close();
        }
        servers.forEach(SandboxServer::close);
        background.shutdownNow();
        if (queryLogger != null) {
            queryLogger.close();
        }
        cursors.close();
        store.close();
        DemoCache.Filled filled = kept;
        if (filled != null) {
            // the file being written would otherwise be cut off by the exit and its directory may be removed under it
            filled.awaitWritten(15_000);
        }
    }
}
