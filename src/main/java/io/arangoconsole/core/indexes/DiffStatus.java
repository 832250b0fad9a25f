package io.arangoconsole.core.indexes;

/** How a planned or existing index stands when the plan is held against the server. */
public enum DiffStatus {
    /** Planned and exists. */
    PRESENT,
    /** Planned, not there yet: "Create all missing" builds these. */
    MISSING,
    /** Being built in the background (a hidden index, or a running job of the queue); the reason has the percent. */
    BUILDING,
    /** Waiting in the build queue. */
    QUEUED,
    /** Exists but the plan does not ask for it (primary and edge indexes are never listed). */
    EXTRA,
    /** Served by another index that exists: a single field leading a built compound index, or {@code _key}. */
    REDUNDANT,
    /** Planned on a collection that does not exist; the rest of the plan still applies. */
    SKIPPED
}
