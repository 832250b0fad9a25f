package io.arangoconsole.core.indexes;

import java.util.List;

/**
 * One line of the plan-against-reality table. {@code planned} is null for an index the plan does not list,
 * {@code existing} null for one the server does not have; type, name, size and selectivity come from the existing
 * index when there is one. {@code reason} explains REDUNDANT and SKIPPED rows and builds still running.
 */
public record DiffRow(String collection, DiffStatus status, List<String> fields, PlannedIndex planned,
                      ExistingIndex existing, String reason) {

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

    /** Memory in bytes, or -1 when unknown or not built. */
    public long size() {
        return existing == null ? -1 : existing.size();
    }

    /** Selectivity estimate (0..1), or null when unknown or not built. */
    public Double selectivity() {
        return existing == null ? null : existing.selectivity();
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
