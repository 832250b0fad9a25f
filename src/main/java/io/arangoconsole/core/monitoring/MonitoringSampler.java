package io.arangoconsole.core.monitoring;

import io.arangoconsole.core.FailureLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * One poll of the monitoring panes, called by the UI's poller on a background thread at the chosen interval: scrape
 * and parse the metrics page (timed as {@code metrics.scrape}), pick the server figures against the previous scrape,
 * add the console's own timings and the endpoints' health, append everything to the history and feed the alert
 * rules. A failed scrape is reported in the sample, not thrown, so endpoint-down alerts and history keep working.
 */
public final class MonitoringSampler {
    private static final Logger LOG = LoggerFactory.getLogger(MonitoringSampler.class);
    private static final FailureLog FAILURES = new FailureLog(LOG);
    /** The operation name under which the scrape itself appears in the console's timings. */
    public static final String SCRAPE_OPERATION = "metrics.scrape";
    /** The scrape of a cluster's nodes (health, then one page per node through the coordinator). */
    public static final String SCRAPE_NODES_OPERATION = "metrics.scrape_nodes";

    private final MetricsSource source;
    private final Supplier<String> target;
    private final PrometheusParser parser;
    private final LatencyRecorder recorder;
    private final Supplier<MetricsHistory> history;
    private MetricsHistory lastHistory;
    private final AlertRules alerts;
    private final Map<String, BooleanSupplier> endpoints;
    private final Clock clock;
    private final List<Supplier<Map<String, Double>>> extraSeries = new CopyOnWriteArrayList<>();
    private MetricsSnapshot previous;
    private NodeMetricsSource nodes;
    private final NodeScrapes nodeScrapes;

    /**
     * @param target    the label of the scraped endpoint in the timings ("primary", "replica")
     * @param history   where series are kept; null to keep none
     * @param endpoints health of each endpoint by label, sampled as {@link SeriesNames#endpointUp(String)}
     */
    public MonitoringSampler(MetricsSource source, String target, PrometheusParser parser, LatencyRecorder recorder,
                             MetricsHistory history, AlertRules alerts, Map<String, BooleanSupplier> endpoints,
                             Clock clock) {
        this(source, () -> target, parser, recorder, history, alerts, endpoints, clock);
    }

    /**
     * As above, for a console whose connection changes: {@code target} gives the label of the endpoint scraped now,
     * so the scrape's timings sit next to the other requests to the same target.
     */
    public MonitoringSampler(MetricsSource source, Supplier<String> target, PrometheusParser parser,
                             LatencyRecorder recorder, MetricsHistory history, AlertRules alerts,
                             Map<String, BooleanSupplier> endpoints, Clock clock) {
        this(source, target, parser, recorder, () -> history, alerts, endpoints, clock);
    }

    /**
     * As above, with one history per server: {@code history} gives the current server's (null to keep none). A
     * change of history means another server, so counters are not diffed against the previous server's page.
     */
    public MonitoringSampler(MetricsSource source, Supplier<String> target, PrometheusParser parser,
                             LatencyRecorder recorder, Supplier<MetricsHistory> history, AlertRules alerts,
                             Map<String, BooleanSupplier> endpoints, Clock clock) {
        this.source = source;
        this.target = target;
        this.parser = parser;
        this.recorder = recorder;
        this.history = history;
        this.alerts = alerts;
        this.endpoints = Map.copyOf(endpoints);
        this.clock = clock;
        this.nodeScrapes = new NodeScrapes(parser);
    }

    /**
     * On a cluster, also scrapes every node (coordinators and DB-Servers) each poll and keeps its series labelled
     * by node ({@link SeriesNames#onNode}); the connected server's own series stay as they are.
     */
    public synchronized void scrapeNodes(NodeMetricsSource source) {
        this.nodes = source;
    }

    /** Adds more series to every poll, e.g. {@code consoleCaches::series}. */
    public void addSeries(Supplier<Map<String, Double>> provider) {
        extraSeries.add(provider);
    }

    /** Polls once; blocking (network and disk), never on the FX thread. */
    public synchronized MonitoringSample sample() {
        MetricsHistory history = this.history.get();
        if (history != lastHistory) {
            previous = null;
            nodeScrapes.reset();
            lastHistory = history;
        }
        List<String> errors = new ArrayList<>();
        Optional<ServerMetrics> server = Optional.empty();
        Instant at;
        try {
            byte[] page = recorder.time(SCRAPE_OPERATION, target.get(), source::fetchMetricsPage);
            FAILURES.recovered("Fetching the metrics page");
            at = clock.instant();
            MetricsSnapshot snapshot = parser.parse(page, at);
            server = Optional.of(ServerMetrics.from(previous, snapshot));
            previous = snapshot;
        } catch (MetricsFormatException e) {
            at = clock.instant();
            FAILURES.warn("Reading the metrics page", e);
            errors.add("unreadable metrics page: " + e.getMessage());
        } catch (Exception e) {
            at = clock.instant();
            FAILURES.warn("Fetching the metrics page", e);
            errors.add("metrics not available: " + message(e));
        }
        List<LatencyStats> console = recorder.snapshot();
        Map<String, Double> series = new LinkedHashMap<>();
        server.ifPresent(s -> series.putAll(s.series()));
        if (nodes != null) {
            scrapeNodes(at, series, errors);
        }
        endpoints.forEach((name, up) -> series.put(SeriesNames.endpointUp(name), up.getAsBoolean() ? 1.0 : 0.0));
        for (LatencyStats stats : console) {
            series.putAll(stats.series());
        }
        for (Supplier<Map<String, Double>> provider : extraSeries) {
            series.putAll(provider.get());
        }
        List<AlertEvent> events = alerts.evaluate(at, series);
        // Kept in the history too, so the chart marks of alerts survive a restart.
        List<AlertRule> firing = alerts.firing();
        for (AlertRule rule : alerts.rules()) {
            series.put(SeriesNames.alertFiring(rule.id()), firing.contains(rule) ? 1.0 : 0.0);
        }
        if (history != null) {
            try {
                history.append(at, series);
            } catch (IOException | IllegalStateException e) {
                LOG.warn("Could not write the metrics history to {}", history.directory(), e);
                errors.add("history not saved: " + message(e));
            }
        }
        return new MonitoringSample(at, server, console, recorder.inFlight(), Collections.unmodifiableMap(series),
                events, errors.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", errors)));
    }

    private void scrapeNodes(Instant at, Map<String, Double> series, List<String> errors) {
        try {
            List<NodeMetricsSource.NodePage> pages = recorder.time(SCRAPE_NODES_OPERATION, target.get(),
                    nodes::fetchNodePages);
            FAILURES.recovered("Fetching the cluster nodes' metrics");
            nodeScrapes.add(pages, at, series, errors);
        } catch (Exception e) {
            FAILURES.warn("Fetching the cluster nodes' metrics", e);
            errors.add("metrics of the cluster's nodes not available: " + message(e));
        }
    }

    /** The last page that could be read, e.g. for a raw metrics browser; empty before the first. */
    public synchronized Optional<MetricsSnapshot> lastSnapshot() {
        return Optional.ofNullable(previous);
    }

    private static String message(Throwable e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
