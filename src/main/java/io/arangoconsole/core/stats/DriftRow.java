package io.arangoconsole.core.stats;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.Objects;

/**
 * One watched collection on the primary and the replica side by side: counts (O(1)) and the latest watermark value
 * (index-backed, else null with {@code note} saying why). {@code note} also carries a side that could not be read.
 */
public record DriftRow(String collection, Long primaryCount, Long replicaCount, String attribute,
                       JsonNode primaryLatest, JsonNode replicaLatest, String note) {

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
        Long difference = countDifference();
        return (difference != null && difference != 0) || latestDiffers();
    }
}
