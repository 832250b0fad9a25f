package io.arangoconsole.core.sync;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The AQL a database source and target run, built here so that it is the same for every driver-backed class.
 * The watermark attribute is spliced in (after checking it is a plain name) rather than bound as {@code d.@w},
 * so that the optimizer sees a plain attribute and can use a persistent index on {@code [watermark, _key]}.
 */
public final class SyncQueries {
    private static final Pattern ATTRIBUTE = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    /** A query with its bind variables. */
    public record Query(String aql, Map<String, Object> bindVars) {
    }

    private SyncQueries() {
    }

    /**
     * Documents strictly after {@code after} in ascending {@code (watermark, _key)} order:
     * {@code FOR d IN @@c FILTER d.w > @lw OR (d.w == @lw AND d._key > @lk) SORT d.w, d._key RETURN d}.
     */
    public static Query after(String collection, String watermark, Position after) {
        return range(collection, watermark, after, null, " SORT d." + watermark + ", d._key RETURN d");
    }

    /**
     * Documents in {@code _key} order strictly after {@code afterKey} (all when null):
     * {@code FOR d IN @@c FILTER d._key > @lk SORT d._key RETURN d}, served by the primary index without a sort.
     */
    public static Query afterKey(String collection, String afterKey) {
        Map<String, Object> bind = new HashMap<>();
        bind.put("@c", collection);
        if (afterKey == null) {
            return new Query("FOR d IN @@c SORT d._key RETURN d", bind);
        }
        bind.put("lk", afterKey);
        return new Query("FOR d IN @@c FILTER d._key > @lk SORT d._key RETURN d", bind);
    }

    /** The number of documents strictly after {@code after} and at or before {@code upTo} (nulls: no bound). */
    public static Query countRange(String collection, String watermark, Position after, Position upTo) {
        return range(collection, watermark, after, upTo, " COLLECT WITH COUNT INTO n RETURN n");
    }

    private static Query range(String collection, String watermark, Position after, Position upTo, String tail) {
        String w = "d." + requireAttribute(watermark);
        Map<String, Object> bind = new HashMap<>();
        bind.put("@c", collection);
        StringBuilder aql = new StringBuilder("FOR d IN @@c");
        if (after != null && after.key() != null) {
            aql.append(" FILTER ").append(w).append(" > @lw OR (").append(w).append(" == @lw AND d._key > @lk)");
            bind.put("lw", after.watermark() == null || after.watermark().isNull() ? null : after.watermark());
            bind.put("lk", after.key());
        }
        if (upTo != null && upTo.key() != null) {
            aql.append(" FILTER ").append(w).append(" < @uw OR (").append(w).append(" == @uw AND d._key <= @uk)");
            bind.put("uw", upTo.watermark() == null || upTo.watermark().isNull() ? null : upTo.watermark());
            bind.put("uk", upTo.key());
        }
        return new Query(aql.append(tail).toString(), bind);
    }

    /** The documents of {@code keys} that exist: {@code FOR d IN @@c FILTER d._key IN @keys RETURN d}. */
    public static Query byKeys(String collection, java.util.List<String> keys) {
        return new Query("FOR d IN @@c FILTER d._key IN @keys RETURN d", Map.of("@c", collection, "keys", keys));
    }

    /** Checks that {@code attribute} is a plain attribute name and returns it. */
    public static String requireAttribute(String attribute) {
        if (attribute == null || !ATTRIBUTE.matcher(attribute).matches()) {
            throw new IllegalArgumentException("not a plain attribute name: '" + attribute + "'");
        }
        return attribute;
    }
}
