package io.arangoconsole.ui.indexes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.arangoconsole.core.connection.ConnectionTarget;
import io.arangoconsole.core.indexes.DiffStatus;
import io.arangoconsole.core.indexes.IndexPlan;
import io.arangoconsole.core.indexes.IndexPlanStore;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A database the seed plan was not written for starts with an empty plan and the offer to start from its existing
 * indexes; that plan is kept for the profile and database and comes back on the next connection.
 */
class IndexPlanStartTest {

    private static ShopIndexes shop;
    @TempDir
    Path config;

    @BeforeAll
    static void start() {
        shop = ShopIndexes.start();
    }

    @AfterAll
    static void stop() {
        shop.close();
    }

    @Test
    void theShopStartsEmptyThenFromItsIndexesAndKeepsThatPlan() {
        IndexPlanStore plans = new IndexPlanStore(config);
        IndexesViewModel model = shop.connect(plans);

        assertEquals("No plan yet", model.planNameProperty().get(), "the seed's collections do not exist here");
        assertTrue(model.emptyPlanProperty().get(), "the pane offers to start from the existing indexes");
        assertTrue(model.rows().stream().allMatch(r -> r.status() == DiffStatus.EXTRA), "" + model.rows());
        assertEquals(7, model.rows().size(), "the shop's own indexes, listed as extra");

        model.startFromExisting();

        assertFalse(model.emptyPlanProperty().get());
        assertEquals("From existing indexes", model.planNameProperty().get());
        assertEquals(7, model.rows().size());
        assertTrue(model.rows().stream().allMatch(r -> r.status() == DiffStatus.PRESENT), "" + model.rows());
        assertTrue(Files.exists(plans.file(ShopIndexes.PLAN_KEY)), "kept for the profile and database");

        IndexesViewModel again = shop.connect(plans);
        assertEquals("Kept plan", again.planNameProperty().get());
        assertFalse(again.emptyPlanProperty().get());
        assertTrue(again.rows().stream().allMatch(r -> r.status() == DiffStatus.PRESENT), "" + again.rows());
    }

    @Test
    void theShopCanStartFromTheIndexAdviceOfWhatItRanAndKeepsThatPlan() {
        try (io.arangoconsole.core.arango.ArangoClients clients = new io.arangoconsole.core.arango.ArangoClients()) {
            ConnectionTarget target = shop.target();
            com.arangodb.ArangoDatabase db = clients.client(target).db("shop");
            db.arango().execute(com.arangodb.Request.<java.util.Map<String, Object>>builder().db("shop")
                    .method(com.arangodb.Request.Method.PUT).path("/_api/query/properties")
                    .body(java.util.Map.of("slowQueryThreshold", 0, "maxSlowQueries", 100)).build(), Void.class);
            for (String category : java.util.List.of("books", "garden", "toys")) {
                db.query("FOR p IN products FILTER p.category == @c RETURN p._key", Object.class,
                        java.util.Map.of("c", category)).asListRemaining();
            }
            IndexPlanStore plans = new IndexPlanStore(config);
            IndexesViewModel model = shop.connect(plans, () -> io.arangoconsole.core.insight.AdvisedPlan.observe(
                    new io.arangoconsole.core.insight.AdviceService(
                            new io.arangoconsole.core.arango.InsightArango(clients, target)), null));
            assertTrue(model.adviceOfferedProperty().get(), "the empty start offers the advice");

            model.startFromAdvice();

            assertEquals("From index advice", model.planNameProperty().get(), model.errorProperty().get());
            assertFalse(model.adviceOfferedProperty().get());
            assertTrue(model.rows().stream().anyMatch(r -> r.status() == DiffStatus.MISSING
                    && r.collection().equals("products") && r.fields().equals(java.util.List.of("category"))),
                    "the advised index is planned and not built yet: " + model.rows());
            assertTrue(Files.exists(plans.file(ShopIndexes.PLAN_KEY)), "kept for the profile and database");
            assertEquals("Kept plan", shop.connect(plans).planNameProperty().get());
        }
    }

    @Test
    void nothingAdvisedKeepsTheEmptyStartAndSaysSo() {
        IndexesViewModel model = shop.connect(new IndexPlanStore(config),
                () -> new IndexPlan(io.arangoconsole.core.insight.AdvisedPlan.DESCRIPTION, java.util.List.of()));

        model.startFromAdvice();

        assertEquals("No plan yet", model.planNameProperty().get());
        assertEquals("No index advice for this database: the queries its server logged need no new index.",
                model.errorProperty().get());
    }
}
