package io.arangoconsole.core.stats;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads one collection's stats without ever scanning it: the count from the O(1) endpoint, sizes from figures, and
 * the earliest/latest watermark and status breakdown only through queries whose plan {@code explain} shows to be
 * index-backed. Where no index serves them, the scan is not run and its estimated cost is reported instead.
 */
public final class StatsReader {
    private static final Pattern ATTRIBUTE = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private final StatsSettings settings;
    private final Clock clock;

    public StatsReader(StatsSettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    /** Reads the stats of {@code collection} from {@code source}. */
    public CollectionStats read(StatsSource source, String collection) {
        long count = source.count(collection);
        StatsSource.Figures figures = source.figures(collection);
        Watermark watermark = watermark(source, collection, settings.watermarkOf(collection));
        Map<String, Long> statuses = statusCounts(source, collection);
        return new CollectionStats(collection, count, figures.documentsSize(), figures.indexCount(),
                figures.indexesSize(), watermark, statuses == null ? Map.of() : statuses, statuses != null,
                source.target(), clock.instant());
    }

    /** The index-backed earliest and latest value, or an unindexed marker with the avoided scan's cost. */
    Watermark watermark(StatsSource source, String collection, String attribute) {
        requireAttribute(attribute);
        Map<String, Object> bind = Map.of("@c", collection);
        String latest = "FOR d IN @@c SORT d." + attribute + " DESC LIMIT 1 RETURN d." + attribute;
        String earliest = "FOR d IN @@c FILTER d." + attribute + " > null SORT d." + attribute
                + " ASC LIMIT 1 RETURN d." + attribute;
        PlanSummary plan = source.explain(latest, bind);
        if (!plan.usesIndex()) {
            return Watermark.unindexed(attribute, plan.estimatedCost());
        }
        JsonNode last = first(source.query(latest, bind));
        JsonNode first = first(source.query(earliest, bind));
        return Watermark.indexed(attribute, plan.indexes().isEmpty() ? null : plan.indexes().get(0), first, last);
    }

    /** Counts per status value when an index serves the grouping, else null. */
    Map<String, Long> statusCounts(StatsSource source, String collection) {
        String attribute = settings.statusAttribute();
        requireAttribute(attribute);
        Map<String, Object> bind = Map.of("@c", collection);
        String query = "FOR d IN @@c COLLECT s = d." + attribute + " WITH COUNT INTO n RETURN [s, n]";
        if (!source.explain(query, bind).usesIndex()) {
            return null;
        }
        Map<String, Long> out = new LinkedHashMap<>();
        for (JsonNode row : source.query(query, bind)) {
            JsonNode value = row.get(0);
            out.put(value == null || value.isNull() ? "(none)" : value.asText(), row.get(1).asLong());
        }
        return out;
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
