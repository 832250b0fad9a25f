package io.arangoconsole.core.arango;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.arangodb.ArangoDBException;
import io.arangoconsole.core.connection.ConnectionTarget;
import io.arangoconsole.core.monitoring.LatencyRecorder;
import io.arangoconsole.core.monitoring.LatencyStats;
import io.arangoconsole.core.monitoring.MetricsSnapshot;
import io.arangoconsole.core.monitoring.PrometheusParser;
import io.arangoconsole.core.monitoring.QueryCacheSettings;
import io.arangoconsole.core.monitoring.RunningQuery;
import io.arangoconsole.core.monitoring.ServerMetrics;
import io.arangoconsole.core.monitoring.TrackingProperties;
import io.arangoconsole.sandbox.Sandbox;
import io.arangoconsole.sandbox.SandboxConfig;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Query tracking, the results cache settings and the metrics page, with the real driver against the sandbox. */
class MonitoringQueriesTest {
    private static Sandbox sandbox;
    private static ArangoClients clients;
    private static ConnectionTarget target;
    private final LatencyRecorder recorder = new LatencyRecorder();
    private MonitoringQueries queries;

    @BeforeAll
    static void start() {
        sandbox = Sandbox.start(SandboxConfig.defaults().withRecords(0));
        clients = new ArangoClients();
        target = new ConnectionTarget(sandbox.url(), "root", "", "demo", ConnectionTarget.Label.PRIMARY);
    }

    @AfterAll
    static void stop() {
        clients.close();
        sandbox.close();
    }

    @AfterEach
    void reset() {
        sandbox.faults().reset();
    }

    private MonitoringQueries queries() {
        if (queries == null) {
            queries = new MonitoringQueries(clients, () -> target, recorder);
        }
        return queries;
    }

    @Test
    void consoleTimingsShowTheInjectedLatencyPattern() {
        // Every tenth request for the tracking properties waits 150 ms: p95, p99 and max must show it, p50 not.
        AtomicInteger seen = new AtomicInteger();
        sandbox.faults().latency(r -> r.path().endsWith("/_api/query/properties")
                && seen.incrementAndGet() % 10 == 0 ? 150 : 0);
        for (int i = 0; i < 40; i++) {
            queries().tracking();
        }
        LatencyStats stats = recorder.snapshot().stream()
                .filter(s -> s.operation().equals(MonitoringQueries.OP_TRACKING)).findFirst().orElseThrow();
        assertEquals("primary", stats.target());
        assertEquals(40, stats.count());
        assertEquals(0, stats.errors());
        assertTrue(stats.p50Ms() < 150, "p50 " + stats.p50Ms());
        assertTrue(stats.p95Ms() >= 150, "p95 " + stats.p95Ms());
        assertTrue(stats.p99Ms() >= 150, "p99 " + stats.p99Ms());
        assertTrue(stats.maxMs() >= 150, "max " + stats.maxMs());
    }

    @Test
    void failedRequestsCountAsErrors() {
        sandbox.faults().failRequests(1, 500, 4);
        assertThrows(ConnectionFailure.class, () -> queries().tracking());
        LatencyStats stats = recorder.snapshot().get(0);
        assertEquals(1, stats.count());
        assertEquals(1, stats.errors());
    }

    @Test
    void killsARunningQuery() throws Exception {
        AtomicReference<Throwable> outcome = new AtomicReference<>();
        Thread runner = new Thread(() -> {
            try {
                clients.client(target).db("demo").query("RETURN SLEEP(10)", Object.class).asListRemaining();
            } catch (Throwable t) {
                outcome.set(t);
            }
        });
        runner.start();
        RunningQuery running = awaitRunning("RETURN SLEEP(10)");
        assertEquals("root", running.user());
        assertEquals("executing", running.state());
        queries().kill(running.id());
        runner.join(30_000);
        assertFalse(runner.isAlive(), "the killed query must end long before its 10 s");
        ArangoDBException killed = assertInstanceOf(ArangoDBException.class, outcome.get());
        assertEquals(1500, killed.getErrorNum());
        assertTrue(queries().running().stream().noneMatch(q -> q.id().equals(running.id())));
    }

    @Test
    void killingAFinishedQueryIsOneSentence() {
        ConnectionFailure failure = assertThrows(ConnectionFailure.class, () -> queries().kill("999999"));
        assertTrue(failure.getMessage().contains("answered with error"), failure.getMessage());
    }

    @Test
    void slowLogWithThresholdZeroThenClear() {
        TrackingProperties before = queries().tracking();
        try {
            TrackingProperties set = queries().setTracking(before.with(0, 5));
            assertEquals(0, set.slowQueryThresholdSeconds());
            assertEquals(5, set.maxSlowQueries());
            clients.client(target).db("demo").query("RETURN @x", Object.class, Map.of("x", 41)).asListRemaining();
            List<RunningQuery> slow = queries().slow();
            assertTrue(slow.stream().anyMatch(q -> q.query().equals("RETURN @x")), slow.toString());
            queries().clearSlow();
            assertEquals(List.of(), queries().slow());
        } finally {
            queries().setTracking(before);
        }
    }

    @Test
    void fractionalThresholdSurvivesTheRoundTrip() {
        TrackingProperties before = queries().tracking();
        try {
            assertEquals(0.5, queries().setTracking(before.with(0.5, 64)).slowQueryThresholdSeconds());
            assertEquals(0.5, queries().tracking().slowQueryThresholdSeconds());
        } finally {
            queries().setTracking(before);
        }
    }

    @Test
    void queryCacheSettingsRoundTrip() {
        QueryCacheSettings before = queries().cacheSettings();
        try {
            QueryCacheSettings wanted = new QueryCacheSettings("on", 64, 1_000_000, 50_000, true);
            assertEquals(wanted, queries().setCacheSettings(wanted));
            assertEquals(wanted, queries().cacheSettings());
        } finally {
            queries().setCacheSettings(before);
        }
        assertTrue(recorder.snapshot().stream().anyMatch(s -> s.operation().equals(MonitoringQueries.OP_CACHE_SET)));
    }

    @Test
    void metricsPageParsesIntoServerFigures() throws Exception {
        MonitoringMetricsSource source = new MonitoringMetricsSource(clients, () -> target);
        MetricsSnapshot first = new PrometheusParser().parse(source.fetchMetricsPage(), Instant.now());
        ServerMetrics metrics = ServerMetrics.from(null, first);
        assertTrue(metrics.cacheHitRateLifetime().isPresent());
        assertTrue(metrics.clientConnections().isPresent());
        assertTrue(metrics.planCacheHits().isEmpty(), "the sandbox does not export the 3.12.4 plan cache");
    }

    @Test
    void withoutAConnectionTheCallsSaySo() {
        MonitoringQueries none = new MonitoringQueries(clients, () -> null, recorder);
        IllegalStateException e = assertThrows(IllegalStateException.class, none::running);
        assertEquals("not connected to a server yet", e.getMessage());
    }

    private RunningQuery awaitRunning(String text) throws InterruptedException {
        for (int i = 0; i < 200; i++) {
            Optional<RunningQuery> q = queries().running().stream().filter(r -> r.query().equals(text)).findFirst();
            if (q.isPresent()) {
                return q.get();
            }
            Thread.sleep(25);
        }
        throw new AssertionError("the query never showed as running");
    }
}
