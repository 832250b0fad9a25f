package io.arangoconsole.core.monitoring;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.ConnectException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MonitoringSamplerTest {
    private static final Instant T0 = Instant.parse("2026-11-27T04:00:00Z");

    @TempDir
    Path dir;

    private final MutableClock clock = new MutableClock(T0);
    private final Deque<Object> pages = new ArrayDeque<>();
    private final AtomicBoolean primaryUp = new AtomicBoolean(true);

    private MetricsSource source() {
        return () -> {
            Object next = pages.removeFirst();
            if (next instanceof Exception e) {
                throw e;
            }
            return ((String) next).getBytes(StandardCharsets.UTF_8);
        };
    }

    private static String page(long queries) {
        return MetricsPages.server(queries, queries * 4, new long[MetricsPages.QUERY_TIME_BOUNDS.length + 1], 0);
    }

    @Test
    void pollsRecordHistoryAndRaiseAlertsEvenWhenTheServerIsGone() throws IOException {
        EndpointDownRule down = new EndpointDownRule("down", null, "primary", 20);
        AlertRules alerts = new AlertRules(List.of(down));
        LatencyRecorder recorder = new LatencyRecorder();
        try (MetricsHistory history = MetricsHistory.open(dir, MetricsHistory.DEFAULT_RETENTION, clock)) {
            MonitoringSampler sampler = new MonitoringSampler(source(), "primary", new PrometheusParser(), recorder,
                    history, alerts, Map.of("primary", primaryUp::get), clock);
            sampler.addSeries(() -> Map.of("console.cache.stats.hit_rate", 0.5));
            pages.add(page(1_000));
            pages.add(page(1_300));
            pages.add(new ConnectException("Connection refused"));
            pages.add(new ConnectException("Connection refused"));
            pages.add("garbage{ 1\n");

            MonitoringSample first = sampler.sample();
            clock.advance(Duration.ofSeconds(10));
            MonitoringSample second = sampler.sample();
            clock.advance(Duration.ofSeconds(10));
            primaryUp.set(false);
            MonitoringSample gone = sampler.sample();
            clock.advance(Duration.ofSeconds(20));
            MonitoringSample stillGone = sampler.sample();
            clock.advance(Duration.ofSeconds(10));
            MonitoringSample garbage = sampler.sample();

            assertTrue(first.server().orElseThrow().queriesPerSecond().isEmpty(), "no rate from one scrape");
            assertEquals(30, second.server().orElseThrow().queriesPerSecond().orElseThrow(), 1e-9);
            assertEquals(30.0, second.series().get(SeriesNames.QUERIES_PER_S), 1e-9);
            assertEquals(1.0, second.series().get(SeriesNames.endpointUp("primary")));
            assertEquals(2, second.console().get(0).count());
            assertEquals(MonitoringSampler.SCRAPE_OPERATION, second.console().get(0).operation());
            assertTrue(gone.server().isEmpty());
            assertEquals("metrics not available: Connection refused", gone.error().orElseThrow());
            assertTrue(gone.events().isEmpty());
            assertEquals(List.of(AlertEvent.Transition.FIRED),
                    stillGone.events().stream().map(AlertEvent::transition).toList());
            assertTrue(garbage.error().orElseThrow().startsWith("unreadable metrics page: metrics page, line 1"));
            assertEquals(Map.of("primary", 0), garbage.inFlight());

            Map<String, TimeSeries> saved = history.load(Duration.ofMinutes(5));
            assertArrayEquals(new double[] {1, 1, 0, 0, 0}, saved.get(SeriesNames.endpointUp("primary")).values());
            assertArrayEquals(new double[] {30}, saved.get(SeriesNames.QUERIES_PER_S).values(), 1e-9);
            assertArrayEquals(new double[] {0, 0, 0, 1, 1}, saved.get(SeriesNames.alertFiring("down")).values());
            assertEquals(5, saved.get("console.cache.stats.hit_rate").size());
            assertEquals(2, saved.get(SeriesNames.console(MonitoringSampler.SCRAPE_OPERATION, "primary",
                    "errors")).values()[4], "two failed scrapes in the window; the parse failure is not a fetch error");
        }
    }
}
