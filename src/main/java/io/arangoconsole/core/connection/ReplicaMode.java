package io.arangoconsole.core.connection;

/** Where reads may go besides the primary. */
public enum ReplicaMode {
    /** Everything goes to the primary. */
    NONE,
    /** A separate deployment with its own endpoints and credentials (e.g. a DC2DC or sync target). */
    SEPARATE,
    /** The primary cluster's followers, read with {@code x-arango-allow-dirty-read: true}. */
    DIRTY_READ
}
