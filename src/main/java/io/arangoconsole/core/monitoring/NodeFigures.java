package io.arangoconsole.core.monitoring;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What only a DB-Server's page tells: the shards it holds and leads, those of its leader shards out of sync, and the
 * documents it holds (RocksDB's key estimate). Absent on a Coordinator's or a single server's page, so left out.
 */
final class NodeFigures {
    static final String SHARDS = "arangodb_shards_number";
    static final String LEADER_SHARDS = "arangodb_shards_leader_number";
    static final String OUT_OF_SYNC = "arangodb_shards_out_of_sync";
    static final String KEYS = "rocksdb_estimate_num_keys";

    private NodeFigures() {
    }

    /** The present figures of {@code page} as named series ({@link SeriesNames}). */
    static Map<String, Double> series(MetricsSnapshot page) {
        Map<String, Double> out = new LinkedHashMap<>();
        page.sum(SHARDS).ifPresent(v -> out.put(SeriesNames.SHARDS, v));
        page.sum(LEADER_SHARDS).ifPresent(v -> out.put(SeriesNames.LEADER_SHARDS, v));
        page.sum(OUT_OF_SYNC).ifPresent(v -> out.put(SeriesNames.SHARDS_OUT_OF_SYNC, v));
        page.sum(KEYS).ifPresent(v -> out.put(SeriesNames.DOCUMENTS, v));
        return out;
    }
}
