package io.arangoconsole.core.stats;

import io.arangoconsole.core.FailureLog;
import org.slf4j.LoggerFactory;
import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Replica drift and lag: for every collection of the primary, the count and the latest value of its freshness
 * attribute on the primary and on the replica, read the same way as the Overview's stats (count endpoint,
 * index-backed {@code SORT ... LIMIT 1}, never a scan). The attribute is the one chosen on the primary (detected, or
 * the DBA's). Not cached: drift is about now.
 */
public final class DriftService {
    private static final FailureLog FAILURES = new FailureLog(LoggerFactory.getLogger(DriftService.class));
    private final Supplier<StatsSource> primary;
    private final Supplier<StatsSource> replica;
    private final StatsReader reader;
    /** Each collection's chosen attribute, asked again after {@link #CHOICE_TTL}: detection reads a sample. */
    private final Map<String, Chosen> chosen = new ConcurrentHashMap<>();
    private static final Duration CHOICE_TTL = Duration.ofMinutes(5);

    private record Chosen(Optional<String> attribute, long atNanos) {
    }

    public DriftService(Supplier<StatsSource> primary, Supplier<StatsSource> replica, StatsReader reader) {
        this.primary = primary;
        this.replica = replica;
        this.reader = reader;
    }

    /** One row per collection of the primary, by name, each with its chosen freshness attribute. Blocking. */
    public List<DriftRow> compare() {
        StatsSource p = primary.get();
        return compare(p.collections(), null);
    }

    /**
     * One row per named collection, in order. {@code attributes} gives a collection's freshness attribute when the
     * caller knows it already (e.g. from cached stats; null for "none"); without it (null) each is chosen on the
     * primary (detected, or the DBA's). Blocking.
     */
    public List<DriftRow> compare(List<String> collections, Function<String, Optional<String>> attributes) {
        StatsSource p = primary.get();
        StatsSource r = replica.get();
        List<DriftRow> rows = new ArrayList<>();
        for (String collection : collections) {
            rows.add(row(p, r, collection, attributes));
        }
        return rows;
    }

    private DriftRow row(StatsSource p, StatsSource r, String collection,
                         Function<String, Optional<String>> attributes) {
        String attribute;
        try {
            attribute = attributes != null ? attributes.apply(collection).orElse(null) : chosen(p, collection);
        } catch (RuntimeException e) {
            return new DriftRow(collection, null, null, null, null, null, "primary: " + StatsService.rootMessage(e));
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

    private String chosen(StatsSource p, String collection) {
        long now = System.nanoTime();
        Chosen c = chosen.get(collection);
        if (c == null || now - c.atNanos() > CHOICE_TTL.toNanos()) {
            c = new Chosen(Optional.ofNullable(reader.choose(p, collection).watermark().attribute()), now);
            chosen.put(collection, c);
        }
        return c.attribute().orElse(null);
    }

    /** Forgets the chosen attributes, e.g. after the DBA changed one or an index was built. */
    public void forgetChoices() {
        chosen.clear();
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
        if (attribute == null) {
            return new Side(count, null, null);
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
