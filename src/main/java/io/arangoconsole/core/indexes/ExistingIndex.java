package io.arangoconsole.core.indexes;

import java.util.List;

/**
 * An index as the server lists it ({@code GET /_api/index?collection=c&withHidden=true}). {@code id} is the full
 * {@code collection/number} handle; {@code selectivity} is null when the index keeps no estimates; {@code size} is
 * the memory the server reports in bytes, or -1 when it did not say; {@code building} and {@code progress}
 * (percent) describe a hidden index still being built in the background.
 */
public record ExistingIndex(String collection, String id, String name, String type, List<String> fields,
                            boolean unique, boolean sparse, Double selectivity, long size, boolean building,
                            double progress) {

    public ExistingIndex {
        fields = List.copyOf(fields);
    }

    /** A finished persistent index, for tests and callers that know no statistics. */
    public static ExistingIndex persistent(String collection, String id, String name, List<String> fields,
                                           boolean unique, boolean sparse) {
        return new ExistingIndex(collection, id, name, "persistent", fields, unique, sparse, null, -1, false, 100);
    }

    /** True for the persistent family ({@code hash} and {@code skiplist} are its old aliases). */
    public boolean persistentFamily() {
        return type.equals("persistent") || type.equals("hash") || type.equals("skiplist");
    }

    /** True for the indexes every collection has and nobody plans: {@code primary} and {@code edge}. */
    public boolean builtIn() {
        return type.equals("primary") || type.equals("edge");
    }

    /** True when this is the persistent index {@code planned} asks for (same fields in order, unique, sparse). */
    public boolean matches(PlannedIndex planned) {
        return persistentFamily() && planned.sameDefinition(fields, unique, sparse);
    }
}
