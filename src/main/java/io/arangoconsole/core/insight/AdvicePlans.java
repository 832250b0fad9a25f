package io.arangoconsole.core.insight;

import io.arangoconsole.core.indexes.CollectionPlan;
import io.arangoconsole.core.indexes.IndexPlan;
import io.arangoconsole.core.indexes.PlannedIndex;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Puts advised indexes into an index plan, so the Indexes pane and {@code indexes apply} build them. */
public final class AdvicePlans {
    private AdvicePlans() {
    }

    /** One advised index: a collection and its fields in order. */
    public record Advised(String collection, List<String> fields) {
        public Advised {
            fields = List.copyOf(fields);
        }
    }

    /**
     * The plan with every advised index added at the end of its collection's list, unless the plan already lists a
     * plain index over the same fields; collections new to the plan come last.
     */
    public static IndexPlan merge(IndexPlan plan, List<Advised> advice) {
        Map<String, List<PlannedIndex>> byCollection = new LinkedHashMap<>();
        for (CollectionPlan c : plan.collections()) {
            byCollection.put(c.collection(), new ArrayList<>(c.indexes()));
        }
        for (Advised a : advice) {
            List<PlannedIndex> indexes = byCollection.computeIfAbsent(a.collection(), k -> new ArrayList<>());
            if (indexes.stream().noneMatch(i -> i.sameDefinition(a.fields(), false, false))) {
                indexes.add(new PlannedIndex(a.fields(), false, false, null, true, false, List.of()));
            }
        }
        List<CollectionPlan> collections = new ArrayList<>();
        byCollection.forEach((name, indexes) -> collections.add(new CollectionPlan(name, indexes)));
        return new IndexPlan(plan.description(), collections);
    }
}
