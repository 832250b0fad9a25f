package io.arangoconsole.ui.overview;

import com.fasterxml.jackson.databind.JsonNode;
import io.arangoconsole.core.stats.CollectionStats;
import io.arangoconsole.core.stats.Fetched;
import io.arangoconsole.core.stats.Watermark;
import io.arangoconsole.ui.common.Formats;
import java.util.Locale;

/**
 * One collection's card, as text: {@code count} "38,000", {@code sizes} "74.2 MB of documents · 1 index, 1.1 MB",
 * {@code earliest}/{@code latest} exactly as stored (or null with {@code watermarkNote} saying why), {@code source}
 * "cached, 42 s old · primary" (age and which target served it). Sizes keep number and unit together.
 */
public record CollectionCard(String collection, String count, String sizes, String watermark, String earliest,
                             String latest, String watermarkNote, String source, boolean fromFallback) {

    static CollectionCard of(Fetched<CollectionStats> fetched) {
        CollectionStats s = fetched.value();
        Watermark w = s.watermark();
        String sizes = bytes(s.documentsSize()) + " data · " + s.indexCount()
                + (s.indexCount() == 1 ? "\u00a0index " : "\u00a0indexes ") + bytes(s.indexesSize());
        return new CollectionCard(s.collection(), Formats.count(s.count()), sizes, w == null ? null : w.attribute(),
                w == null ? null : text(w.earliest()), w == null ? null : text(w.latest()),
                w == null ? "no watermark attribute" : w.note(), fetched.describe() + " · " + s.target(),
                s.target().startsWith("replica unavailable"));
    }

    private static String text(JsonNode value) {
        if (value == null || value.isNull()) {
            return "—";
        }
        return value.isTextual() ? value.asText() : value.toString();
    }

    /** {@code 512 B}, {@code 74.2 MB}: binary units, as ArangoDB's figures are bytes. */
    static String bytes(long n) {
        if (n < 1024) {
            return n + "\u00a0B";
        }
        String[] units = {"KB", "MB", "GB", "TB"};
        double v = n;
        int unit = -1;
        while (v >= 1024 && unit < units.length - 1) {
            v /= 1024;
            unit++;
        }
        return String.format(Locale.ROOT, "%.1f\u00a0%s", v, units[unit]);
    }
}
