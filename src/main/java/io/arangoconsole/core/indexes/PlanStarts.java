package io.arangoconsole.core.indexes;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where a database's index plan starts: the seed plan (the optimization plan's list) only where every collection it
 * names exists; elsewhere an empty plan, which the DBA can start from the indexes the database already has.
 */
public final class PlanStarts {
    /** The description of the empty plan a database without a plan of its own starts with. */
    public static final String EMPTY = "No index plan for this database yet";

    private PlanStarts() {
    }

    /** {@code seed} when each of its collections is among {@code collections}, else an empty plan. */
    public static IndexPlan startFor(IndexPlan seed, Collection<String> collections) {
        boolean seedsDatabase = !seed.collections().isEmpty()
                && seed.collections().stream().allMatch(c -> collections.contains(c.collection()));
        return seedsDatabase ? seed : new IndexPlan(EMPTY, List.of());
    }

    /** True for the empty start plan. */
    public static boolean isEmptyStart(IndexPlan plan) {
        return plan.collections().isEmpty() && EMPTY.equals(plan.description());
    }

    /** A plan listing the persistent indexes that exist (not the built-in ones, not those still building). */
    public static IndexPlan fromExisting(List<ExistingIndex> existing) {
        Map<String, List<PlannedIndex>> byCollection = new LinkedHashMap<>();
        for (ExistingIndex index : existing) {
            if (!index.persistentFamily() || index.building()) {
                continue;
            }
            PlannedIndex planned = new PlannedIndex(index.fields(), index.unique(), index.sparse(), null, true, false,
                    List.of());
            List<PlannedIndex> list = byCollection.computeIfAbsent(index.collection(), c -> new ArrayList<>());
            if (list.stream().noneMatch(p -> p.sameDefinition(planned.fields(), planned.unique(), planned.sparse()))) {
                list.add(planned);
            }
        }
        List<CollectionPlan> collections = new ArrayList<>();
        byCollection.forEach((c, list) -> collections.add(new CollectionPlan(c, list)));
        return new IndexPlan("Started from the indexes the database had", collections);
    }
}
