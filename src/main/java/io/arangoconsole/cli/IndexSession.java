package io.arangoconsole.cli;

import io.arangoconsole.core.arango.ArangoClients;
import io.arangoconsole.core.arango.ArangoGateway;
import io.arangoconsole.core.arango.ConnectionFailure;
import io.arangoconsole.core.arango.IndexConnections;
import io.arangoconsole.core.arango.MonitoringMetricsSource;
import io.arangoconsole.core.connection.ConnectionTarget;
import io.arangoconsole.core.monitoring.MetricsSource;
import io.arangoconsole.core.indexes.IndexGateway;
import io.arangoconsole.core.indexes.IndexJobQueue;
import io.arangoconsole.core.indexes.IndexPlan;
import io.arangoconsole.core.indexes.IndexPlanFile;
import io.arangoconsole.core.indexes.IndexService;
import io.arangoconsole.core.indexes.PlanFormatException;
import io.arangoconsole.core.indexes.PlanStarts;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

/**
 * One command line run against a server: the plan read, the server probed (so unreachable, 401 and an unknown
 * database end as one sentence before any index call), and the index service with its queue.
 */
final class IndexSession implements AutoCloseable {
    private IndexPlan plan;
    private final ArangoClients clients = new ArangoClients();
    private final ArangoGateway probe;
    private final ConnectionTarget target;
    private final IndexConnections connections;
    private final ExecutorService builds;
    private final ScheduledExecutorService timer;
    private final IndexService service;

    private IndexSession(IndexPlan plan, ConnectionTarget target) {
        this.plan = plan;
        this.target = target;
        this.probe = new ArangoGateway(clients);
        this.connections = new IndexConnections();
        this.builds = Executors.newSingleThreadExecutor(daemon("index-build"));
        this.timer = Executors.newSingleThreadScheduledExecutor(daemon("index-timer"));
        IndexGateway gateway = connections.gateway(target);
        this.service = new IndexService(gateway, new IndexJobQueue(gateway, builds, timer));
    }

    /**
     * Reads the plan and checks the server answers; failures become {@link CliFailure}s with one sentence. Without
     * {@code --plan}, the plan is the one the Indexes pane starts with: the seed plan where its collections exist,
     * else the empty start ({@link PlanStarts}).
     */
    static IndexSession open(IndexesOptions options, String password) {
        IndexPlan plan = readPlan(options);
        ConnectionTarget target = new ConnectionTarget(options.url, options.user, password, options.database,
                ConnectionTarget.Label.PRIMARY);
        IndexSession session = new IndexSession(plan, target);
        try {
            session.probe.probe(target);
        } catch (ConnectionFailure e) {
            session.close();
            throw new CliFailure(e.getMessage(), e);
        } catch (RuntimeException e) {
            session.close();
            throw new CliFailure("Cannot use " + options.url + ": " + Cli.sentence(e), e);
        }
        if (options.plan == null) {
            try {
                session.plan = PlanStarts.startFor(plan, session.service.collections());
            } catch (RuntimeException e) {
                session.close();
                throw new CliFailure("Cannot list the collections of database " + options.database + " on "
                        + options.url + ": " + Cli.sentence(e), e);
            }
        }
        return session;
    }

    private static IndexPlan readPlan(IndexesOptions options) {
        if (options.plan == null) {
            return IndexPlanFile.defaults();
        }
        try {
            return IndexPlanFile.read(options.plan);
        } catch (PlanFormatException e) {
            throw new CliFailure("The plan is malformed: " + e.getMessage() + ".", e);
        } catch (NoSuchFileException e) {
            throw new CliFailure("The plan file " + options.plan + " does not exist.", e);
        } catch (IOException e) {
            throw new CliFailure("Cannot read the plan file " + options.plan + ": " + Cli.sentence(e), e);
        }
    }

    IndexPlan plan() {
        return plan;
    }

    /** True when the database got the empty start: no --plan, and the seed plan's collections are not there. */
    boolean emptyStart() {
        return PlanStarts.isEmptyStart(plan);
    }

    IndexService service() {
        return service;
    }

    /** The server's metrics page ({@code GET /_admin/metrics/v2}), for the request-rate window. */
    MetricsSource metrics() {
        return new MonitoringMetricsSource(clients, () -> target);
    }

    /** The server, as the user gave it. */
    String url() {
        return target.endpoint();
    }

    @Override
    public void close() {
        builds.shutdownNow();
        timer.shutdownNow();
        connections.close();
        probe.close();
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        };
    }
}
