package io.arangoconsole.ui.overview;

import com.fasterxml.jackson.databind.JsonNode;
import io.arangoconsole.core.stats.DriftRow;
import io.arangoconsole.ui.common.Formats;

/** One row of the drift table, as text; {@code drifted} highlights it. */
public record DriftLine(String collection, String primaryCount, String replicaCount, String difference,
                        String primaryLatest, String replicaLatest, String note, boolean drifted, String lag) {

    static DriftLine of(DriftRow row) {
        Long diff = row.countDifference();
        return new DriftLine(row.collection(), count(row.primaryCount()), count(row.replicaCount()),
                diff == null ? "?" : diff == 0 ? "in sync" : (diff > 0 ? "replica " + Formats.count(diff) + " behind"
                        : "replica " + Formats.count(-diff) + " ahead"),
                text(row.primaryLatest()), text(row.replicaLatest()) + (row.latestDiffers() ? "  ≠" : ""),
                row.note() != null ? row.note() : row.lagUnknownReason() != null && row.attribute() != null
                        ? row.lagUnknownReason() : "", row.drifted(), lag(row));
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
