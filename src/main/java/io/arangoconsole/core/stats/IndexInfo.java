package io.arangoconsole.core.stats;

import java.util.List;

/**
 * One index of a collection as {@code GET /_api/index} lists it: type, fields, sparse, unique, and the server's
 * {@code selectivityEstimate} (distinct values / documents; null when the index keeps no estimates).
 */
public record IndexInfo(String name, String type, List<String> fields, boolean unique, boolean sparse,
                        Double selectivity) {

    public IndexInfo {
        fields = List.copyOf(fields);
    }

    /** A plain persistent index over {@code fields}, for tests. */
    public static IndexInfo persistent(Double selectivity, String... fields) {
        return new IndexInfo(null, "persistent", List.of(fields), false, false, selectivity);
    }

    /** True for the persistent family ({@code hash} and {@code skiplist} are its old aliases). */
    public boolean persistent() {
        return type.equals("persistent") || type.equals("hash") || type.equals("skiplist");
    }

    /** The first field, or null for an index without fields. */
    public String leading() {
        return fields.isEmpty() ? null : fields.get(0);
    }
}
