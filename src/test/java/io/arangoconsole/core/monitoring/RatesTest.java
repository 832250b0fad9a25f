package io.arangoconsole.core.monitoring;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RatesTest {
    private static final Instant T0 = Instant.parse("2026-11-27T04:00:00Z");
    private static final String QUERIES = "arangodb_aql_all_query_total";
    private final PrometheusParser parser = new PrometheusParser();

    /** Scrapes of a server that runs 37.5 queries and 120 HTTP requests a second, polled every {@code every}. */
    private List<MetricsSnapshot> steadyLoad(Duration every, int polls) {
        long[] buckets = new long[MetricsPages.QUERY_TIME_BOUNDS.length + 1];
        List<MetricsSnapshot> scrapes = new ArrayList<>();
        for (int i = 0; i < polls; i++) {
            Duration since = every.multipliedBy(i);
            double seconds = since.toMillis() / 1000.0;
            String page = MetricsPages.server(5_000 + (long) (37.5 * seconds), 90_000 + (long) (120 * seconds),
                    buckets, 0);
            scrapes.add(parser.parse(page, T0.plus(since)));
        }
        return scrapes;
    }

    @Test
    void oneSecondAndTenSecondPollingGiveTheSameRate() {
        List<MetricsSnapshot> fast = steadyLoad(Duration.ofSeconds(1), 21);
        List<MetricsSnapshot> slow = steadyLoad(Duration.ofSeconds(10), 3);

        // At 1 s the counter moves by 37 or 38 each poll; averaged over the same 20 s both give 37.5/s.
        assertEquals(37.5, Rates.perSecond(fast.get(0), fast.get(20), QUERIES).orElseThrow(), 1e-9);
        assertEquals(37.5, Rates.perSecond(slow.get(0), slow.get(2), QUERIES).orElseThrow(), 1e-9);
        assertEquals(37.5, Rates.perSecond(slow.get(0), slow.get(1), QUERIES).orElseThrow(), 1e-9);
        for (int i = 1; i < fast.size(); i++) {
            double rate = Rates.perSecond(fast.get(i - 1), fast.get(i), QUERIES).orElseThrow();
            assertTrue(rate == 37 || rate == 38, "per-poll rate at 1 s: " + rate);
            assertEquals(120, Rates.perSecond(fast.get(i - 1), fast.get(i),
                    "arangodb_http_request_statistics_total_requests_total").orElseThrow(), 1e-9);
        }
        assertEquals(120, Rates.perSecond(slow.get(1), slow.get(2),
                "arangodb_http_request_statistics_total_requests_total").orElseThrow(), 1e-9);
    }

    @Test
    void aLatePollDividesByTheTimeThatReallyPassed() {
        MetricsSnapshot a = parser.parse("c_total 100\n", T0);
        MetricsSnapshot b = parser.parse("c_total 130\n", T0.plusMillis(1500));

        assertEquals(20, Rates.perSecond(a, b, "c_total").orElseThrow(), 1e-9);
    }

    @Test
    void aCounterResetCountsFromZero() {
        MetricsSnapshot before = parser.parse("c_total 1000\n", T0);
        MetricsSnapshot afterRestart = parser.parse("c_total 40\n", T0.plusSeconds(10));

        assertEquals(4, Rates.perSecond(before, afterRestart, "c_total").orElseThrow(), 1e-9);
    }

    @Test
    void seriesAreMatchedByLabelsAndSummed() {
        MetricsSnapshot a = parser.parse("r{role=\"A\",x=\"1\"} 10\nr{role=\"B\"} 100\n", T0);
        MetricsSnapshot b = parser.parse("r{role=\"B\"} 150\nr{x=\"1\",role=\"A\"} 30\nr{role=\"C\"} 9\n",
                T0.plusSeconds(10));

        assertEquals(7, Rates.perSecond(a, b, "r").orElseThrow(), 1e-9);
        assertEquals(5, Rates.perSecond(a, b, "r", Labels.of("role", "B")).orElseThrow(), 1e-9);
    }

    @Test
    void seriesArePairedByTheirExactLabels() {
        MetricsSnapshot a = parser.parse("r{role=\"A\",x=\"1\"} 1000\nr{role=\"A\"} 10\n", T0);
        MetricsSnapshot b = parser.parse("r{role=\"A\"} 20\n", T0.plusSeconds(10));

        assertEquals(1, Rates.perSecond(a, b, "r").orElseThrow(), 1e-9);
    }

    @Test
    void noRateWithoutTwoPointsOrElapsedTime() {
        MetricsSnapshot a = parser.parse("c_total 1\n", T0);

        assertTrue(Rates.perSecond(null, a, "c_total").isEmpty());
        assertTrue(Rates.perSecond(a, a, "c_total").isEmpty());
        assertTrue(Rates.perSecond(a, parser.parse("d_total 1\n", T0.plusSeconds(1)), "c_total").isEmpty());
    }
}
