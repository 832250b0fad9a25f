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

/**
 * One collection's card, as text: {@code count} "38,000", {@code sizes} "74.2 MB of documents · 1 index, 1.1 MB",
 * {@code earliest}/{@code latest} as local times "2026-12-03 11:32:55" (the stored value, its kind and the zone in
 * {@code earliestTip}/{@code latestTip}) and {@code latestAge} "3 min ago" (or null with
 * {@code watermarkNote} saying why), {@code freshnessWhy} who chose the freshness attribute and why,
 * {@code breakdown} the breakdown attribute and why, {@code source} "cached, 42 s old · primary" (age and which
 * target served it); {@code attributes} are the names the DBA can choose from; {@code shards} the shards and
 * replication on a cluster (null on a single server). Sizes keep number and unit together.
 */
public record CollectionCard(String collection, String count, String sizes, String watermark, String earliest,
                             String latest, String watermarkNote, String source, boolean fromFallback,
                             String latestAge, String freshnessWhy, String breakdown, List<String> attributes,
                             String earliestTip, String latestTip, ShardLine shards) {

    static CollectionCard of(Fetched<CollectionStats> fetched) {
        return of(fetched, Instant.now());
    }

    static CollectionCard of(Fetched<CollectionStats> fetched, Instant now) {
        return of(fetched, now, null);
    }

    /** With {@code shards} the card's cluster lines (null on a single server). */
    static CollectionCard of(Fetched<CollectionStats> fetched, Instant now, ShardLine shards) {
        CollectionStats s = fetched.value();
        Watermark w = s.watermark();
        String sizes = Formats.bytes(s.documentsSize()) + " data · " + s.indexCount()
                + (s.indexCount() == 1 ? "\u00a0index " : "\u00a0indexes ") + Formats.bytes(s.indexesSize());
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
                s.chosen().attributes(), w == null ? null : tip(w.earliest()), w == null ? null : tip(w.latest()),
                shards);
    }

    /** "no usable freshness attribute: x" is said once, not twice. */
    private static String strip(String reason) {
        return reason.startsWith("no usable freshness attribute: ")
                ? reason.substring("no usable freshness attribute: ".length()) : reason;
    }

    /** A date, however stored, as the local time it stands for; a value that is no date as stored. */
    private static String text(JsonNode value) {
        if (value == null || value.isNull()) {
            return Formats.NONE;
        }
        Instant at = DateValues.instant(value);
        return at != null ? Formats.time(at) : value.isTextual() ? value.asText() : value.toString();
    }

    /** {@code stored as 1782820800000 (epoch milliseconds) · 2026-06-30 12:00:00 UTC (UTC) · 2026-06-30T12:00:00Z}. */
    private static String tip(JsonNode value) {
        if (value == null || value.isNull()) {
            return null;
        }
        Instant at = DateValues.instant(value);
        String stored = "stored as " + (value.isTextual() ? value.asText() : value.toString());
        return at == null ? stored : stored + " (" + DateValues.kind(value).text() + ") · " + Formats.zoned(at);
    }
}
