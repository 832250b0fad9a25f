package io.arangoconsole.core.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The stats reader against a sandbox over HTTP: O(1) count, and nothing scanned where no index serves a query. */
class StatsReaderSandboxTest {

    private StatsFixture fx;
    private final StatsReader reader = new StatsReader(DemoChoices.overrides(), Clock.systemUTC());

    @BeforeEach
    void start() {
        fx = new StatsFixture(3_000);
    }

    @AfterEach
    void stop() {
        fx.close();
    }

    @Test
    void withoutIndexesCountsAndSizesComeWithoutRunningAnyQuery() {
        fx.logEveryQuery();
        CollectionStats stats = reader.read(fx.source("primary"), "va_table");

        assertEquals(3_000, stats.count());
        assertTrue(stats.documentsSize() > 3_000L * 500, "about 2 KB a record: " + stats.documentsSize());
        assertEquals(1, stats.indexCount(), "only the primary index");
        assertEquals("primary", stats.target());
        Watermark w = stats.watermark();
        assertEquals("submissiondate", w.attribute());
        assertFalse(w.indexed());
        assertNull(w.earliest());
        assertNull(w.latest());
        assertTrue(w.scanCost() > 3_000, "the avoided scan's cost: " + w.scanCost());
        assertTrue(w.note().startsWith("no index on submissiondate: a scan would cost "), w.note());
        assertFalse(stats.breakdown().indexed());
        assertEquals("breakdown needs an index on status: a scan would cost "
                + String.format(java.util.Locale.ROOT, "%,.0f", stats.breakdown().scanCost()) + ", not run",
                stats.breakdown().note());
        assertEquals(List.of(AttributeDetector.sampleQuery()), fx.queriesRun(),
                "explain only, and detection's sample through the primary index: no scan is run");
    }

    @Test
    void withTheIndexEarliestAndLatestComeExactlyAsStoredThroughIndexBackedQueries() {
        fx.index("va_table", "submissiondate");
        JsonNode expected = fx.db().query("FOR d IN va_table COLLECT AGGREGATE lo = MIN(d.submissiondate), "
                + "hi = MAX(d.submissiondate) RETURN {lo, hi}", JsonNode.class).next();
        fx.logEveryQuery();

        Watermark w = reader.read(fx.source("primary"), "va_table").watermark();

        assertTrue(w.indexed());
        assertNull(w.note());
        assertNotNull(w.indexName());
        assertEquals(expected.get("lo"), w.earliest());
        assertEquals(expected.get("hi"), w.latest());
        assertTrue(w.latest().isTextual(), "the stored ISO string, not a re-formatted date");
        List<String> run = fx.queriesRun();
        assertEquals(3, run.size(), "the detection's sample, the latest and the earliest: " + run);
        for (String query : run) {
            assertTrue(query.contains("LIMIT 1") || query.contains("LIMIT @n"), query);
            Map<String, Object> bind = query.contains("@n") ? Map.of("@c", "va_table", "n", 10)
                    : Map.of("@c", "va_table");
            assertTrue(fx.source("primary").explain(query, bind).usesIndex(),
                    "every query that ran is index-backed: " + query);
        }
    }

    @Test
    void theBreakdownRunsOnlyWhenThePlanUsesAnIndexAndSaysSoOtherwise() {
        fx.index("va_table", "status");
        fx.logEveryQuery();
        StatusBreakdown b = reader.read(fx.source("primary"), "va_table").breakdown();

        PlanSummary plan = fx.source("primary").explain(
                "FOR d IN @@c COLLECT s = d.status WITH COUNT INTO n RETURN [s, n]", Map.of("@c", "va_table"));
        boolean indexBacked = plan.usesIndex() && !plan.scansCollection();
        assertEquals(indexBacked, b.indexed(), "the breakdown runs exactly when the plan is index-backed");
        if (b.indexed()) {
            assertEquals(3_000L, b.counts().values().stream().mapToLong(Long::longValue).sum());
        } else {
            assertTrue(b.indexExists());
            assertTrue(b.note().startsWith("breakdown needs an index: the server's plan for grouping by status "
                    + "scans the collection even with an index on it"), b.note());
            assertEquals(List.of(), fx.queriesRun(), "no scan was run for the breakdown");
        }
    }

    @Test
    void otherCollectionsUseTheirOwnWatermarkAttribute() {
        fx.index("ccva_results", "created_at");
        CollectionStats ccva = reader.read(fx.source("primary"), "ccva_results");
        assertEquals("created_at", ccva.watermark().attribute());
        assertTrue(ccva.watermark().indexed());
        assertTrue(ccva.watermark().latest().asText().matches("\\d{4}-\\d\\d-\\d\\dT.*"), ccva.toString());

        fx.db().createCollection("scratch");
        CollectionStats scratch = reader.read(fx.source("primary"), "scratch");
        assertNull(scratch.watermark(), "no configured attribute and nothing detected: no watermark at all");
        assertEquals("no usable freshness attribute: no persistent index",
                scratch.chosen().watermark().reason());
    }
}
