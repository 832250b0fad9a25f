package io.arangoconsole.ui.queries;

import io.arangoconsole.core.monitoring.LatencyStats;
import io.arangoconsole.core.monitoring.SeriesNames;
import io.arangoconsole.core.monitoring.ServerMetrics;
import io.arangoconsole.ui.common.Formats;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What the Queries pane says about the server's figures and which history series each chart draws. */
final class QueryFigures {
    private QueryFigures() {
    }

    /** Below this many requests a p95 or p99 is one or two requests, not a percentile. */
    static final int MIN_SAMPLES = 20;

    /**
     * One line: AQL percentiles (of the last interval, else since the server started, so the line always has
     * them when the server exports them), rates, running queries, connections, memory; absent figures left out.
     */
    static String summary(ServerMetrics s) {
        StringBuilder b = new StringBuilder();
        var recent = s.aqlQueryTimeMs();
        var aql = recent.isPresent() ? recent : s.aqlQueryTimeLifetimeMs();
        aql.ifPresent(p -> b.append(recent.isPresent() ? "AQL p50 " : "AQL since server start p50 ")
                .append(Formats.millis(p.p50())).append(" ms · p95 ").append(Formats.millis(p.p95()))
                .append(" ms · p99 ").append(Formats.millis(p.p99())).append(" ms"));
        append(b, "queries/s", s.queriesPerSecond().isPresent()
                ? Formats.perSecond(s.queriesPerSecond().getAsDouble()) : null);
        append(b, "HTTP requests/s", s.httpRequestsPerSecond().isPresent()
                ? Formats.perSecond(s.httpRequestsPerSecond().getAsDouble()) : null);
        append(b, "running", s.runningQueries().isPresent() ? Formats.count((long) s.runningQueries().getAsDouble())
                : null);
        append(b, "client connections", s.clientConnections().isPresent()
                ? Formats.count((long) s.clientConnections().getAsDouble()) : null);
        append(b, "resident memory", s.residentMemoryBytes().isPresent()
                ? Formats.bytes((long) s.residentMemoryBytes().getAsDouble()) : null);
        return b.toString();
    }

    /** True when {@code s} has too few requests for its percentiles to mean anything: shown greyed. */
    static boolean tooFew(LatencyStats s) {
        return s.count() < MIN_SAMPLES;
    }

    /** A percentile cell: the value, except p99 of too few requests, which reads {@code n = 3}. */
    static String percentile(LatencyStats s, double ms, boolean p99) {
        return p99 && tooFew(s) ? "n = " + s.count() : Formats.millis(ms);
    }

    private static void append(StringBuilder b, String what, String value) {
        if (value != null) {
            b.append(b.isEmpty() ? "" : " · ").append(what).append(' ').append(value);
        }
    }

    /** The node choice that charts the connected server's own series (the only one on a single server). */
    static final String THIS_SERVER = "this server";
    /** The node choice that charts every node of a cluster, each line named by its node. */
    static final String ALL_NODES = "all nodes";

    /**
     * The history series of a chart for a node choice ({@link #THIS_SERVER}, {@link #ALL_NODES} or a node's short
     * name, {@code nodes} the cluster's nodes); the console's own timings do not depend on it.
     */
    static Map<String, String> series(ChartKind kind, List<LatencyStats> timings, String node, List<String> nodes) {
        Map<String, String> own = series(kind, timings);
        if (kind == ChartKind.CONSOLE_P95 || node == null || THIS_SERVER.equals(node)) {
            return own;
        }
        Map<String, String> m = new LinkedHashMap<>();
        for (String n : ALL_NODES.equals(node) ? nodes : List.of(node)) {
            own.forEach((name, display) -> m.put(SeriesNames.onNode(name, n), display + " · " + n));
        }
        return m;
    }

    /** The history series of a chart, by series name, with their display names. */
    static Map<String, String> series(ChartKind kind, List<LatencyStats> timings) {
        Map<String, String> m = new LinkedHashMap<>();
        switch (kind) {
            case SERVER_QUERY_TIME -> {
                m.put(SeriesNames.AQL_P50_MS, "p50");
                m.put(SeriesNames.AQL_P95_MS, "p95");
                m.put(SeriesNames.AQL_P99_MS, "p99");
            }
            case SERVER_RATES -> {
                m.put(SeriesNames.QUERIES_PER_S, "queries/s");
                m.put(SeriesNames.HTTP_REQUESTS_PER_S, "HTTP requests/s");
            }
            case CONSOLE_P95 -> {
                for (LatencyStats s : timings) {
                    m.put(SeriesNames.console(s.operation(), s.target(), "p95_ms"), s.operation() + " @ " + s.target());
                }
            }
        }
        return m;
    }

}
