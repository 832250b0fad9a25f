package io.arangoconsole.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.arangoconsole.core.stats.AttributeChoice;
import io.arangoconsole.core.stats.CollectionStats;
import io.arangoconsole.core.stats.StatusBreakdown;
import io.arangoconsole.core.stats.Watermark;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The stats command's two outputs: one JSON object, or a table for people. */
record StatsOutput(String target, String database, String fallback, List<CollectionStats> stats) {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    /**
     * {@code {"target": ..., "database": ..., "collections": {name: {...}}}}: earliest and latest are the stored JSON
     * values, unchanged; null where no index allowed reading them, with {@code watermarkNote} saying why.
     */
    String json() {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("target", target);
        root.put("database", database);
        if (fallback != null) {
            root.put("note", fallback);
        }
        ObjectNode collections = root.putObject("collections");
        for (CollectionStats s : stats) {
            ObjectNode c = collections.putObject(s.collection());
            c.put("count", s.count());
            Watermark w = s.watermark();
            AttributeChoice fresh = s.chosen().watermark();
            c.put("watermarkSource", fresh.source().text());
            c.put("watermarkReason", fresh.reason());
            c.set("earliest", w == null || w.earliest() == null ? null : w.earliest());
            c.set("latest", w == null || w.latest() == null ? null : w.latest());
            if (w == null) {
                c.putNull("watermark");
            } else {
                c.put("watermark", w.attribute());
                c.put("watermarkIndexed", w.indexed());
                if (!w.indexed()) {
                    c.put("watermarkNote", w.note());
                }
            }
            c.put("documentsSize", s.documentsSize());
            c.put("indexCount", s.indexCount());
            c.put("indexesSize", s.indexesSize());
            AttributeChoice split = s.chosen().breakdown();
            c.put("breakdown", split.attribute());
            c.put("breakdownSource", split.source().text());
            c.put("breakdownReason", split.reason());
            StatusBreakdown b = s.breakdown();
            if (b != null && b.indexed()) {
                ObjectNode counts = c.putObject("breakdownCounts");
                b.counts().forEach(counts::put);
            } else {
                c.putNull("breakdownCounts");
                if (b != null) {
                    c.put("breakdownNote", b.note());
                }
            }
        }
        try {
            return MAPPER.writeValueAsString(root) + System.lineSeparator();
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A fixed-width table, one collection a row, then the notes. */
    String table() {
        StringBuilder out = new StringBuilder();
        out.append("Database ").append(database).append(", read from the ").append(target)
                .append(fallback == null ? "" : " (" + fallback + ")").append(System.lineSeparator());
        String format = "%-20s %12s %12s %8s %-26s %-26s %-26s %s";
        row(out, String.format(Locale.ROOT, format, "collection", "count", "size", "indexes", "earliest", "latest",
                "freshness", "breakdown"));
        List<String> notes = new ArrayList<>();
        for (CollectionStats s : stats) {
            Watermark w = s.watermark();
            row(out, String.format(Locale.ROOT, format, s.collection(), String.format(Locale.ROOT, "%,d", s.count()),
                    bytes(s.documentsSize()), s.indexCount(), value(w, true), value(w, false),
                    choice(s.chosen().watermark()), choice(s.chosen().breakdown())));
            if (w != null && !w.indexed()) {
                notes.add(s.collection() + ": " + w.note() + "; earliest/latest not read");
            } else if (w == null) {
                notes.add(s.collection() + ": " + s.chosen().watermark().reason());
            }
        }
        notes.forEach(n -> out.append(n).append(System.lineSeparator()));
        return out.toString();
    }

    private static void row(StringBuilder out, String line) {
        out.append(line.stripTrailing()).append(System.lineSeparator());
    }

    /** {@code placed_at (detected)}, {@code - (configured)}. */
    private static String choice(AttributeChoice c) {
        return (c.attribute() == null ? "-" : c.attribute()) + " (" + c.source().text() + ")";
    }

    private static String value(Watermark w, boolean earliest) {
        if (w == null) {
            return "-";
        }
        if (!w.indexed()) {
            return "(no index)";
        }
        var v = earliest ? w.earliest() : w.latest();
        return v == null ? "-" : v.isTextual() ? v.asText() : v.toString();
    }

    static String bytes(long n) {
        if (n < 1024) {
            return n + " B";
        }
        String[] units = {"KB", "MB", "GB", "TB"};
        double v = n;
        int unit = -1;
        while (v >= 1024 && unit < units.length - 1) {
            v /= 1024;
            unit++;
        }
        return String.format(Locale.ROOT, "%.1f %s", v, units[unit]);
    }
}
