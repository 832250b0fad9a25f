package io.arangoconsole.ui.monitoring;

import io.arangoconsole.core.monitoring.AlertRules;
import io.arangoconsole.core.monitoring.LatencyRecorder;
import io.arangoconsole.core.monitoring.MetricsHistory;
import io.arangoconsole.core.monitoring.MonitoringSampler;
import io.arangoconsole.core.monitoring.PrometheusParser;
import io.arangoconsole.core.monitoring.QueryCacheSettings;
import io.arangoconsole.core.monitoring.RunningQuery;
import io.arangoconsole.core.monitoring.ServerQueries;
import io.arangoconsole.core.monitoring.TrackingProperties;
import io.arangoconsole.ui.common.ManualPoller;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A monitoring model over a fixed metrics page and an in-memory {@link ServerQueries}, sampled by hand, for view
 * model tests without the FX toolkit or a server.
 */
public final class MonitoringFixture implements AutoCloseable {
    public final ManualPoller sampling = new ManualPoller();
    public final MetricsHistory history;
    public final MonitoringModel model;
    public final FakeServerQueries server = new FakeServerQueries();
    private long queries;

    public MonitoringFixture(Path dir) throws IOException {
        history = MetricsHistory.open(dir, MetricsHistory.DEFAULT_RETENTION, Clock.systemUTC());
        AlertRules rules = new AlertRules(List.of());
        MonitoringSampler sampler = new MonitoringSampler(this::page, "primary", new PrometheusParser(),
                new LatencyRecorder(), history, rules, Map.of("primary", () -> true), Clock.systemUTC());
        model = new MonitoringModel(sampler, rules, new SeriesLoader(history), sampling, Duration.ofSeconds(5));
    }

    private byte[] page() {
        queries += 10;
        return ("# TYPE rocksdb_cache_hit_rate_recent gauge\n"
                + "rocksdb_cache_hit_rate_recent{role=\"SINGLE\"} 0.75\n"
                + "# TYPE rocksdb_cache_hit_rate_lifetime gauge\n"
                + "rocksdb_cache_hit_rate_lifetime{role=\"SINGLE\"} 0.5\n"
                + "# TYPE arangodb_aql_all_query_total counter\n"
                + "arangodb_aql_all_query_total{role=\"SINGLE\"} " + queries + "\n"
                + "# TYPE arangodb_aql_current_query gauge\n"
                + "arangodb_aql_current_query{role=\"SINGLE\"} 2\n").getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public void close() throws IOException {
        history.close();
    }

    /** Query tracking kept in memory, recording what the view models asked for. */
    public static final class FakeServerQueries implements ServerQueries {
        public final List<RunningQuery> running = new ArrayList<>();
        public final List<RunningQuery> slow = new ArrayList<>();
        public final List<String> killed = new ArrayList<>();
        public TrackingProperties tracking = new TrackingProperties(true, true, 10, 64, 4096);
        public QueryCacheSettings cache = new QueryCacheSettings("demand", 128, 268_435_456L, 16_777_216L, false);
        public int calls;

        @Override
        public List<RunningQuery> running() {
            calls++;
            return List.copyOf(running);
        }

        @Override
        public List<RunningQuery> slow() {
            return List.copyOf(slow);
        }

        @Override
        public void clearSlow() {
            slow.clear();
        }

        @Override
        public void kill(String queryId) {
            if (!running.removeIf(q -> q.id().equals(queryId))) {
                throw new IllegalStateException("query " + queryId + " not found");
            }
            killed.add(queryId);
        }

        @Override
        public TrackingProperties tracking() {
            return tracking;
        }

        @Override
        public TrackingProperties setTracking(TrackingProperties properties) {
            tracking = properties;
            return tracking;
        }

        @Override
        public QueryCacheSettings cacheSettings() {
            return cache;
        }

        @Override
        public QueryCacheSettings setCacheSettings(QueryCacheSettings settings) {
            cache = settings;
            return cache;
        }
    }
}
