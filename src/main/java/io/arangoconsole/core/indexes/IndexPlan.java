package io.arangoconsole.core.indexes;

import java.util.List;
import java.util.Optional;

/**
 * The wanted indexes, per collection. The default plan is the user's own list from the optimization plan (see
 * {@link IndexPlanFile#defaults()}); users load, edit and save their own through {@link IndexPlanFile}.
 * {@code description} is the user's free text (null when none).
 */
public record IndexPlan(String description, List<CollectionPlan> collections) {

    public IndexPlan {
        collections = List.copyOf(collections);
    }

    /** A plan without a description. */
    public IndexPlan(List<CollectionPlan> collections) {
        this(null, collections);
    }

    /** The plan of one collection, if the plan names it. */
    public Optional<CollectionPlan> collection(String name) {
        return collections.stream().filter(c -> c.collection().equals(name)).findFirst();
    }

    /** How many indexes the plan lists over all collections. */
    public int indexCount() {
        return collections.stream().mapToInt(c -> c.indexes().size()).sum();
    }
}
