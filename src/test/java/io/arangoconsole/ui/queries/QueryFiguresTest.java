package io.arangoconsole.ui.queries;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.arangoconsole.core.monitoring.LatencyStats;
import io.arangoconsole.core.monitoring.Percentiles;
import io.arangoconsole.core.monitoring.ServerMetrics;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/** The Queries pane's figures: no p99 from three requests, and AQL percentiles always in the summary line. */
class QueryFiguresTest {

    private static LatencyStats stats(long count) {
        return new LatencyStats("stats.count", "primary", count, 0, 1.5, 2.5, 3.5, 4.5);
    }

    @Test
    void aP99OfThreeRequestsReadsAsTheSampleSize() {
        LatencyStats three = stats(3);
        assertTrue(QueryFigures.tooFew(three));
        assertEquals("n = 3", QueryFigures.percentile(three, three.p99Ms(), true));
        assertEquals("1.50", QueryFigures.percentile(three, three.p50Ms(), false), "shown, greyed by the cell");

        LatencyStats many = stats(20);
        assertFalse(QueryFigures.tooFew(many));
        assertEquals("3.50", QueryFigures.percentile(many, many.p99Ms(), true));
    }

    @Test
    void theSummaryHasAqlPercentilesEvenWithoutQueriesInTheLastInterval() {
        OptionalDouble none = OptionalDouble.empty();
        ServerMetrics quiet = new ServerMetrics(Instant.now(), Optional.empty(),
                Optional.of(new Percentiles(1, 5, 9)), none, none, none, none, none, none, none, none, none, none);

        assertEquals("AQL since server start p50 1.00 ms · p95 5.00 ms · p99 9.00 ms", QueryFigures.summary(quiet));
    }
}
