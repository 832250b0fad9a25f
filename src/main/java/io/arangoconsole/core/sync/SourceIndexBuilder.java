package io.arangoconsole.core.sync;

import io.arangoconsole.core.connection.ConnectionTarget;

import java.util.List;

/**
 * Builds the index a sync's source lacks (a persistent index on {@code [watermark, _key]}, which lets incremental
 * runs read only new records without scanning) through the index queue of that server. Blocking: returns once the
 * build ended; throws with one sentence when it failed. The composition root provides it, since the index queue
 * lives in {@code core.indexes} and the driver in {@code core.arango}.
 */
public interface SourceIndexBuilder {

    /** Queues a persistent index on {@code fields} of {@code collection} on {@code server} and waits for it. */
    void build(ConnectionTarget server, String collection, List<String> fields);
}
