package io.arangoconsole.core.stats;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads one collection's stats without ever scanning it: the count from the O(1) endpoint, sizes from figures, and
 * the earliest/latest watermark and the breakdown only through queries whose plan {@code explain} shows to be
 * index-backed. Where no index serves them, the scan is not run and its estimated cost is reported instead. Which
 * attributes those are is detected per collection ({@link AttributeDetector}) unless the DBA chose otherwise.
 */
public final class StatsReader {
    /** Collections read at once by {@link #readAll} and {@link #chooseAll} where a caller reads a whole database. */
    public static final int PARALLEL_READS = 4;
    private static final Pattern ATTRIBUTE = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private final AttributeOverrides overrides;
    private final AttributeDetector detector = new AttributeDetector();
    private final Clock clock;

    /** A reader whose attributes are detected, then overridden by the DBA's {@code overrides}. */
    public StatsReader(AttributeOverrides overrides, Clock clock) {
        this.overrides = overrides;
        this.clock = clock;
    }

    /** A reader on detected attributes only. */
    public StatsReader(Clock clock) {
        this(new AttributeOverrides(), clock);
    }

    /** The DBA's choices this reader applies. */
    public AttributeOverrides overrides() {
        return overrides;
    }

    /** Reads the stats of {@code collection} from {@code source}. Blocking. */
    public CollectionStats read(StatsSource source, String collection) {
        long count = source.count(collection);
        StatsSource.Figures figures = source.figures(collection);
        List<IndexInfo> indexes = source.indexes(collection);
        Detection detected = detector.detect(source, collection, count, indexes);
        Detection chosen = overrides.apply(detected);
        String w = chosen.watermark().attribute();
        Watermark watermark = w == null ? null : watermark(source, collection, w);
        String b = chosen.breakdown().attribute();
        StatusBreakdown breakdown = b == null ? null : breakdown(source, collection, b, leads(indexes, b));
        return new CollectionStats(collection, count, figures.documentsSize(), figures.indexCount(),
                figures.indexesSize(), watermark, breakdown, source.target(), clock.instant(), chosen, detected,
                figures.placement());
    }

    /** The attributes the console uses for {@code collection} (detected, then the DBA's), without reading stats. */
    public Detection choose(StatsSource source, String collection) {
        long count = source.count(collection);
        return overrides.apply(detector.detect(source, collection, count, source.indexes(collection)));
    }

    /**
     * {@link #choose} for each of {@code names}, at most {@code parallelism} at a time, in the order of
     * {@code names}. Each collection still costs its own few requests (count, index list, one sample query); running
     * a few at once hides their round trips, and the bound keeps a server with hundreds of collections from getting
     * hundreds of requests at once. The first failure is thrown, as a loop would. Blocking.
     */
    public List<Detection> chooseAll(StatsSource source, List<String> names, int parallelism) {
        return each(names, parallelism, name -> choose(source, name));
    }

    /** {@link #read} for each of {@code names}, at most {@code parallelism} at a time, in order. Blocking. */
    public List<CollectionStats> readAll(StatsSource source, List<String> names, int parallelism) {
        return each(names, parallelism, name -> read(source, name));
    }

    private static <T> List<T> each(List<String> names, int parallelism,
                                    java.util.function.Function<String, T> work) {
        if (parallelism <= 1 || names.size() <= 1) {
            return names.stream().map(work).toList();
        }
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(
                Math.min(parallelism, names.size()), r -> {
                    Thread t = new Thread(r, "stats-detect");
                    t.setDaemon(true);
                    return t;
                });
        try {
            List<java.util.concurrent.Future<T>> futures = new java.util.ArrayList<>();
            for (String name : names) {
                futures.add(pool.submit(() -> work.apply(name)));
            }
            List<T> out = new java.util.ArrayList<>(names.size());
            for (java.util.concurrent.Future<T> f : futures) {
                out.add(f.get());
            }
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading collection stats", e);
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private static boolean leads(List<IndexInfo> indexes, String attribute) {
        return indexes.stream().anyMatch(i -> attribute.equals(i.leading()));
    }

    /** The index-backed earliest and latest value, or an unindexed marker with the avoided scan's cost. */
    public Watermark watermark(StatsSource source, String collection, String attribute) {
        requireAttribute(attribute);
        Map<String, Object> bind = Map.of("@c", collection);
        String latest = latestQuery(attribute);
        // null sorts first in AQL: without the filter a document lacking the attribute would be the "earliest".
        String earliest = "FOR d IN @@c FILTER d." + attribute + " > null SORT d." + attribute
                + " ASC LIMIT 1 RETURN d." + attribute;
        PlanSummary plan = source.explain(latest, bind);
        if (!plan.usesIndex()) {
            return Watermark.unindexed(attribute, plan.estimatedCost());
        }
        JsonNode last = first(source.query(latest, bind));
        PlanSummary firstPlan = source.explain(earliest, bind);
        JsonNode first = firstPlan.usesIndex() ? first(source.query(earliest, bind)) : null;
        return Watermark.indexed(attribute, plan.indexes().isEmpty() ? null : plan.indexes().get(0), first, last);
    }

    /**
     * How many documents have {@code attribute} greater than {@code value}, counted through its index only and at
     * most {@code cap} + 1 (so a large answer stays cheap); null when no index serves the range (the scan is not
     * run). Blocking.
     */
    public Long newerThan(StatsSource source, String collection, String attribute, JsonNode value, long cap) {
        requireAttribute(attribute);
        Map<String, Object> bind = new java.util.HashMap<>();
        bind.put("@c", collection);
        bind.put("v", value);
        String query = "FOR d IN @@c FILTER d." + attribute + " > @v LIMIT " + (cap + 1)
                + " COLLECT WITH COUNT INTO n RETURN n";
        PlanSummary plan = source.explain(query, bind);
        if (!plan.usesIndex() || plan.scansCollection()) {
            return null;
        }
        JsonNode n = first(source.query(query, bind));
        return n == null ? 0L : n.asLong();
    }

    /** The query of the latest watermark value, for {@code @@c}. */
    public static String latestQuery(String attribute) {
        requireAttribute(attribute);
        return "FOR d IN @@c SORT d." + attribute + " DESC LIMIT 1 RETURN d." + attribute;
    }

    /** Counts per value of {@code attribute} when an index serves the grouping; otherwise the cost of the scan not run. */
    StatusBreakdown breakdown(StatsSource source, String collection, String attribute, boolean indexExists) {
        requireAttribute(attribute);
        Map<String, Object> bind = Map.of("@c", collection);
        String query = "FOR d IN @@c COLLECT s = d." + attribute + " WITH COUNT INTO n RETURN [s, n]";
        PlanSummary plan = source.explain(query, bind);
        if (!plan.usesIndex() || plan.scansCollection()) {
            return StatusBreakdown.notIndexed(attribute, indexExists, plan.estimatedCost());
        }
        Map<String, Long> out = new LinkedHashMap<>();
        for (JsonNode row : source.query(query, bind)) {
            JsonNode value = row.get(0);
            out.put(value == null || value.isNull() ? "(none)" : value.asText(), row.get(1).asLong());
        }
        return StatusBreakdown.indexed(attribute, out);
    }

    private static JsonNode first(List<JsonNode> rows) {
        return rows.isEmpty() ? null : rows.get(0);
    }

    private static void requireAttribute(String attribute) {
        if (!ATTRIBUTE.matcher(attribute).matches()) {
            throw new IllegalArgumentException("not a plain attribute name: '" + attribute + "'");
        }
    }
}
