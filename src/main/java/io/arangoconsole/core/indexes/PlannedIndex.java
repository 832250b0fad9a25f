package io.arangoconsole.core.indexes;

import java.util.List;

/**
 * One persistent index the plan wants: its attribute paths in order and the persistent-index options. A null
 * {@code name} lets the server choose one. Two planned indexes are the same index when fields, {@code unique} and
 * {@code sparse} match: that is how ArangoDB decides that an index "already exists".
 */
public record PlannedIndex(List<String> fields, boolean unique, boolean sparse, String name, boolean estimates,
                           boolean cacheEnabled, List<String> storedValues) {

    public PlannedIndex {
        fields = List.copyOf(fields);
        storedValues = storedValues == null ? List.of() : List.copyOf(storedValues);
    }

    /** A plain persistent index over {@code fields} with ArangoDB's default options. */
    public static PlannedIndex on(String... fields) {
        return new PlannedIndex(List.of(fields), false, false, null, true, false, List.of());
    }

    /** True when this index and {@code other} are the same index for the server (fields, unique, sparse). */
    public boolean sameDefinition(List<String> otherFields, boolean otherUnique, boolean otherSparse) {
        return fields.equals(otherFields) && unique == otherUnique && sparse == otherSparse;
    }

    /** True for an index over more than one attribute. */
    public boolean compound() {
        return fields.size() > 1;
    }

    /** The fields as the user reads them: {@code [placed_at, state]}. */
    public String describeFields() {
        return "[" + String.join(", ", fields) + "]";
    }
}
