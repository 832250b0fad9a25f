package io.arangoconsole.ui.indexes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.arangoconsole.core.indexes.DiffRow;
import io.arangoconsole.core.indexes.DiffStatus;
import io.arangoconsole.core.indexes.IndexPlanStore;
import io.arangoconsole.core.insight.IndexUsage;
import io.arangoconsole.core.insight.ShapeStats;
import io.arangoconsole.ui.common.Formats;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Indexes pane receives advised indexes into its kept plan and shows each index's use by the workload. */
class AdviceToPlanTest {
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
    void addToPlanPutsTheAdvisedIndexIntoTheKeptPlanOnceAndSaysSo() {
        IndexPlanStore plans = new IndexPlanStore(config);
        IndexesViewModel model = shop.connect(plans);
        model.startFromExisting();

        String added = model.addToPlan("products", List.of("category", "price"));

        assertEquals("Added [category, price] on products to the plan \"From existing indexes\" (Indexes pane).",
                added);
        assertTrue(model.rows().stream().anyMatch(r -> r.status() == DiffStatus.MISSING
                && r.collection().equals("products") && r.fields().equals(List.of("category", "price"))),
                "planned, not built yet: " + model.rows());
        assertEquals("[category, price] on products is already in the plan \"From existing indexes\".",
                model.addToPlan("products", List.of("category", "price")));
        IndexesViewModel again = shop.connect(plans);
        assertTrue(again.rows().stream().anyMatch(r -> r.status() == DiffStatus.MISSING
                && r.collection().equals("products")), "kept for the profile and database: " + again.rows());
    }

    @Test
    void theWorkloadColumnNamesTheShapesReadingAnIndexAndMarksTheOthersUnusedSinceTheObservationBegan() {
        IndexesViewModel model = shop.connect(new IndexPlanStore(config));
        DiffRow state = row(model, "orders", List.of("state"));
        DiffRow segment = row(model, "customers", List.of("segment"));
        Instant since = Instant.parse("2026-12-03T09:00:00Z");
        Instant last = Instant.parse("2026-12-03T11:32:55Z");
        ShapeStats paid = new ShapeStats("s", "a1", "FOR o IN orders FILTER o.state == ? RETURN o._key", 1204, 1,
                2, 3, -1, List.of("shop"), since, last, false, "q", Map.of(),
                List.of(ShapeStats.indexRef("orders", state.existing().name())), null);
        model.useWorkloadUsage(() -> new IndexUsage(since, List.of(paid)));

        IndexUsage usage = model.workloadUsage().property().get();
        assertEquals("1 shape, 1,204 runs, last " + Formats.time(last), WorkloadUsage.column(usage, state));
        assertEquals("unused by the observed workload since " + Formats.time(since),
                WorkloadUsage.column(usage, segment));
        assertTrue(WorkloadUsage.detail(usage, state).endsWith("1,204 runs, last " + Formats.time(last)
                + ": FOR o IN orders FILTER o.state == ? RETURN o._key"), WorkloadUsage.detail(usage, state));
        assertTrue(WorkloadUsage.detail(usage, segment).contains("drop it only after the confirmation"));
        assertEquals("not observed yet", WorkloadUsage.column(IndexUsage.NONE, segment),
                "nothing observed: nothing claimed");
    }

    private static DiffRow row(IndexesViewModel model, String collection, List<String> fields) {
        return model.rows().stream().filter(r -> r.collection().equals(collection) && r.fields().equals(fields))
                .findFirst().orElseThrow(() -> new AssertionError(collection + fields + ": " + model.rows()));
    }
}
