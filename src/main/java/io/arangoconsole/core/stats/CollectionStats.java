package io.arangoconsole.core.stats;

import java.time.Instant;
import java.util.Map;

/**
 * What the Overview shows for one collection. {@code count} comes from the O(1) count endpoint, sizes from figures;
 * {@code watermark} is null for collections without a watermark attribute; {@code statusCounts} is empty when no
 * index serves the breakdown ({@code statusIndexed} false). {@code target} names the server that answered.
 */
public record CollectionStats(String collection, long count, long documentsSize, int indexCount, long indexesSize,
                              Watermark watermark, Map<String, Long> statusCounts, boolean statusIndexed,
                              String target, Instant readAt) {
}
