package io.arangoconsole.ui.indexes;

import io.arangoconsole.core.arango.IndexConnections;
import io.arangoconsole.core.connection.ConnectionTarget;
import io.arangoconsole.core.indexes.IndexGateway;
import io.arangoconsole.core.indexes.IndexJobQueue;
import io.arangoconsole.core.indexes.IndexPlan;
import io.arangoconsole.core.indexes.IndexPlanStore;
import io.arangoconsole.core.indexes.IndexService;
import io.arangoconsole.sandbox.Sandbox;
import io.arangoconsole.sandbox.SandboxConfig;
import io.arangoconsole.ui.common.InlineTaskRunner;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

/**
 * The Indexes pane's tests' shared setup: a sandbox with the shop dataset (400 events), and the pane's view model
 * connected to its database {@code shop} as profile {@code shop-profile}, tasks run inline. One per test class
 * ({@code @BeforeAll}); {@link #close()} stops the build queues' threads, the connections and the sandbox.
 */
final class ShopIndexes implements AutoCloseable {
    static final String PLAN_KEY = "shop-profile/shop";

    private final Sandbox sandbox;
    private final IndexConnections connections = new IndexConnections();
    private final List<ExecutorService> queues = new ArrayList<>();

    private ShopIndexes(Sandbox sandbox) {
        this.sandbox = sandbox;
    }

    static ShopIndexes start() {
        return new ShopIndexes(Sandbox.start(SandboxConfig.defaults().withDataset(SandboxConfig.Dataset.SHOP)
                .withRecords(400)));
    }

    Sandbox sandbox() {
        return sandbox;
    }

    ConnectionTarget target() {
        return new ConnectionTarget(sandbox.url(), "root", "", "shop", ConnectionTarget.Label.PRIMARY);
    }

    /** A view model connected to the shop, its plans kept in {@code plans}. */
    IndexesViewModel connect(IndexPlanStore plans) {
        return connect(plans, null);
    }

    /** As {@link #connect(IndexPlanStore)}, offering {@code advised} as a start for an empty plan (null: none). */
    IndexesViewModel connect(IndexPlanStore plans, Supplier<IndexPlan> advised) {
        ConnectionTarget target = target();
        IndexGateway gateway = connections.gateway(target);
        ExecutorService builds = Executors.newSingleThreadExecutor();
        var polls = Executors.newSingleThreadScheduledExecutor();
        synchronized (queues) {
            queues.add(builds);
            queues.add(polls);
        }
        IndexService service = new IndexService(gateway, new IndexJobQueue(gateway, builds, polls));
        IndexesViewModel model = new IndexesViewModel(new InlineTaskRunner(), Runnable::run, () -> { });
        model.connect(new IndexesConnection(service, connections.proof(target), "primary", null, plans, PLAN_KEY,
                "primary", advised));
        return model;
    }

    @Override
    public void close() {
        synchronized (queues) {
            queues.forEach(ExecutorService::shutdownNow);
        }
        connections.close();
        sandbox.close();
    }
}
