package io.arangoconsole.core.stats;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * One collection on the primary and the replica side by side: counts (O(1)) and the latest value of its freshness
 * attribute (index-backed, else null with {@code note} saying why). {@code attribute} is null for a collection
 * without a freshness attribute. {@code note} also carries a side that could not be read.
 * With {@code followerReads} the "replica" is the cluster's followers read with dirty reads: {@code replicaCount} is
 * null (3.12 counts on shard leaders only), and the lag in documents is {@code followersBehind}, the leader's
 * documents newer than the followers' latest (null with {@code followersBehindUnknown} saying why).
 */
public record DriftRow(String collection, Long primaryCount, Long replicaCount, String attribute,
                       JsonNode primaryLatest, JsonNode replicaLatest, String note, boolean followerReads,
                       Long followersBehind, String followersBehindUnknown) {

    /** The answer of a separate replica deployment. */
    public DriftRow(String collection, Long primaryCount, Long replicaCount, String attribute,
                    JsonNode primaryLatest, JsonNode replicaLatest, String note) {
        this(collection, primaryCount, replicaCount, attribute, primaryLatest, replicaLatest, note, false, null,
                null);
    }

    /** What the lag view calls the other side: "replica" or "follower reads". */
    public String sideLabel() {
        return followerReads ? "follower reads" : "replica";
    }

    /**
     * How many documents the replica lacks: the count difference, or for follower reads the leader's documents newer
     * than the followers' latest; null when unknown ({@link #lagDocumentsUnknownReason()}), never 0 for "could not
     * tell".
     */
    public Long lagDocuments() {
        return followerReads ? followersBehind : countDifference();
    }

    /** Why {@link #lagDocuments()} is unknown; null when it is known. */
    public String lagDocumentsUnknownReason() {
        if (lagDocuments() != null) {
            return null;
        }
        return followerReads ? followersBehindUnknown : note != null ? note : "a side's count could not be read";
    }

    /** Primary count minus replica count: how many documents the replica lacks; null when a side is unknown. */
    public Long countDifference() {
        return primaryCount == null || replicaCount == null ? null : primaryCount - replicaCount;
    }

    /** True when both latest values were read and differ. */
    public boolean latestDiffers() {
        return primaryLatest != null && replicaLatest != null && !Objects.equals(primaryLatest, replicaLatest);
    }

    /** True when the replica is behind or ahead in count or latest value. */
    public boolean drifted() {
        Long difference = lagDocuments();
        return (difference != null && difference != 0) || latestDiffers();
    }

    /**
     * The replica's lag in time: the primary's latest minus the replica's latest, in seconds (negative when the
     * replica is ahead); null when unknown, see {@link #lagUnknownReason()}. Never 0 for "could not tell".
     */
    public Double lagSeconds() {
        Instant p = DateValues.instant(primaryLatest);
        Instant r = DateValues.instant(replicaLatest);
        if (p == null || r == null) {
            return null;
        }
        return Duration.between(r, p).toMillis() / 1000.0;
    }

    /** Why the lag in time is unknown ("no freshness attribute", a side's read failure); null when it is known. */
    public String lagUnknownReason() {
        if (lagSeconds() != null) {
            return null;
        }
        if (attribute == null) {
            return note != null ? note : "no freshness attribute";
        }
        if (note != null) {
            return note;
        }
        if (primaryLatest == null || primaryLatest.isNull()) {
            return "primary: no latest " + attribute;
        }
        if (replicaLatest == null || replicaLatest.isNull()) {
            return "replica: no latest " + attribute;
        }
        return attribute + " holds no dates";
    }
}
