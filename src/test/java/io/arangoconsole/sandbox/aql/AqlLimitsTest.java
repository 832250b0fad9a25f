package io.arangoconsole.sandbox.aql;

import com.fasterxml.jackson.databind.JsonNode;
import io.arangoconsole.sandbox.store.ApiError;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Lazy ranges, the per-query memory limit (500/32), peakMemoryUsage, planner warnings and failOnWarning. */
class AqlLimitsTest extends AqlTestBase {

    private QueryRun startWith(String query, long memoryLimit, boolean failOnWarning) {
        return engine.start(db, new QueryRequest(query, null, false, false, 0, 0, "root", memoryLimit,
                failOnWarning));
    }

    private List<JsonNode> drain(QueryRun run) {
        try (run) {
            List<JsonNode> out = new ArrayList<>();
            run.forEachRemaining(out::add);
            return out;
        }
    }

    @Test
    void aHugeRangeIsWalkedNotBuilt() {
        assertEquals("[1,2,3]", result("FOR i IN 1..100000000 LIMIT 3 RETURN i"));
        assertEquals("[3,2,1]", result("FOR i IN 3..1 RETURN i"));
        assertEquals("[5]", result("FOR i IN 5..5 RETURN i"));
        JsonNode stats = stats("FOR i IN 1..2000000 FILTER i < 0 RETURN i");
        assertEquals(32768, stats.get("peakMemoryUsage").asLong(), "two million values walked, none held");
    }

    @Test
    void overTheQueryMemoryLimitIsError32() {
        ApiError e = assertThrows(ApiError.class, () -> drain(startWith("FOR i IN 1..100000 SORT i RETURN i",
                100_000, false)));
        assertEquals(500, e.code());
        assertEquals(32, e.errorNum());
        assertTrue(e.getMessage().startsWith("AQL: query would use more memory than allowed [node #"),
                e.getMessage());
        assertTrue(e.getMessage().endsWith("SortNode] (while executing)"), e.getMessage());
        assertTrue(tracker.current(null).isEmpty(), "the failed query is no longer running");
    }

    @Test
    void theServerDefaultLimitStopsARunawayCrossProduct() {
        engine.setDefaultMemoryLimit(8L << 20);
        ApiError e = assertThrows(ApiError.class,
                () -> rows("RETURN (FOR i IN 1..10000 FOR j IN 1..10000 RETURN [i, j])"));
        assertEquals(32, e.errorNum());
        assertEquals("[10000]", result("RETURN LENGTH(FOR i IN 1..10000 RETURN [i, i])"),
                "a query under the limit still runs");
    }

    @Test
    void constantFoldingAtPlanTimeIsLimitedToo() {
        ApiError e = assertThrows(ApiError.class, () -> drain(startWith("RETURN LENGTH(1..5000000)", 1_000_000,
                false)));
        assertEquals(32, e.errorNum());
    }

    @Test
    void peakMemoryUsageIsTheTrackedFigure() {
        long small = stats("RETURN 1").get("peakMemoryUsage").asLong();
        long big = stats("RETURN LENGTH(FOR i IN 1..10000 RETURN i)").get("peakMemoryUsage").asLong();
        assertEquals(32768, small);
        assertTrue(big >= 10 * 32768, "10,000 numbers held at once: " + big);
        assertEquals(0, big % 32768, "in 32 KiB steps as ArangoDB reports it");
    }

    @Test
    void explainReportsThePlannersWarnings() {
        JsonNode explained = engine.explain(db, "FOR i IN 1..10 RETURN 1 / 0", null, false);
        assertEquals("[{\"code\":1562,\"message\":\"division by zero\"}]", explained.get("warnings").toString());
        ApiError e = assertThrows(ApiError.class,
                () -> engine.explain(db, "FOR i IN 1..10 RETURN 1 / 0", null, false, true));
        assertError(400, 1562, "division by zero", e);
    }

    @Test
    void failOnWarningMakesTheFirstWarningAnError() {
        try (QueryRun run = start("FOR i IN 1..10 RETURN 1 / 0", null)) {
            run.forEachRemaining(x -> { });
            assertEquals(1, run.extra().get("warnings").size(), "folded once, as ArangoDB does");
        }
        ApiError planned = assertThrows(ApiError.class,
                () -> drain(startWith("FOR i IN 1..10 RETURN 1 / 0", 0, true)));
        assertError(400, 1562, "division by zero", planned);
        ApiError runtime = assertThrows(ApiError.class,
                () -> drain(startWith("FOR i IN 0..2 RETURN 1 / i", 0, true)));
        assertError(400, 1562, "division by zero", runtime);
        assertTrue(tracker.current(null).isEmpty());
    }
}
