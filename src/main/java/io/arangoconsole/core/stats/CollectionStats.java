package io.arangoconsole.core.stats;

import java.time.Instant;

/**
 * What the Overview shows for one collection. {@code count} comes from the O(1) count endpoint, sizes from figures;
 * {@code watermark} is null for collections without a freshness attribute, {@code breakdown} null without a breakdown
 * attribute; {@code chosen} says which attributes were used and who chose them, {@code detected} what detection
 * proposed (the same unless the DBA overrode it). {@code target} names the server that answered ("primary", "replica" or
 * "replica unavailable, from primary").
 * {@code placement} is the collection's shards and replication on a cluster, null on a single server.
 */
public record CollectionStats(String collection, long count, long documentsSize, int indexCount, long indexesSize,
                              Watermark watermark, StatusBreakdown breakdown, String target, Instant readAt,
                              Detection chosen, Detection detected, Placement placement) {

    public CollectionStats(String collection, long count, long documentsSize, int indexCount, long indexesSize,
                           Watermark watermark, StatusBreakdown breakdown, String target, Instant readAt,
                           Detection chosen, Detection detected) {
        this(collection, count, documentsSize, indexCount, indexesSize, watermark, breakdown, target, readAt, chosen,
                detected, null);
    }
}
