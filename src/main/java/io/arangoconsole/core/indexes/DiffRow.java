package io.arangoconsole.core.indexes;

import java.util.List;

/**
 * One line of the plan-against-reality table. {@code planned} is null for an index the plan does not list,
 * {@code existing} null for one the server does not have; type, name, size and selectivity come from the existing
 * index when there is one. {@code reason} explains REDUNDANT and SKIPPED rows and builds still running.
 */
public record DiffRow(String collection, DiffStatus status, List<String> fields, PlannedIndex planned,
                      ExistingIndex existing, String reason) {

    /** How the reason of a missing single-field row that a planned compound will serve begins. */
    static final String PLANNED_COVER = "not built: the planned ";

    public DiffRow {
        fields = List.copyOf(fields);
    }

    /** The index type: the server's for existing indexes, {@code persistent} for planned ones. */
    public String type() {
        return existing != null ? existing.type() : "persistent";
    }

    /** The existing index's name, else the planned name (may be null: the server will choose one). */
    public String name() {
        return existing != null ? existing.name() : planned == null ? null : planned.name();
    }

    /** Memory in bytes, or -1 when unknown or not built (a build in progress has no meaningful size yet). */
    public long size() {
        return existing == null || existing.building() ? -1 : existing.size();
    }

    /** Selectivity estimate (0..1), or null when unknown or not built. */
    public Double selectivity() {
        return existing == null ? null : existing.selectivity();
    }

    /** The same row with another status and reason (the build queue laid over the diff). */
    public DiffRow with(DiffStatus newStatus, String newReason) {
        return new DiffRow(collection, newStatus, fields, planned, existing, newReason);
    }

    /** True for a missing single-field row that a planned compound, once built, will serve: not built by itself. */
    public boolean servedByPlannedCover() {
        return reason != null && reason.startsWith(PLANNED_COVER);
    }

    /** True when the server has this index (it can be dropped). */
    public boolean exists() {
        return existing != null;
    }

    /** The request that builds this row's planned index ("Create one"); null for rows with no planned index. */
    public IndexSpec spec() {
        return planned == null ? null : new IndexSpec(collection, planned);
    }
}
