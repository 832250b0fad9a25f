package io.arangoconsole.ui.indexes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.arangoconsole.core.arango.IndexConnections;
import io.arangoconsole.core.connection.ConnectionTarget;
import io.arangoconsole.core.indexes.DiffStatus;
import io.arangoconsole.core.indexes.IndexGateway;
import io.arangoconsole.core.indexes.IndexJobQueue;
import io.arangoconsole.core.indexes.IndexPlanStore;
import io.arangoconsole.core.indexes.IndexService;
import io.arangoconsole.sandbox.Sandbox;
import io.arangoconsole.sandbox.SandboxConfig;
import io.arangoconsole.ui.common.InlineTaskRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A database the seed plan was not written for starts with an empty plan and the offer to start from its existing
 * indexes; that plan is kept for the profile and database and comes back on the next connection.
 */
class IndexPlanStartTest {

    private static Sandbox shop;
    private static IndexConnections connections;
    @TempDir
    Path config;

    @BeforeAll
    static void start() {
        shop = Sandbox.start(SandboxConfig.defaults().withDataset(SandboxConfig.Dataset.SHOP).withRecords(400));
        connections = new IndexConnections();
    }

    @AfterAll
    static void stop() {
        connections.close();
        shop.close();
    }

    private IndexesViewModel connect(IndexPlanStore plans) {
        ConnectionTarget target = new ConnectionTarget(shop.url(), "root", "", "shop",
                ConnectionTarget.Label.PRIMARY);
        IndexGateway gateway = connections.gateway(target);
        IndexService service = new IndexService(gateway, new IndexJobQueue(gateway,
                Executors.newSingleThreadExecutor(), Executors.newSingleThreadScheduledExecutor()));
        IndexesViewModel model = new IndexesViewModel(new InlineTaskRunner(), Runnable::run, () -> { });
        model.connect(new IndexesConnection(service, connections.proof(target), "primary", null, plans,
                "shop-profile/shop", "primary"));
        return model;
    }

    @Test
    void theShopStartsEmptyThenFromItsIndexesAndKeepsThatPlan() {
        IndexPlanStore plans = new IndexPlanStore(config);
        IndexesViewModel model = connect(plans);

        assertEquals("No plan yet", model.planNameProperty().get(), "the seed's collections do not exist here");
        assertTrue(model.emptyPlanProperty().get(), "the pane offers to start from the existing indexes");
        assertTrue(model.rows().stream().allMatch(r -> r.status() == DiffStatus.EXTRA), "" + model.rows());
        assertEquals(7, model.rows().size(), "the shop's own indexes, listed as extra");

        model.startFromExisting();

        assertFalse(model.emptyPlanProperty().get());
        assertEquals("From existing indexes", model.planNameProperty().get());
        assertEquals(7, model.rows().size());
        assertTrue(model.rows().stream().allMatch(r -> r.status() == DiffStatus.PRESENT), "" + model.rows());
        assertTrue(Files.exists(plans.file("shop-profile/shop")), "kept for the profile and database");

        IndexesViewModel again = connect(plans);
        assertEquals("Kept plan", again.planNameProperty().get());
        assertFalse(again.emptyPlanProperty().get());
        assertTrue(again.rows().stream().allMatch(r -> r.status() == DiffStatus.PRESENT), "" + again.rows());
    }
}
