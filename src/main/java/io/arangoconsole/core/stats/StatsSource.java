package io.arangoconsole.core.stats;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;
import java.util.Map;

/** The server calls the stats need, on one database of one target. Blocking; call from a worker thread. */
public interface StatsSource {

    /** Which target answers: "primary", "replica" or "replica unavailable, from primary". */
    String target();

    /** Names of the non-system collections. */
    List<String> collections();

    /** Names of every collection, system ones ({@code _...}) included. */
    default List<String> allCollections() {
        return collections();
    }

    /**
     * True when this source reads a cluster's followers ({@code x-arango-allow-dirty-read}): its queries may be
     * answered by a follower, its counts are still the leaders' (3.12 has no follower count).
     */
    default boolean followerReads() {
        return false;
    }

    /** {@code GET /_api/collection/{c}/count}: O(1). */
    long count(String collection);

    /** {@code GET /_api/collection/{c}/figures}: documents size, index count and index size. */
    Figures figures(String collection);

    /** The indexes of the collection ({@code GET /_api/index}), in the server's order. */
    List<IndexInfo> indexes(String collection);

    /** The fields of each index of the collection, in the server's order. */
    default List<List<String>> indexedFields(String collection) {
        return indexes(collection).stream().map(IndexInfo::fields).toList();
    }

    /** {@code POST /_api/explain}. */
    PlanSummary explain(String query, Map<String, Object> bindVars);

    /** Runs a query and returns all its rows. */
    List<JsonNode> query(String query, Map<String, Object> bindVars);

    /**
     * How many of each collection's shard copies are in sync, by collection name ({@code shardDistribution}, one
     * request for the database); empty on a single server or when the server would not say.
     */
    default Map<String, ShardSync> shardSync() {
        return Map.of();
    }

    /**
     * Sizes from the figures endpoint, and the collection's placement on a cluster (the same answer carries the
     * collection's properties; null on a single server).
     */
    record Figures(long documentsSize, int indexCount, long indexesSize, Placement placement) {
        public Figures(long documentsSize, int indexCount, long indexesSize) {
            this(documentsSize, indexCount, indexesSize, null);
        }
    }
}
