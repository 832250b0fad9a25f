package io.arangoconsole.core.sync;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WatermarkOrderTest {

    private static JsonNode json(String text) throws Exception {
        return SyncJson.MAPPER.readTree(text);
    }

    @Test
    void sortsLikeArangoDbAcrossTypes() throws Exception {
        List<JsonNode> values = new ArrayList<>(List.of(json("{\"a\":1}"), json("[1,2]"), json("\"2024-01-02\""),
                json("\"2024-01-01T23:00:00Z\""), json("10"), json("9.5"), json("true"), json("false"), json("null")));
        values.sort(WatermarkOrder.INSTANCE);
        assertEquals("[null, false, true, 9.5, 10, \"2024-01-01T23:00:00Z\", \"2024-01-02\", [1,2], {\"a\":1}]",
                values.toString());
        assertEquals(0, WatermarkOrder.INSTANCE.compare(json("1"), json("1.0")));
        assertEquals(0, WatermarkOrder.INSTANCE.compare(null, json("null")));
    }

    @Test
    void keyBreaksTiesBetweenEqualWatermarks() throws Exception {
        Position at = Position.of(json("\"2024-01-01\""), "k5");
        assertTrue(WatermarkOrder.isAfter(json("\"2024-01-01\""), "k6", at));
        assertFalse(WatermarkOrder.isAfter(json("\"2024-01-01\""), "k5", at));
        assertFalse(WatermarkOrder.isAfter(json("\"2023-12-31\""), "z", at));
        assertTrue(WatermarkOrder.isAfter(json("\"2024-01-02\""), "a", at));
        assertTrue(WatermarkOrder.isAfter(null, "a", null));
    }

    @Test
    void incrementalQueryFiltersStrictlyAfterThePositionInOrder() throws Exception {
        SyncQueries.Query q = SyncQueries.after("va_table", "submissiondate", Position.of(json("\"2024\""), "k9"));
        assertEquals("FOR d IN @@c FILTER d.submissiondate > @lw OR (d.submissiondate == @lw AND d._key > @lk)"
                + " SORT d.submissiondate, d._key RETURN d", q.aql());
        assertEquals(Map.of("@c", "va_table", "lw", json("\"2024\""), "lk", "k9"), q.bindVars());
        assertEquals("FOR d IN @@c SORT d.w, d._key RETURN d", SyncQueries.after("c", "w", null).aql());
        assertEquals("FOR d IN @@c COLLECT WITH COUNT INTO n RETURN n",
                SyncQueries.countRange("c", "w", null, null).aql());
        assertEquals("FOR d IN @@c FILTER d.w < @uw OR (d.w == @uw AND d._key <= @uk)"
                + " COLLECT WITH COUNT INTO n RETURN n",
                SyncQueries.countRange("c", "w", null, Position.of(null, "k")).aql());
    }

    @Test
    void refusesAnAttributeThatWouldChangeTheQuery() {
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> SyncQueries.after("c", "w RETURN 1 //", null));
    }
}
