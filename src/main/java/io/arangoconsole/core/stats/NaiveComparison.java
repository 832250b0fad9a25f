package io.arangoconsole.core.stats;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Runs the user's plan's original record-stats queries once (a {@code LENGTH(FOR doc IN ...)} count and an unindexed
 * sort) and the console's own calls, timed, with their plans, so the Overview can show why one is O(1). Only on the
 * DBA's request: the naive queries do scan the collection.
 */
public final class NaiveComparison {
    private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_\\-]*");
    private final Supplier<StatsSource> sources;

    public NaiveComparison(Supplier<StatsSource> sources) {
        this.sources = sources;
    }

    /** The plan's count query, exactly as the plan wrote it, for {@code collection}. */
    public static String naiveCount(String collection) {
        return "LET totalCount = LENGTH(FOR doc IN " + name(collection) + " RETURN 1) RETURN totalCount";
    }

    /** The plan's latest-value query, exactly as the plan wrote it. */
    public static String naiveLatest(String collection, String attribute) {
        StatsReader.latestQuery(attribute);
        return "FOR doc IN " + name(collection) + " SORT doc." + attribute + " DESC LIMIT 1 RETURN doc." + attribute;
    }

    /** Runs both ways once on the read target. Blocking; the naive side scans the collection. */
    public Comparison run(String collection, String attribute) {
        StatsSource source = sources.get();
        Map<String, Object> none = Map.of();
        String countQuery = naiveCount(collection);
        String latestQuery = naiveLatest(collection, attribute);
        List<Comparison.Measured> naive = List.of(
                query(source, "count (naive)", countQuery, none),
                query(source, "latest " + attribute + " (naive)", latestQuery, none));

        long start = System.nanoTime();
        long count = source.count(collection);
        Comparison.Measured ourCount = new Comparison.Measured("count", "GET /_api/collection/" + collection
                + "/count", Duration.ofNanos(System.nanoTime() - start), null, Long.toString(count));
        Map<String, Object> bind = Map.of("@c", collection);
        String ours = StatsReader.latestQuery(attribute);
        PlanSummary plan = source.explain(ours, bind);
        Comparison.Measured ourLatest;
        if (plan.usesIndex()) {
            ourLatest = query(source, "latest " + attribute, ours, bind);
        } else {
            ourLatest = new Comparison.Measured("latest " + attribute, ours, Duration.ZERO, plan,
                    "not run: " + Watermark.unindexed(attribute, plan.estimatedCost()).note());
        }
        return new Comparison(source.target(), naive, List.of(ourCount, ourLatest));
    }

    private static Comparison.Measured query(StatsSource source, String label, String query,
                                             Map<String, Object> bind) {
        PlanSummary plan = source.explain(query, bind);
        long start = System.nanoTime();
        List<JsonNode> rows = source.query(query, bind);
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        return new Comparison.Measured(label, query, took, plan, rows.isEmpty() ? "no rows" : rows.get(0).toString());
    }

    private static String name(String collection) {
        if (!NAME.matcher(collection).matches()) {
            throw new IllegalArgumentException("not a plain collection name: '" + collection + "'");
        }
        return collection;
    }
}
