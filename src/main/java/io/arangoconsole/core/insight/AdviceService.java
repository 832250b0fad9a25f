package io.arangoconsole.core.insight;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Index advice for what a database ran: groups the runs by shape, explains each shape's latest run (with its bind
 * variables; nothing runs) and asks the {@link IndexAdvisor}. Blocking: call from a worker thread.
 */
public final class AdviceService {
    /** Documents read at most to estimate an attribute's selectivity when no index keeps an estimate. */
    public static final int SAMPLE_SIZE = 1_000;
    private static final Logger LOG = LoggerFactory.getLogger(AdviceService.class);

    private final InsightGateway gateway;

    public AdviceService(InsightGateway gateway) {
        this.gateway = gateway;
    }

    /**
     * The runs the server knows of now: its slow log, its running list and its query log, from {@code since} on
     * (null: all it has). A run seen in several of them (by query id) counts once.
     */
    public List<ObservedQuery> observe(Instant since) {
        Map<String, ObservedQuery> byId = new LinkedHashMap<>();
        List<ObservedQuery> out = new ArrayList<>();
        List<ObservedQuery> all = new ArrayList<>(gateway.queryLog(since == null ? Instant.EPOCH : since));
        all.addAll(gateway.slowLog());
        all.addAll(gateway.running());
        for (ObservedQuery q : all) {
            if (q.query().startsWith(InsightGateway.OWN_QUERY_MARK)
                    || (since != null && q.started() != null && q.started().isBefore(since))) {
                continue;
            }
            if (q.id() == null || q.id().isEmpty()) {
                out.add(q);
            } else {
                byId.putIfAbsent(q.id(), q); // the query log and slow log hold finished runs: they come first
            }
        }
        out.addAll(byId.values());
        return out;
    }

    /**
     * Shapes and advice for the shapes of a history: each shape's latest run is explained (nothing runs), with the
     * history's counts and runtimes as evidence.
     */
    public AdviceReport adviseShapes(List<ShapeStats> history) {
        List<ShapeSummary> summaries = new ArrayList<>();
        List<ShapeEvidence> evidence = new ArrayList<>();
        for (ShapeStats s : history) {
            if (s.latestQuery() == null || s.latestQuery().isBlank()) {
                continue;
            }
            QueryShape shape = new QueryShape(s.text(), s.shapeId());
            Explained e = explain(shape, s.latestQuery(), s.latestBindVars());
            summaries.add(new ShapeSummary(shape, s.count(), s.p50Ms(), s.p95Ms(), s.maxMs(),
                    e.plan() == null ? null : e.plan().fullScan(), e.error()));
            evidence.add(new ShapeEvidence(shape, s.count(), s.p95Ms(), s.maxMs(), e.plan()));
        }
        return report(summaries, evidence);
    }

    /** The plan of one shape's latest run, or why there is none. */
    public record Explained(QueryPlan plan, String error) {
    }

    private Explained explain(QueryShape shape, String query, Map<String, Object> bindVars) {
        try {
            return new Explained(gateway.explain(query, bindVars), null);
        } catch (InsightException ex) {
            // a truncated query text, a dropped collection, a query this server version no longer parses
            LOG.warn("Cannot explain shape {} on database {}", shape.id(), gateway.database(), ex);
            return new Explained(null, ex.getMessage());
        }
    }

    private AdviceReport report(List<ShapeSummary> summaries, List<ShapeEvidence> evidence) {
        summaries.sort(Comparator.comparingLong(ShapeSummary::count).reversed());
        IndexAdvisor advisor = new IndexAdvisor(gateway::indexes,
                (collection, attribute) -> gateway.sampleSelectivity(collection, attribute, SAMPLE_SIZE));
        return new AdviceReport(summaries, advisor.advise(evidence));
    }

    /** Shapes and advice for these runs; shapes with most runs first. */
    public AdviceReport advise(List<ObservedQuery> runs) {
        Map<String, List<ObservedQuery>> byShape = new LinkedHashMap<>();
        Map<String, QueryShape> shapes = new LinkedHashMap<>();
        for (ObservedQuery run : runs) {
            QueryShape shape = QueryShape.of(run.query());
            if (shape.text().isEmpty()) {
                continue;
            }
            shapes.putIfAbsent(shape.id(), shape);
            byShape.computeIfAbsent(shape.id(), k -> new ArrayList<>()).add(run);
        }
        List<ShapeSummary> summaries = new ArrayList<>();
        List<ShapeEvidence> evidence = new ArrayList<>();
        for (Map.Entry<String, List<ObservedQuery>> e : byShape.entrySet()) {
            QueryShape shape = shapes.get(e.getKey());
            List<ObservedQuery> shapeRuns = e.getValue();
            double[] ms = shapeRuns.stream().mapToDouble(r -> r.runtimeSeconds() * 1000).toArray();
            double p50 = Runtimes.percentile(ms, 50);
            double p95 = Runtimes.percentile(ms, 95);
            double max = Runtimes.percentile(ms, 100);
            ObservedQuery latest = shapeRuns.stream().max(Comparator.comparing(
                    (ObservedQuery r) -> r.started() == null ? Instant.EPOCH : r.started())).orElseThrow();
            Explained explained = explain(shape, latest.query(), latest.bindVars());
            QueryPlan plan = explained.plan();
            summaries.add(new ShapeSummary(shape, shapeRuns.size(), p50, p95, max,
                    plan == null ? null : plan.fullScan(), explained.error()));
            evidence.add(new ShapeEvidence(shape, shapeRuns.size(), p95, max, plan));
        }
        return report(summaries, evidence);
    }
}
