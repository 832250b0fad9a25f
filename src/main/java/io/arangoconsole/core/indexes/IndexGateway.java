package io.arangoconsole.core.indexes;

import java.util.List;

/**
 * The server calls index maintenance needs, on one database of the primary (builds never go to a replica).
 * Blocking; call from a worker thread. Failures are {@link IndexGatewayException}s carrying the server's HTTP status
 * and error number.
 */
public interface IndexGateway {

    /** Names of the non-system collections. */
    List<String> collections();

    /**
     * Creates a persistent index with {@code inBackground: true} and blocks until it is built (ArangoDB answers only
     * then). Tells a new index (201) from one that already existed (200).
     */
    CreatedIndex create(IndexSpec spec);

    /**
     * The indexes of a collection; with {@code withHidden} also those still being built, with their progress.
     */
    List<ExistingIndex> list(String collection, boolean withHidden);

    /**
     * The collection's number of shards on a cluster ({@code numberOfShards} of its properties), 0 on a single
     * server. A cluster's coordinator reports a build's {@code progress} as the mean over the shards.
     */
    default int shards(String collection) {
        return 0;
    }

    /** Drops an index by its {@code collection/number} id; dropping one still being built cancels its build. */
    void drop(String collection, String id);

    /** The answer to a create call: the index's id and name, and whether it is new or already existed. */
    record CreatedIndex(String id, String name, boolean created) {
    }
}
