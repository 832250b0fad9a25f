package io.arangoconsole.core.arango;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.arangoconsole.core.connection.ConnectionTarget;
import io.arangoconsole.core.monitoring.AlertRules;
import io.arangoconsole.core.monitoring.LatencyRecorder;
import io.arangoconsole.core.monitoring.MonitoringSample;
import io.arangoconsole.core.monitoring.MonitoringSampler;
import io.arangoconsole.core.monitoring.NodeMetricsSource;
import io.arangoconsole.core.monitoring.PrometheusParser;
import io.arangoconsole.core.monitoring.SeriesNames;
import io.arangoconsole.sandbox.Sandbox;
import io.arangoconsole.sandbox.SandboxConfig;
import io.arangoconsole.sandbox.SandboxMode;
import io.arangoconsole.sandbox.cluster.ClusterOptions;
import io.arangoconsole.testing.FaultsApi;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Monitoring on the sandbox cluster: every coordinator's and DB-Server's page is read through the connected
 * coordinator ({@code ?serverId=}), its series labelled by the node's short name; a stopped DB-Server is said, the
 * others keep their series; a single server gets no node series.
 */
class ClusterMetricsSourceTest {

    @Test
    void eachNodesSeriesAreLabelledByItsShortName() throws Exception {
        try (Sandbox cluster = Sandbox.start(SandboxConfig.defaults().withRecords(100), SandboxMode.cluster(
                ClusterOptions.defaults()).withFaultsApi()); ArangoClients clients = new ArangoClients()) {
            ConnectionTarget target = new ConnectionTarget(cluster.url(), "root", "", "demo",
                    ConnectionTarget.Label.PRIMARY);
            MonitoringSampler sampler = sampler(clients, target);

            MonitoringSample first = sampler.sample();
            assertEquals(Set.of("Coordinator0001", "Coordinator0002", "Coordinator0003", "DBServer0001",
                    "DBServer0002", "DBServer0003"), nodes(first.series()), "no agents: " + first.error());
            assertTrue(first.series().containsKey(SeriesNames.onNode(SeriesNames.CLIENT_CONNECTIONS,
                    "DBServer0002")), first.series().keySet().toString());
            assertTrue(first.series().containsKey(SeriesNames.CLIENT_CONNECTIONS), "the connected server's own");
            MonitoringSample second = sampler.sample();
            assertTrue(second.series().containsKey(SeriesNames.onNode(SeriesNames.HTTP_REQUESTS_PER_S,
                    "Coordinator0003")), "a rate from the same node's two pages");
            // each node its own figures: only the connected coordinator was asked, only DB-Servers hold shards
            assertTrue(second.series().get(SeriesNames.onNode(SeriesNames.HTTP_REQUESTS_PER_S, "Coordinator0001"))
                    > second.series().get(SeriesNames.onNode(SeriesNames.HTTP_REQUESTS_PER_S, "Coordinator0003")),
                    second.series().toString());
            assertTrue(second.series().get(SeriesNames.onNode(SeriesNames.SHARDS, "DBServer0001")) > 0,
                    second.series().toString());
            assertFalse(second.series().containsKey(SeriesNames.onNode(SeriesNames.SHARDS, "Coordinator0001")));

            new FaultsApi(cluster.url(), "").stop("DBServer0002");
            MonitoringSample stopped = sampler.sample();
            assertFalse(nodes(stopped.series()).contains("DBServer0002"));
            assertTrue(nodes(stopped.series()).contains("DBServer0001"));
            assertTrue(stopped.error().orElseThrow().contains("metrics of DBServer0002 not available"),
                    stopped.error().toString());
        }
    }

    @Test
    void aSingleServerHasNoNodes() throws Exception {
        try (Sandbox single = Sandbox.start(SandboxConfig.defaults().withRecords(100));
             ArangoClients clients = new ArangoClients()) {
            ConnectionTarget target = new ConnectionTarget(single.url(), "root", "", "demo",
                    ConnectionTarget.Label.PRIMARY);
            List<NodeMetricsSource.NodePage> pages = new ClusterMetricsSource(clients, () -> target)
                    .fetchNodePages();
            assertTrue(pages.isEmpty());
            MonitoringSample sample = sampler(clients, target).sample();
            assertTrue(nodes(sample.series()).isEmpty());
            assertTrue(sample.error().isEmpty(), sample.error().toString());
        }
    }

    private static MonitoringSampler sampler(ArangoClients clients, ConnectionTarget target) {
        MonitoringMetricsSource own = new MonitoringMetricsSource(clients, () -> target);
        MonitoringSampler sampler = new MonitoringSampler(own, "primary", new PrometheusParser(),
                new LatencyRecorder(), null, new AlertRules(List.of()), Map.of(), Clock.systemUTC());
        sampler.scrapeNodes(new ClusterMetricsSource(clients, () -> target));
        return sampler;
    }

    private static Set<String> nodes(Map<String, Double> series) {
        Set<String> out = new TreeSet<>();
        series.keySet().forEach(name -> {
            String node = SeriesNames.nodeOf(name);
            if (node != null) {
                out.add(node);
            }
        });
        return out;
    }
}
