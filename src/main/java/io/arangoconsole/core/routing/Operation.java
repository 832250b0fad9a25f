package io.arangoconsole.core.routing;

/** What an operation does to the server, which decides where it may go. */
public enum Operation {
    /** Stats, explain, monitoring, sync source reads: the replica when configured and healthy. */
    READ,
    /** Index builds, sync writes: always the primary. */
    WRITE
}
