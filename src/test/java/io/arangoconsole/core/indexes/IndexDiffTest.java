package io.arangoconsole.core.indexes;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IndexDiffTest {
    private static final Set<String> ALL = Set.of("va_table", "system_configs", "ccva_results");
    private static final ExistingIndex VA_PRIMARY = new ExistingIndex("va_table", "va_table/0", "primary", "primary",
            List.of("_key"), true, false, 1.0, 4096, false, 100);

    @Test
    void anEmptyDatabaseMissesEveryUsefulIndexAndFlagsTheRedundantOnes() {
        IndexDiff diff = IndexDiff.compare(IndexPlanFile.defaults(), ALL, List.of(VA_PRIMARY));

        List<DiffRow> va = diff.rows("va_table");
        assertEquals(List.of(DiffStatus.MISSING, DiffStatus.MISSING, DiffStatus.REDUNDANT, DiffStatus.MISSING),
                va.stream().map(DiffRow::status).toList());
        assertEquals("not built: the planned [submissiondate, status] will serve the same queries",
                va.get(0).reason());
        assertEquals("would make [submissiondate] redundant", va.get(3).reason());
        assertEquals("the primary index already serves lookups and sorts on _key; not built", va.get(2).reason());
        assertEquals(List.of(DiffStatus.MISSING, DiffStatus.MISSING, DiffStatus.MISSING),
                diff.rows("ccva_results").stream().map(DiffRow::status).toList());
        assertEquals(List.of(IndexSpec.of("va_table", "status"), IndexSpec.of("va_table", "submissiondate", "status"),
                IndexSpec.of("system_configs", "type"), IndexSpec.of("system_configs", "last_sync_date"),
                IndexSpec.of("ccva_results", "created_at"), IndexSpec.of("ccva_results", "task_id", "status")),
                diff.missing());
    }

    @Test
    void builtIndexesArePresentWithTheirTypeSizeAndSelectivity() {
        ExistingIndex status = new ExistingIndex("va_table", "va_table/12", "idx_status", "persistent",
                List.of("status"), false, false, 0.0004, 81920, false, 100);
        ExistingIndex compound = new ExistingIndex("va_table", "va_table/13", "idx_sd", "hash",
                List.of("submissiondate", "status"), false, false, 0.98, 163840, false, 100);
        IndexDiff diff = IndexDiff.compare(IndexPlanFile.defaults(), ALL, List.of(VA_PRIMARY, status, compound));

        DiffRow row = diff.planned("va_table", List.of("status")).orElseThrow();
        assertEquals(DiffStatus.PRESENT, row.status());
        assertEquals("persistent", row.type());
        assertEquals("idx_status", row.name());
        assertEquals(81920, row.size());
        assertEquals(0.0004, row.selectivity());
        assertNull(row.reason());
        DiffRow aliased = diff.planned("va_table", List.of("submissiondate", "status")).orElseThrow();
        assertEquals(DiffStatus.PRESENT, aliased.status());
        assertEquals("hash", aliased.type());
        assertFalse(diff.missing().contains(IndexSpec.of("va_table", "status")));
        assertEquals(0, diff.counts().get(DiffStatus.EXTRA), "the primary index is never an extra");
    }

    @Test
    void unplannedIndexesAreExtraAndSingleFieldOnesUnderAPlannedCompoundSaySo() {
        ExistingIndex instance = ExistingIndex.persistent("va_table", "va_table/20", "by_instance",
                List.of("instanceid"), false, false);
        ExistingIndex date = ExistingIndex.persistent("va_table", "va_table/21", "by_date", List.of("submissiondate"),
                false, false);
        ExistingIndex key = ExistingIndex.persistent("va_table", "va_table/22", "by_key", List.of("_key"),
                false, false);
        ExistingIndex geo = new ExistingIndex("va_table", "va_table/23", "where", "geo", List.of("location"),
                false, true, null, 100, false, 100);
        IndexPlan plan = new IndexPlan(List.of(new CollectionPlan("va_table",
                List.of(PlannedIndex.on("submissiondate", "status")))));

        IndexDiff diff = IndexDiff.compare(plan, ALL, List.of(VA_PRIMARY, instance, date, key, geo));

        List<DiffRow> rows = diff.rows("va_table");
        assertEquals(List.of(DiffStatus.MISSING, DiffStatus.EXTRA, DiffStatus.EXTRA, DiffStatus.REDUNDANT,
                DiffStatus.EXTRA), rows.stream().map(DiffRow::status).toList());
        assertEquals("by_instance", rows.get(1).name());
        assertEquals("the planned [submissiondate, status] (not built yet) would make it redundant",
                rows.get(2).reason());
        assertEquals("the primary index already serves lookups and sorts on _key; it can be dropped",
                rows.get(3).reason());
        assertEquals("geo", rows.get(4).type());
    }

    @Test
    void uniqueIndexesAndSparseCompoundsAreNotCalledRedundant() {
        IndexPlan plan = new IndexPlan(List.of(new CollectionPlan("users", List.of(
                new PlannedIndex(List.of("email"), true, false, null, true, false, List.of()),
                PlannedIndex.on("email", "name"),
                PlannedIndex.on("city"),
                new PlannedIndex(List.of("city", "zip"), false, true, null, true, false, List.of())))));

        IndexDiff diff = IndexDiff.compare(plan, Set.of("users"), List.of());

        assertEquals(List.of(DiffStatus.MISSING, DiffStatus.MISSING, DiffStatus.MISSING, DiffStatus.MISSING),
                diff.rows("users").stream().map(DiffRow::status).toList());
    }

    @Test
    void aMissingCollectionIsSkippedWithAMessageAndTheRestStillApplies() {
        IndexDiff diff = IndexDiff.compare(IndexPlanFile.defaults(), Set.of("va_table", "ccva_results"),
                List.of(VA_PRIMARY));

        List<DiffRow> skipped = diff.rows("system_configs");
        assertEquals(2, skipped.size());
        assertTrue(skipped.stream().allMatch(r -> r.status() == DiffStatus.SKIPPED));
        assertEquals("collection system_configs does not exist; skipped, the rest of the plan still applies",
                skipped.get(0).reason());
        assertEquals(4, diff.missing().size());
        assertTrue(diff.missing().stream().noneMatch(s -> s.collection().equals("system_configs")));
    }

    @Test
    void indexesOfCollectionsOutsideThePlanAreListedAsExtra() {
        ExistingIndex other = ExistingIndex.persistent("users", "users/5", "by_name", List.of("name"), false, false);
        IndexDiff diff = IndexDiff.compare(new IndexPlan(List.of()), Set.of("users"), List.of(other));

        assertEquals(List.of("users"), diff.collections());
        assertEquals(DiffStatus.EXTRA, diff.rows("users").get(0).status());
        assertNull(diff.rows("users").get(0).spec());
    }

    @Test
    void aSingleFieldIndexIsRedundantOnlyOnceItsCoverExists() {
        ExistingIndex date = ExistingIndex.persistent("va_table", "va_table/21", "by_date", List.of("submissiondate"),
                false, false);
        IndexDiff diff = IndexDiff.compare(IndexPlanFile.defaults(), ALL, List.of(VA_PRIMARY, date));

        DiffRow single = diff.planned("va_table", List.of("submissiondate")).orElseThrow();
        DiffRow cover = diff.planned("va_table", List.of("submissiondate", "status")).orElseThrow();
        assertEquals(DiffStatus.PRESENT, single.status(), "its cover is missing: it still serves the queries");
        assertEquals("would make [submissiondate] redundant", cover.reason());
        assertEquals(DiffStatus.MISSING, cover.status());

        ExistingIndex built = ExistingIndex.persistent("va_table", "va_table/22", "by_date_status",
                List.of("submissiondate", "status"), false, false);
        DiffRow after = IndexDiff.compare(IndexPlanFile.defaults(), ALL, List.of(VA_PRIMARY, date, built))
                .planned("va_table", List.of("submissiondate")).orElseThrow();
        assertEquals(DiffStatus.REDUNDANT, after.status());
    }

    @Test
    void aBuildInProgressIsBuildingWithItsPercentAndNoSize() {
        ExistingIndex hidden = new ExistingIndex("va_table", "va_table/30", "idx_30", "persistent",
                List.of("status"), false, false, null, 0, true, 37.4);
        IndexDiff diff = IndexDiff.compare(IndexPlanFile.defaults(), ALL, List.of(VA_PRIMARY, hidden));

        DiffRow row = diff.planned("va_table", List.of("status")).orElseThrow();
        assertEquals(DiffStatus.BUILDING, row.status());
        assertEquals("being built (37%)", row.reason());
        assertEquals(-1, row.size(), "no \"0 B\" for an index still being built");
        assertFalse(diff.missing().contains(IndexSpec.of("va_table", "status")));
    }

    @Test
    void aQueuedBuildIsQueuedAndARunningOneBuilding() {
        IndexDiff diff = IndexDiff.compare(IndexPlanFile.defaults(), ALL, List.of(VA_PRIMARY));
        IndexJob running = new IndexJob(1, "va_table", List.of("status"), IndexJob.State.RUNNING, 12, null, null,
                "", null, null);
        IndexJob queued = new IndexJob(2, "ccva_results", List.of("created_at"), IndexJob.State.QUEUED, 0, null,
                null, "", null, null);

        IndexDiff laid = diff.withJobs(List.of(running, queued));

        assertEquals(DiffStatus.BUILDING, laid.planned("va_table", List.of("status")).orElseThrow().status());
        assertEquals(DiffStatus.QUEUED, laid.planned("ccva_results", List.of("created_at")).orElseThrow().status());
        assertFalse(laid.missing().contains(IndexSpec.of("va_table", "status")), "not queued twice");
    }
}
