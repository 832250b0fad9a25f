package io.arangoconsole.core.monitoring;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HistogramQuantilesTest {
    private static final double INF = Double.POSITIVE_INFINITY;
    private static final Instant T0 = Instant.parse("2026-11-27T04:00:00Z");

    private static Histogram hist(double... boundsAndCounts) {
        Bucket[] buckets = new Bucket[boundsAndCounts.length / 2];
        for (int i = 0; i < buckets.length; i++) {
            buckets[i] = new Bucket(boundsAndCounts[2 * i], boundsAndCounts[2 * i + 1]);
        }
        double count = buckets[buckets.length - 1].cumulativeCount();
        return new Histogram("h", Labels.EMPTY, List.of(buckets), 0, count);
    }

    @Test
    void interpolatesInsideTheBucketAsPrometheusDoes() {
        // 100 observations: 50 in (0, 0.1], 40 in (0.1, 0.5], 10 in (0.5, 1].
        Histogram h = hist(0.1, 50, 0.5, 90, 1, 100, INF, 100);

        assertEquals(0.1, HistogramQuantiles.quantile(0.50, h).orElseThrow(), 1e-12);
        assertEquals(0.05, HistogramQuantiles.quantile(0.25, h).orElseThrow(), 1e-12);
        assertEquals(0.3, HistogramQuantiles.quantile(0.70, h).orElseThrow(), 1e-12);
        assertEquals(0.75, HistogramQuantiles.quantile(0.95, h).orElseThrow(), 1e-12);
        assertEquals(0.95, HistogramQuantiles.quantile(0.99, h).orElseThrow(), 1e-12);
        Percentiles p = HistogramQuantiles.percentiles(h).orElseThrow();
        assertEquals(0.1, p.p50(), 1e-12);
        assertEquals(0.75, p.p95(), 1e-12);
        assertEquals(0.95, p.p99(), 1e-12);
        assertEquals(750, p.scaled(1000).p95(), 1e-9);
    }

    @Test
    void rankInTheInfBucketGivesTheHighestFiniteBound() {
        Histogram h = hist(0.1, 10, 1, 90, INF, 100);

        assertEquals(1, HistogramQuantiles.quantile(0.95, h).orElseThrow());
        assertEquals(1, HistogramQuantiles.quantile(0.99, h).orElseThrow());
    }

    @Test
    void nothingObservedOrNoInfBucketGivesNoAnswer() {
        assertTrue(HistogramQuantiles.quantile(0.5, hist(0.1, 0, INF, 0)).isEmpty());
        assertTrue(HistogramQuantiles.quantile(0.5, hist(0.1, 3, 1, 5)).isEmpty());
        assertTrue(HistogramQuantiles.percentiles(hist(INF, 5)).isEmpty());
        assertThrows(IllegalArgumentException.class, () -> HistogramQuantiles.quantile(1.5, hist(1, 1, INF, 1)));
    }

    @Test
    void nonMonotonicCountsAreEvenedOut() {
        Histogram h = hist(0.1, 60, 0.5, 55, 1, 100, INF, 100);

        assertEquals(0.1 * 50 / 60, HistogramQuantiles.quantile(0.5, h).orElseThrow(), 1e-12);
        assertEquals(0.5 + 0.5 * (80 - 60) / 40.0, HistogramQuantiles.quantile(0.8, h).orElseThrow(), 1e-12);
    }

    @Test
    void percentilesBetweenScrapesShowOnlyWhatHappenedInBetween() {
        PrometheusParser parser = new PrometheusParser();
        // Before: 1000 fast queries (all under 0.000095 s). Between the scrapes: 100 queries of which 10 were slow.
        long[] before = new long[MetricsPages.QUERY_TIME_BOUNDS.length + 1];
        long[] after = new long[before.length];
        for (int k = 0; k < before.length; k++) {
            before[k] = 1000;
            after[k] = 1000 + 90 + (k >= 10 ? 10 : 0);
        }
        MetricsSnapshot s1 = parser.parse(MetricsPages.server(0, 0, before, 0.05), T0);
        MetricsSnapshot s2 = parser.parse(MetricsPages.server(0, 0, after, 1.05), T0.plusSeconds(5));

        Percentiles lifetime = HistogramQuantiles.percentiles(s2.histogram("arangodb_aql_query_time").orElseThrow())
                .orElseThrow();
        Percentiles window = HistogramQuantiles.between(s1, s2, "arangodb_aql_query_time", Labels.EMPTY)
                .orElseThrow();

        assertTrue(lifetime.p95() < 0.000095, "lifetime p95 drowned in old fast queries: " + lifetime);
        assertEquals(0.000095 * 50 / 90, window.p50(), 1e-12);
        // Ranks 95 and 99 of 100 fall into the bucket (0.04864, 0.09728] that holds the 10 slow queries.
        assertEquals(0.04864 + 0.04864 * 5 / 10, window.p95(), 1e-12);
        assertEquals(0.04864 + 0.04864 * 9 / 10, window.p99(), 1e-12);
        assertTrue(HistogramQuantiles.between(s2, s2, "arangodb_aql_query_time", Labels.EMPTY).isEmpty(),
                "no queries in between, no percentiles");
    }

    @Test
    void aServerRestartBetweenScrapesUsesTheNewCountsWhole() {
        Histogram before = hist(0.1, 500, INF, 600);
        Histogram after = hist(0.1, 5, INF, 10);

        assertEquals(after, after.since(before));
        assertEquals(hist(0.1, 5, INF, 10).buckets(), hist(0.1, 505, INF, 610).since(before).buckets());
    }
}
