package io.arangoconsole.ui.overview;

import com.fasterxml.jackson.databind.JsonNode;
import io.arangoconsole.core.stats.DriftRow;
import io.arangoconsole.ui.common.Formats;

/**
 * One row of the drift table, as text; {@code drifted} highlights it; {@code side} is what the other side is
 * ("replica" or "follower reads").
 */
public record DriftLine(String collection, String primaryCount, String replicaCount, String difference,
                        String primaryLatest, String replicaLatest, String note, boolean drifted, String lag,
                        String side) {

    static DriftLine of(DriftRow row) {
        Long diff = row.lagDocuments();
        String who = row.followerReads() ? "followers " : "replica ";
        return new DriftLine(row.collection(), count(row.primaryCount()),
                row.followerReads() ? "not exposed" : count(row.replicaCount()),
                diff == null ? (row.followerReads() ? "unknown" : "?") : diff == 0 ? "in sync"
                        : diff > 0 ? who + behind(diff) + " behind" : who + Formats.count(-diff) + " ahead",
                text(row.primaryLatest()), text(row.replicaLatest()) + (row.latestDiffers() ? "  ≠" : ""),
                note(row), row.drifted(), lag(row), row.sideLabel());
    }

    /** The side's read failure, else why the lag in time or in documents is unknown, else nothing. */
    private static String note(DriftRow row) {
        if (row.note() != null) {
            return row.note();
        }
        if (row.lagUnknownReason() != null && row.attribute() != null) {
            return row.lagUnknownReason();
        }
        String documents = row.lagDocumentsUnknownReason();
        return row.followerReads() && documents != null ? "documents behind unknown: " + documents : "";
    }

    private static String behind(long n) {
        return n > 100_000 ? "over " + Formats.count(100_000) : Formats.count(n);
    }

    /** "4 min 12 s behind", "in step", "2 s ahead", or "unknown" (the reason is in the note). */
    private static String lag(DriftRow row) {
        Double seconds = row.lagSeconds();
        if (seconds == null) {
            return row.attribute() == null ? "—" : "unknown";
        }
        if (seconds == 0) {
            return "in step";
        }
        String span = Formats.duration(java.time.Duration.ofMillis(Math.round(Math.abs(seconds) * 1000)));
        return seconds > 0 ? span + " behind" : span + " ahead";
    }

    private static String count(Long n) {
        return n == null ? "?" : Formats.count(n);
    }

    private static String text(JsonNode value) {
        return value == null || value.isNull() ? "—" : value.isTextual() ? value.asText() : value.toString();
    }
}
