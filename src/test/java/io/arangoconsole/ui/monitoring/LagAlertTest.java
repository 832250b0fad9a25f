package io.arangoconsole.ui.monitoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.arangodb.ArangoDB;
import com.arangodb.ArangoDatabase;
import com.arangodb.Protocol;
import io.arangoconsole.core.arango.ArangoClients;
import io.arangoconsole.core.arango.StatsSources;
import io.arangoconsole.core.connection.ConnectionTarget;
import io.arangoconsole.core.monitoring.AlertEvent;
import io.arangoconsole.core.monitoring.AlertRules;
import io.arangoconsole.core.monitoring.LagSeries;
import io.arangoconsole.core.monitoring.LatencyRecorder;
import io.arangoconsole.core.monitoring.MetricsHistory;
import io.arangoconsole.core.monitoring.MonitoringSample;
import io.arangoconsole.core.monitoring.MonitoringSampler;
import io.arangoconsole.core.monitoring.PrometheusParser;
import io.arangoconsole.core.monitoring.SeriesNames;
import io.arangoconsole.core.monitoring.ThresholdRule;
import io.arangoconsole.core.monitoring.TimeSeries;
import io.arangoconsole.core.stats.DriftService;
import io.arangoconsole.core.stats.StatsReader;
import io.arangoconsole.sandbox.Sandbox;
import io.arangoconsole.sandbox.SandboxConfig;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Headless: the replica's lag sampled with monitoring over two shop sandboxes (the primary 7 minutes and 5 orders
 * ahead), kept in the history, and the rule "lag of orders over 5 min for 2 samples" firing on the second sample,
 * which lights the status bar's badge.
 */
class LagAlertTest {

    @TempDir
    Path historyDir;

    @Test
    void theLagRuleFiresOnTheSecondSampleAndTheBadgeSaysSo() throws Exception {
        SandboxConfig config = new SandboxConfig("127.0.0.1", 0, 800, SandboxConfig.DEFAULT_SEED, true, "",
                SandboxConfig.Dataset.SHOP);
        try (Sandbox primary = Sandbox.start(config); Sandbox replica = Sandbox.start(config);
             ArangoClients clients = new ArangoClients()) {
            addOrdersAhead(primary, 5, Duration.ofMinutes(7));
            ConnectionTarget p = new ConnectionTarget(primary.url(), "root", "", "shop",
                    ConnectionTarget.Label.PRIMARY);
            ConnectionTarget r = new ConnectionTarget(replica.url(), "root", "", "shop",
                    ConnectionTarget.Label.REPLICA);
            StatsSources sources = new StatsSources(clients);
            DriftService drift = new DriftService(() -> sources.on(p, "primary"), () -> sources.on(r, "replica"),
                    new StatsReader(Clock.systemUTC()));
            Duration interval = Duration.ofSeconds(5);
            ThresholdRule rule = ThresholdRule.lagAbove("orders", Duration.ofMinutes(5), 2, interval);
            assertEquals("lag of orders over 5 min for 2 samples", rule.name());
            AlertRules rules = new AlertRules(List.of(rule));
            AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-12-03T09:00:00Z"));
            Clock clock = new Clock() {
                @Override
                public java.time.ZoneId getZone() {
                    return ZoneOffset.UTC;
                }

                @Override
                public Clock withZone(java.time.ZoneId zone) {
                    return this;
                }

                @Override
                public Instant instant() {
                    return now.get();
                }
            };
            try (MetricsHistory history = MetricsHistory.open(historyDir, MetricsHistory.DEFAULT_RETENTION, clock)) {
                MonitoringSampler sampler = new MonitoringSampler(() -> new byte[0], "primary",
                        new PrometheusParser(), new LatencyRecorder(), history, rules, Map.of(), clock);
                sampler.addSeries(new LagSeries(() -> drift));
                LagBadge badge = new LagBadge();

                MonitoringSample first = sampler.sample();
                first.events().forEach(badge);
                assertEquals(420.0, first.series().get(SeriesNames.lagSeconds("orders")), 0.001);
                assertEquals(5.0, first.series().get(SeriesNames.lagDocuments("orders")));
                assertFalse(first.series().containsKey(SeriesNames.lagSeconds("products")),
                        "no freshness attribute: no lag sample, never 0");
                assertEquals(List.of(), first.events(), "one sample over 5 min is not yet 2");
                assertEquals("", badge.textProperty().get());

                now.set(now.get().plus(interval));
                MonitoringSample second = sampler.sample();
                second.events().forEach(badge);

                assertEquals(1, second.events().size());
                assertEquals(AlertEvent.Transition.FIRED, second.events().get(0).transition());
                assertEquals("Replica lag: lag of orders over 5 min for 2 samples", badge.textProperty().get());
                Map<String, TimeSeries> kept = history.load(Instant.parse("2026-12-03T08:00:00Z"),
                        Instant.parse("2026-12-03T10:00:00Z"), List.of(SeriesNames.lagSeconds("orders")));
                assertEquals(2, kept.get(SeriesNames.lagSeconds("orders")).size(), "both samples in the history");
                assertTrue(second.series().containsKey(SeriesNames.lagSeconds("customers")));
            }
        }
    }

    private static void addOrdersAhead(Sandbox sandbox, int orders, Duration ahead) {
        ArangoDB arango = new ArangoDB.Builder().host(sandbox.host(), sandbox.port()).user("root").password("")
                .protocol(Protocol.HTTP_JSON).build();
        try {
            ArangoDatabase shop = arango.db("shop");
            Instant latest = Instant.parse(shop.query("FOR o IN orders SORT o.placed_at DESC LIMIT 1 "
                    + "RETURN o.placed_at", String.class).next());
            for (int i = 1; i <= orders; i++) {
                Instant at = latest.plusSeconds(ahead.toSeconds() * i / orders);
                shop.collection("orders").insertDocument(Map.of("placed_at", at.toString(), "state", "placed"));
            }
        } finally {
            arango.shutdown();
        }
    }
}
