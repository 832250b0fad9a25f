package io.arangoconsole.core.indexes;

import java.util.List;

/** A request to build one persistent index on one collection; builds always run with {@code inBackground: true}. */
public record IndexSpec(String collection, PlannedIndex index) {

    /** A plain persistent index over {@code fields}. */
    public static IndexSpec of(String collection, String... fields) {
        return new IndexSpec(collection, PlannedIndex.on(fields));
    }

    /** The indexed attribute paths, in order. */
    public List<String> fields() {
        return index.fields();
    }

    /** {@code orders [placed_at, state]}, as messages name an index. */
    public String describe() {
        return collection + " " + index.describeFields();
    }
}
