package io.arangoconsole.core.insight;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Index advice for what a database ran: groups the runs by shape, explains each shape's latest run (with its bind
 * variables; nothing runs) and asks the {@link IndexAdvisor}. Blocking: call from a worker thread. The explains run
 * {@value #PARALLEL} at a time, and the selectivity samples are taken once per collection for every attribute the
 * advisor may need, in one bounded query per {@value #ATTRIBUTES_PER_SAMPLE} attributes (see docs/decisions/0046).
 */
public final class AdviceService {
    /** Documents read at most to estimate an attribute's selectivity when no index keeps an estimate. */
    public static final int SAMPLE_SIZE = 1_000;
    /** Explains (and samples) in flight at once: enough to hide round trips, few enough to spare the server. */
    static final int PARALLEL = 4;
    static final int ATTRIBUTES_PER_SAMPLE = 64;
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
        List<ObservedQuery> all = new ArrayList<>(gateway.queryLog(since == null ? Instant.EPOCH : since).runs());
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
        List<ShapeStats> kept = history.stream().filter(s -> s.latestQuery() != null && !s.latestQuery().isBlank())
                .toList();
        List<Explained> plans = explainAll(kept.stream().map(s -> new ToExplain(new QueryShape(s.text(),
                s.shapeId()), s.latestQuery(), s.latestBindVars())).toList());
        List<ShapeSummary> summaries = new ArrayList<>();
        List<ShapeEvidence> evidence = new ArrayList<>();
        for (int i = 0; i < kept.size(); i++) {
            ShapeStats s = kept.get(i);
            QueryShape shape = new QueryShape(s.text(), s.shapeId());
            Explained e = plans.get(i);
            summaries.add(new ShapeSummary(shape, s.count(), s.p50Ms(), s.p95Ms(), s.maxMs(),
                    e.plan() == null ? null : e.plan().fullScan(), e.error()));
            evidence.add(new ShapeEvidence(shape, s.count(), s.p95Ms(), s.maxMs(), e.plan()));
        }
        return report(summaries, evidence);
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
        List<ToExplain> latest = new ArrayList<>();
        for (Map.Entry<String, List<ObservedQuery>> e : byShape.entrySet()) {
            ObservedQuery last = e.getValue().stream().max(Comparator.comparing(
                    (ObservedQuery r) -> r.started() == null ? Instant.EPOCH : r.started())).orElseThrow();
            latest.add(new ToExplain(shapes.get(e.getKey()), last.query(), last.bindVars()));
        }
        List<Explained> plans = explainAll(latest);
        List<ShapeSummary> summaries = new ArrayList<>();
        List<ShapeEvidence> evidence = new ArrayList<>();
        int i = 0;
        for (List<ObservedQuery> shapeRuns : byShape.values()) {
            QueryShape shape = latest.get(i).shape();
            QueryPlan plan = plans.get(i).plan();
            double[] ms = shapeRuns.stream().mapToDouble(r -> r.runtimeSeconds() * 1000).toArray();
            double p95 = Runtimes.percentile(ms, 95);
            double max = Runtimes.percentile(ms, 100);
            summaries.add(new ShapeSummary(shape, shapeRuns.size(), Runtimes.percentile(ms, 50), p95, max,
                    plan == null ? null : plan.fullScan(), plans.get(i).error()));
            evidence.add(new ShapeEvidence(shape, shapeRuns.size(), p95, max, plan));
            i++;
        }
        return report(summaries, evidence);
    }

    /**
     * Which indexes the shapes of these runs read: each shape's latest run is explained (nothing runs). "Unused"
     * then means unused by these runs, from {@code since} (null: the earliest run's start) on.
     */
    public IndexUsage usage(List<ObservedQuery> runs, Instant since) {
        ShapeHistory seen = ShapeHistory.empty(java.nio.file.Path.of(ShapeHistory.FILE_NAME), Integer.MAX_VALUE,
                java.time.Clock.systemUTC());
        String server = gateway.database();
        runs.forEach(r -> seen.record(server, r));
        List<ShapeStats> shapes = seen.shapes();
        List<Explained> plans = explainAll(shapes.stream().map(s -> new ToExplain(new QueryShape(s.text(),
                s.shapeId()), s.latestQuery(), s.latestBindVars())).toList());
        for (int i = 0; i < shapes.size(); i++) {
            if (plans.get(i).plan() != null) {
                seen.notePlan(server, shapes.get(i).shapeId(), plans.get(i).plan());
            } else {
                seen.noteExplainFailure(server, shapes.get(i).shapeId(), plans.get(i).error());
            }
        }
        Instant from = since != null ? since : runs.stream().map(ObservedQuery::started)
                .filter(java.util.Objects::nonNull).min(Comparator.naturalOrder()).orElse(Instant.now());
        return new IndexUsage(from, seen.shapes());
    }

    /** The plan of one shape's latest run, or why there is none. */
    public record Explained(QueryPlan plan, String error) {
    }

    private record ToExplain(QueryShape shape, String query, Map<String, Object> bindVars) {
    }

    /** Explains every query, {@value #PARALLEL} at a time, answers in the order asked. */
    private List<Explained> explainAll(List<ToExplain> queries) {
        return inParallel(queries, this::explain, "advisor-explain");
    }

    /** {@code work} over every item, at most {@value #PARALLEL} at once, results in the items' order. */
    private static <T, R> List<R> inParallel(List<T> items, java.util.function.Function<T, R> work, String name) {
        if (items.size() < 2) {
            return items.stream().map(work).toList();
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(PARALLEL, items.size()), r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<R>> futures = new ArrayList<>();
            for (T item : items) {
                futures.add(pool.submit(() -> work.apply(item)));
            }
            List<R> out = new ArrayList<>();
            for (Future<R> f : futures) {
                out.add(f.get());
            }
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InsightException("The advice was interrupted.", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private Explained explain(ToExplain q) {
        try {
            return new Explained(gateway.explain(q.query(), q.bindVars()), null);
        } catch (InsightException ex) {
            // a truncated query text, a dropped collection, a query this server version no longer parses
            LOG.warn("Cannot explain shape {} on database {}", q.shape().id(), gateway.database(), ex);
            return new Explained(null, explainFailure(ex));
        }
    }

    /**
     * What a shape's row says when its latest run cannot be explained: "no longer parses: " and ArangoDB's message
     * for a query this server does not parse (after an upgrade, or on another server), else the one sentence.
     */
    public static String explainFailure(InsightException e) {
        return e.parseError() && e.serverMessage() != null ? "no longer parses: " + e.serverMessage()
                : e.getMessage();
    }

    private AdviceReport report(List<ShapeSummary> summaries, List<ShapeEvidence> evidence) {
        summaries.sort(Comparator.comparingLong(ShapeSummary::count).reversed());
        Map<String, OptionalDouble> samples = sampleAll(evidence);
        IndexAdvisor advisor = new IndexAdvisor(gateway::indexes, (collection, attribute) -> {
            OptionalDouble taken = samples.get(collection + "\u0000" + attribute);
            return taken != null ? taken : gateway.sampleSelectivity(collection, attribute, SAMPLE_SIZE);
        });
        Map<String, QueryPlan> plans = new LinkedHashMap<>();
        evidence.stream().filter(e -> e.plan() != null).forEach(e -> plans.put(e.shape().id(), e.plan()));
        return new AdviceReport(summaries, advisor.advise(evidence), plans);
    }

    /**
     * One bounded sample per collection (per {@value #ATTRIBUTES_PER_SAMPLE} attributes), {@value #PARALLEL} at once,
     * of every attribute a scan compares for equality: the advisor orders those by selectivity and estimates the
     * documents a lookup reads from it. Keyed by collection and attribute.
     */
    private Map<String, OptionalDouble> sampleAll(List<ShapeEvidence> evidence) {
        Map<String, Set<String>> wanted = new LinkedHashMap<>();
        for (ShapeEvidence e : evidence) {
            if (e.plan() != null) {
                e.plan().scans().stream().filter(ScanAccess::filtersOrSorts)
                        .forEach(scan -> wanted.computeIfAbsent(scan.collection(), k -> new LinkedHashSet<>())
                                .addAll(scan.equality()));
            }
        }
        List<Map.Entry<String, List<String>>> chunks = new ArrayList<>();
        wanted.forEach((collection, attributes) -> {
            List<String> all = new ArrayList<>(attributes);
            for (int from = 0; from < all.size(); from += ATTRIBUTES_PER_SAMPLE) {
                chunks.add(Map.entry(collection, List.copyOf(all.subList(from, Math.min(all.size(),
                        from + ATTRIBUTES_PER_SAMPLE)))));
            }
        });
        Map<String, OptionalDouble> out = new ConcurrentHashMap<>();
        inParallel(chunks, chunk -> {
            try {
                gateway.sampleSelectivities(chunk.getKey(), chunk.getValue(), SAMPLE_SIZE)
                        .forEach((a, v) -> out.put(chunk.getKey() + "\u0000" + a, v));
            } catch (InsightException ex) {
                // the advisor then samples one attribute at a time, and says nothing worse than before
                LOG.warn("Cannot sample {} attributes of {} at once", chunk.getValue().size(), chunk.getKey(), ex);
            }
            return null;
        }, "advisor-sample");
        return out;
    }
}
