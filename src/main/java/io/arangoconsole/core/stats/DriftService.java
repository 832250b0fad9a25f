package io.arangoconsole.core.stats;

import io.arangoconsole.core.FailureLog;
import org.slf4j.LoggerFactory;
import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Replica drift: for the watched collections, the count and the latest watermark value on the primary and on the
 * replica, read the same way as the Overview's stats (count endpoint, index-backed {@code SORT ... LIMIT 1}, never a
 * scan). Not cached: drift is about now.
 */
public final class DriftService {
    private static final FailureLog FAILURES = new FailureLog(LoggerFactory.getLogger(DriftService.class));
    private final Supplier<StatsSource> primary;
    private final Supplier<StatsSource> replica;
    private final StatsReader reader;
    private final StatsSettings settings;

    public DriftService(Supplier<StatsSource> primary, Supplier<StatsSource> replica, StatsReader reader,
                        StatsSettings settings) {
        this.primary = primary;
        this.replica = replica;
        this.reader = reader;
        this.settings = settings;
    }

    /** One row per watched collection, in the settings' order. Blocking. */
    public List<DriftRow> compare() {
        StatsSource p = primary.get();
        StatsSource r = replica.get();
        List<DriftRow> rows = new ArrayList<>();
        for (String collection : settings.watched()) {
            rows.add(row(p, r, collection));
        }
        return rows;
    }

    private DriftRow row(StatsSource p, StatsSource r, String collection) {
        String attribute = settings.configuredWatermark(collection);
        if (attribute == null) {
            attribute = settings.defaultWatermark();
        }
        Side primarySide = side(p, collection, attribute);
        Side replicaSide = side(r, collection, attribute);
        List<String> notes = new ArrayList<>();
        if (primarySide.note() != null) {
            notes.add("primary: " + primarySide.note());
        }
        if (replicaSide.note() != null) {
            notes.add("replica: " + replicaSide.note());
        }
        return new DriftRow(collection, primarySide.count(), replicaSide.count(), attribute, primarySide.latest(),
                replicaSide.latest(), notes.isEmpty() ? null : String.join("; ", notes));
    }

    private record Side(Long count, JsonNode latest, String note) {
    }

    private Side side(StatsSource source, String collection, String attribute) {
        Long count;
        try {
            count = source.count(collection);
        } catch (RuntimeException e) {
            FAILURES.warn("Counting " + collection + " for the drift", e);
            return new Side(null, null, StatsService.rootMessage(e));
        }
        try {
            Watermark watermark = reader.watermark(source, collection, attribute);
            return new Side(count, watermark.latest(), watermark.note());
        } catch (RuntimeException e) {
            FAILURES.warn("Reading the watermark of " + collection + " for the drift", e);
            return new Side(count, null, StatsService.rootMessage(e));
        }
    }
}
