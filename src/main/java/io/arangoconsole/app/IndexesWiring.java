package io.arangoconsole.app;

import io.arangoconsole.core.indexes.IndexPlanStore;
import java.util.function.Function;
import io.arangoconsole.core.arango.ArangoClients;
import io.arangoconsole.core.arango.IndexConnections;
import io.arangoconsole.core.arango.InsightArango;
import io.arangoconsole.core.insight.AdviceService;
import io.arangoconsole.core.insight.AdvisedPlan;
import io.arangoconsole.core.connection.ConnectionTarget;
import io.arangoconsole.core.indexes.IndexGateway;
import io.arangoconsole.core.indexes.IndexJobQueue;
import io.arangoconsole.core.indexes.IndexService;
import io.arangoconsole.ui.common.TaskRunner;
import io.arangoconsole.ui.common.UiThread;
import io.arangoconsole.ui.indexes.IndexesConnection;
import io.arangoconsole.ui.indexes.IndexesViewModel;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import javafx.beans.value.ObservableValue;

/**
 * The index part of the composition root: the Indexes pane's view model, connected to whatever the console is
 * connected to; builds run one at a time on their own thread, and a timer polls their progress and cancels.
 */
final class IndexesWiring implements AutoCloseable {

    private final IndexConnections connections;
    private final ExecutorService builds = Executors.newSingleThreadExecutor(Threads.daemon("index-build"));
    private final ScheduledExecutorService timer =
            Executors.newSingleThreadScheduledExecutor(Threads.daemon("index-timer"));
    private final List<Runnable> changedHooks = new CopyOnWriteArrayList<>();
    final IndexesViewModel model;

    private final IndexPlanStore plans;
    private final Function<ConnectionTarget, String> scope;

    /**
     * @param plans keeps each profile's and database's plan
     * @param scope names a target's profile and database ({@code profile/database})
     */
    private final ArangoClients clients;

    IndexesWiring(ArangoClients clients, TaskRunner tasks, ObservableValue<ConnectionTarget> target,
                  IndexPlanStore plans, Function<ConnectionTarget, String> scope) {
        this.plans = plans;
        this.scope = scope;
        this.clients = clients;
        this.connections = new IndexConnections(clients);
        this.model = new IndexesViewModel(tasks, UiThread.fx(), () -> changedHooks.forEach(Runnable::run));
        // the pane follows the shell's target, the embedded sandbox included
        target.addListener((obs, old, now) -> {
            if (now != null) {
                model.connect(connection(now));
            }
        });
    }

    private io.arangoconsole.core.indexes.ScheduledBuildsKeeper scheduled;

    /**
     * Keeps scheduled builds in {@code dir} across restarts, per profile and database, from the next connection; an
     * "under N/s" window read back reads the rate of its own server in {@code rates}.
     */
    void keepScheduledBuilds(java.nio.file.Path dir, io.arangoconsole.core.indexes.RequestRates rates) {
        scheduled = new io.arangoconsole.core.indexes.ScheduledBuildsKeeper(
                new io.arangoconsole.core.indexes.ScheduledBuildsFile(dir), rates::of, timer);
    }

    /** Runs {@code hook} on the FX thread after an index was built or dropped. */
    void onIndexesChanged(Runnable hook) {
        changedHooks.add(hook);
    }

    private IndexesConnection connection(ConnectionTarget target) {
        IndexGateway gateway = connections.gateway(target);
        IndexJobQueue queue = new IndexJobQueue(gateway, builds, timer);
        if (scheduled != null) {
            scheduled.attach(scope.apply(target), target.endpoint(), queue);
        }
        IndexService service = new IndexService(gateway, queue);
        boolean replica = target.label() == ConnectionTarget.Label.REPLICA;
        return new IndexesConnection(service, connections.proof(target),
                target.label() == ConnectionTarget.Label.SANDBOX ? "primary (sandbox)" : target.label().display(),
                replica ? "Connected to a replica: indexes are built and dropped on the primary only." : null,
                plans, scope.apply(target), target.endpoint(),
                () -> AdvisedPlan.observe(new AdviceService(new InsightArango(clients, target)), null));
    }

    @Override
    public void close() {
        builds.shutdownNow();
        timer.shutdownNow();
        connections.close();
    }
}
