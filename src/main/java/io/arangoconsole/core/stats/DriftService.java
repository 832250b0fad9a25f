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
        boolean followers = r.followerReads();
        Side primarySide = side(p, collection, attribute, true);
        Side replicaSide = side(r, collection, attribute, !followers);
        List<String> notes = new ArrayList<>();
        if (primarySide.note() != null) {
            notes.add("primary: " + primarySide.note());
        }
        if (replicaSide.note() != null) {
            notes.add((followers ? "follower reads: " : "replica: ") + replicaSide.note());
        }
        String note = notes.isEmpty() ? null : String.join("; ", notes);
        if (!followers) {
            return new DriftRow(collection, primarySide.count(), replicaSide.count(), attribute, primarySide.latest(),
                    replicaSide.latest(), note);
        }
        Long behind = null;
        String unknown;
        if (attribute == null) {
            unknown = NO_FOLLOWER_COUNT + "; no freshness attribute to compare the followers' latest with";
        } else if (replicaSide.latest() == null || replicaSide.latest().isNull()) {
            unknown = "the followers' latest " + attribute + " could not be read"
                    + (replicaSide.note() != null ? ": " + replicaSide.note() : "");
        } else {
            unknown = null;
            try {
                behind = reader.newerThan(p, collection, attribute, replicaSide.latest(), BEHIND_CAP);
                if (behind == null) {
                    unknown = "no index on " + attribute + " serves counting the newer documents (a scan, not run)";
                }
            } catch (RuntimeException e) {
                FAILURES.warn("Counting the documents the followers lack in " + collection, e);
                unknown = "the leader's newer documents could not be counted: " + StatsService.rootMessage(e);
            }
        }
        return new DriftRow(collection, primarySide.count(), null, attribute, primarySide.latest(),
                replicaSide.latest(), note, true, behind, unknown);
    }

    /** 3.12 has no count of a follower's documents: the count endpoint and AQL's collection count ask leaders. */
    static final String NO_FOLLOWER_COUNT = "ArangoDB 3.12 counts documents on shard leaders only, even for follower "
            + "reads";
    /** Counting the documents the followers lack stops here: "over 100,000" is enough to act on. */
    static final long BEHIND_CAP = 100_000;

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

    private Side side(StatsSource source, String collection, String attribute, boolean withCount) {
        Long count = null;
        try {
            count = withCount ? source.count(collection) : null;
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
