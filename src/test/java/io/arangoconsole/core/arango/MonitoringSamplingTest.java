package io.arangoconsole.core.arango;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.arangoconsole.core.connection.ConnectionTarget;
import io.arangoconsole.core.monitoring.AlertEvent;
import io.arangoconsole.core.monitoring.AlertRule;
import io.arangoconsole.core.monitoring.AlertRules;
import io.arangoconsole.core.monitoring.EndpointDownRule;
import io.arangoconsole.core.monitoring.LatencyRecorder;
import io.arangoconsole.core.monitoring.MetricsHistory;
import io.arangoconsole.core.monitoring.MonitoringSample;
import io.arangoconsole.core.monitoring.MonitoringSampler;
import io.arangoconsole.core.monitoring.PrometheusParser;
import io.arangoconsole.core.monitoring.SeriesNames;
import io.arangoconsole.core.monitoring.ThresholdRule;
import io.arangoconsole.core.monitoring.TimeSeries;
import io.arangoconsole.core.monitoring.TrackedMetricsSource;
import io.arangoconsole.sandbox.Sandbox;
import io.arangoconsole.sandbox.SandboxConfig;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sampler over real scrapes of the sandbox: history across a restart of the services, alerts that fire. */
class MonitoringSamplingTest {
    @TempDir
    Path dir;
    private Sandbox sandbox;
    private ArangoClients clients;
    private ConnectionTarget target;

    @BeforeEach
    void start() {
        sandbox = Sandbox.start(SandboxConfig.defaults().withRecords(0));
        clients = new ArangoClients();
        target = new ConnectionTarget(sandbox.url(), "root", "", "demo", ConnectionTarget.Label.PRIMARY);
    }

    @AfterEach
    void stop() {
        clients.close();
        sandbox.close();
    }

    private MonitoringSampler sampler(MetricsHistory history, AlertRules rules) {
        TrackedMetricsSource source = new TrackedMetricsSource(new MonitoringMetricsSource(clients, () -> target));
        return new MonitoringSampler(source, "primary", new PrometheusParser(), new LatencyRecorder(), history, rules,
                Map.of("primary", source::lastSucceeded), Clock.systemUTC());
    }

    @Test
    void historySurvivesARestartOfTheServices() throws Exception {
        MetricsHistory history = MetricsHistory.open(dir, MetricsHistory.DEFAULT_RETENTION, Clock.systemUTC());
        MonitoringSampler first = sampler(history, new AlertRules(List.of()));
        for (int i = 0; i < 3; i++) {
            first.sample();
            Thread.sleep(20);
        }
        history.close();
        Instant restart = Instant.now();

        MetricsHistory reopened = MetricsHistory.open(dir, MetricsHistory.DEFAULT_RETENTION, Clock.systemUTC());
        sampler(reopened, new AlertRules(List.of())).sample();
        TimeSeries connections = reopened.load(Duration.ofMinutes(5), List.of(SeriesNames.CLIENT_CONNECTIONS))
                .get(SeriesNames.CLIENT_CONNECTIONS);
        reopened.close();
        assertEquals(4, connections.size(), "three samples before the restart and one after");
        assertTrue(connections.time(0).isBefore(restart));
        assertTrue(connections.time(3).compareTo(restart) >= 0);
    }

    @Test
    void runningQueryAlertFiresAndClearsOnRealScrapes() throws Exception {
        AlertRule busy = ThresholdRule.above(SeriesNames.RUNNING_QUERIES, 0, Duration.ZERO);
        MonitoringSampler sampler = sampler(null, new AlertRules(List.of(busy)));
        assertEquals(List.of(), sampler.sample().events());

        Thread runner = new Thread(() -> clients.client(target).db("demo")
                .query("RETURN SLEEP(1.5)", Object.class).asListRemaining());
        runner.start();
        MonitoringSample during = awaitEvent(sampler);
        assertEquals(AlertEvent.Transition.FIRED, during.events().get(0).transition());
        assertEquals(1.0, during.series().get(SeriesNames.alertFiring(busy.id())));
        runner.join(30_000);
        MonitoringSample after = sampler.sample();
        assertEquals(AlertEvent.Transition.CLEARED, after.events().get(0).transition());
        assertEquals(0.0, after.series().get(SeriesNames.alertFiring(busy.id())));
    }

    @Test
    void endpointDownAlertFiresWhenTheServerStopsAndClearsWhenItIsBack() throws Exception {
        AlertRule down = EndpointDownRule.of("primary", Duration.ZERO);
        MonitoringSampler sampler = sampler(null, new AlertRules(List.of(down)));
        assertTrue(sampler.sample().error().isEmpty());
        sandbox.stop();
        MonitoringSample stopped = sampler.sample();
        assertTrue(stopped.error().orElseThrow().startsWith("metrics not available"), stopped.error().get());
        assertEquals(AlertEvent.Transition.FIRED, stopped.events().get(0).transition());
        sandbox.restart();
        MonitoringSample back = sampler.sample();
        assertEquals(List.of(AlertEvent.Transition.CLEARED),
                back.events().stream().map(AlertEvent::transition).toList());
    }

    private static MonitoringSample awaitEvent(MonitoringSampler sampler) throws InterruptedException {
        for (int i = 0; i < 100; i++) {
            MonitoringSample s = sampler.sample();
            if (!s.events().isEmpty()) {
                return s;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("no alert event while the query ran");
    }
}
