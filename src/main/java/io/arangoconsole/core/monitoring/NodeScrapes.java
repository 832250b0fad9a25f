package io.arangoconsole.core.monitoring;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The per-node part of a monitoring poll on a cluster: each node's page parsed, its figures picked against that
 * node's previous page (rates and per-interval percentiles need the same node twice), and written as the same
 * series as a single server's, labelled by node ({@link SeriesNames#onNode}). Not thread-safe: the sampler calls it
 * under its own lock.
 */
final class NodeScrapes {
    private final PrometheusParser parser;
    private final Map<String, MetricsSnapshot> previous = new HashMap<>();

    NodeScrapes(PrometheusParser parser) {
        this.parser = parser;
    }

    /**
     * Adds each readable node's series to {@code series} and one sentence per unreadable node to {@code errors}.
     */
    void add(List<NodeMetricsSource.NodePage> pages, Instant at, Map<String, Double> series, List<String> errors) {
        List<String> seen = new ArrayList<>();
        for (NodeMetricsSource.NodePage p : pages) {
            seen.add(p.node());
            if (p.page() == null) {
                previous.remove(p.node());
                errors.add("metrics of " + p.node() + " not available: " + p.error());
                continue;
            }
            try {
                MetricsSnapshot snapshot = parser.parse(p.page(), at);
                Map<String, Double> figures = new LinkedHashMap<>(ServerMetrics.from(previous.get(p.node()),
                        snapshot).series());
                figures.putAll(NodeFigures.series(snapshot));
                figures.forEach((name, value) -> series.put(SeriesNames.onNode(name, p.node()), value));
                previous.put(p.node(), snapshot);
            } catch (MetricsFormatException e) {
                previous.remove(p.node());
                errors.add("unreadable metrics page of " + p.node() + ": " + e.getMessage());
            }
        }
        previous.keySet().retainAll(seen);
    }

    /** Forgets every node's previous page (another server is sampled now). */
    void reset() {
        previous.clear();
    }
}
