package io.arangoconsole.core.indexes;

import java.util.List;

/** The indexes the plan wants on one collection, in the order the plan file lists them. */
public record CollectionPlan(String collection, List<PlannedIndex> indexes) {

    public CollectionPlan {
        indexes = List.copyOf(indexes);
    }
}
