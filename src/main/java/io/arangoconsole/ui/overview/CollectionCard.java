package io.arangoconsole.ui.overview;

import com.fasterxml.jackson.databind.JsonNode;
import io.arangoconsole.core.stats.AttributeChoice;
import io.arangoconsole.core.stats.CollectionStats;
import io.arangoconsole.core.stats.DateValues;
import io.arangoconsole.core.stats.Fetched;
import io.arangoconsole.core.stats.Watermark;
import io.arangoconsole.ui.common.Formats;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * One collection's card, as text: {@code count} "38,000", {@code sizes} "74.2 MB of documents · 1 index, 1.1 MB",
 * {@code earliest}/{@code latest} exactly as stored and {@code latestAge} "3 min ago" (or null with
 * {@code watermarkNote} saying why), {@code freshnessWhy} who chose the freshness attribute and why,
 * {@code breakdown} the breakdown attribute and why, {@code source} "cached, 42 s old · primary" (age and which
 * target served it); {@code attributes} are the names the DBA can choose from. Sizes keep number and unit together.
 */
public record CollectionCard(String collection, String count, String sizes, String watermark, String earliest,
                             String latest, String watermarkNote, String source, boolean fromFallback,
                             String latestAge, String freshnessWhy, String breakdown, List<String> attributes) {

    static CollectionCard of(Fetched<CollectionStats> fetched) {
        return of(fetched, Instant.now());
    }

    static CollectionCard of(Fetched<CollectionStats> fetched, Instant now) {
        CollectionStats s = fetched.value();
        Watermark w = s.watermark();
        String sizes = bytes(s.documentsSize()) + " data · " + s.indexCount()
                + (s.indexCount() == 1 ? "\u00a0index " : "\u00a0indexes ") + bytes(s.indexesSize());
        AttributeChoice fresh = s.chosen().watermark();
        AttributeChoice split = s.chosen().breakdown();
        Instant latestAt = w == null ? null : DateValues.instant(w.latest());
        String age = latestAt == null ? null : Formats.age(Duration.between(latestAt, now));
        return new CollectionCard(s.collection(), Formats.count(s.count()), sizes, w == null ? null : w.attribute(),
                w == null ? null : text(w.earliest()), w == null ? null : text(w.latest()),
                w == null ? "no freshness attribute: " + strip(fresh.reason()) : w.note(),
                fetched.describe() + " · " + s.target(), s.target().startsWith("replica unavailable"), age,
                fresh.present() ? fresh.source().text() + ": " + fresh.reason() : null,
                split.present() ? "breakdown by " + split.attribute() + " (" + split.source().text() + ")"
                        : "no breakdown: " + split.reason(),
                s.chosen().attributes());
    }

    /** "no usable freshness attribute: x" is said once, not twice. */
    private static String strip(String reason) {
        return reason.startsWith("no usable freshness attribute: ")
                ? reason.substring("no usable freshness attribute: ".length()) : reason;
    }

    /** ISO strings exactly as stored; epoch numbers as the instant they stand for, marked as such. */
    private static String text(JsonNode value) {
        if (value == null || value.isNull()) {
            return "—";
        }
        DateValues.Kind kind = DateValues.kind(value);
        if (kind == DateValues.Kind.EPOCH_SECONDS || kind == DateValues.Kind.EPOCH_MILLIS) {
            return DateValues.instant(value) + (kind == DateValues.Kind.EPOCH_SECONDS ? " (epoch s)" : " (epoch ms)");
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
