package io.arangoconsole.core.indexes;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The plan held against what exists, per collection: PRESENT, MISSING, EXTRA, REDUNDANT and SKIPPED rows. Planned
 * rows come first in plan order, then the collection's other indexes as the server lists them. A planned index that
 * is redundant is not built by "Create all missing": the index that serves it is (see {@link #missing()}).
 */
public record IndexDiff(List<DiffRow> rows) {
    private static final List<String> KEY = List.of("_key");

    public IndexDiff {
        rows = List.copyOf(rows);
    }

    /**
     * Compares {@code plan} with the server.
     *
     * @param collections the names of the collections that exist
     * @param existing    the indexes of those collections (any order; may include other collections)
     */
    public static IndexDiff compare(IndexPlan plan, Collection<String> collections, List<ExistingIndex> existing) {
        List<DiffRow> rows = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (CollectionPlan wanted : plan.collections()) {
            seen.add(wanted.collection());
            if (!collections.contains(wanted.collection())) {
                String why = "collection " + wanted.collection() + " does not exist; skipped, the rest of the plan "
                        + "still applies";
                wanted.indexes().forEach(p -> rows.add(new DiffRow(wanted.collection(), DiffStatus.SKIPPED,
                        p.fields(), p, null, why)));
                continue;
            }
            rows.addAll(new CollectionComparison(wanted.collection(), wanted.indexes(),
                    of(existing, wanted.collection())).rows());
        }
        for (ExistingIndex index : existing) {
            if (seen.add(index.collection())) {
                rows.addAll(new CollectionComparison(index.collection(), List.of(),
                        of(existing, index.collection())).rows());
            }
        }
        return new IndexDiff(rows);
    }

    /** The collections the diff covers, plan order first. */
    public List<String> collections() {
        return rows.stream().map(DiffRow::collection).distinct().toList();
    }

    /** The rows of one collection. */
    public List<DiffRow> rows(String collection) {
        return rows.stream().filter(r -> r.collection().equals(collection)).toList();
    }

    /** What "Create all missing" builds, in plan order: the MISSING rows. */
    public List<IndexSpec> missing() {
        return rows.stream().filter(r -> r.status() == DiffStatus.MISSING).map(DiffRow::spec).toList();
    }

    /** How many rows have each status. */
    public Map<DiffStatus, Integer> counts() {
        Map<DiffStatus, Integer> out = new EnumMap<>(DiffStatus.class);
        for (DiffStatus s : DiffStatus.values()) {
            out.put(s, 0);
        }
        rows.forEach(r -> out.merge(r.status(), 1, Integer::sum));
        return out;
    }

    /** The row of the planned index over {@code fields} on {@code collection}, if the plan lists one. */
    public Optional<DiffRow> planned(String collection, List<String> fields) {
        return rows.stream().filter(r -> r.collection().equals(collection) && r.planned() != null
                && r.fields().equals(fields)).findFirst();
    }

    private static List<ExistingIndex> of(List<ExistingIndex> existing, String collection) {
        return existing.stream().filter(i -> i.collection().equals(collection)).toList();
    }

    /** The comparison of one existing collection. */
    private record CollectionComparison(String collection, List<PlannedIndex> planned, List<ExistingIndex> existing) {

        List<DiffRow> rows() {
            List<DiffRow> out = new ArrayList<>();
            Set<ExistingIndex> matched = new LinkedHashSet<>();
            for (PlannedIndex p : planned) {
                ExistingIndex match = existing.stream().filter(e -> e.matches(p) && !matched.contains(e))
                        .findFirst().orElse(null);
                if (match != null) {
                    matched.add(match);
                }
                String redundancy = redundancy(p.fields(), p.unique(), match != null);
                if (redundancy != null) {
                    out.add(new DiffRow(collection, DiffStatus.REDUNDANT, p.fields(), p, match, redundancy));
                } else if (match != null) {
                    out.add(new DiffRow(collection, DiffStatus.PRESENT, p.fields(), p, match, building(match)));
                } else {
                    out.add(new DiffRow(collection, DiffStatus.MISSING, p.fields(), p, null, null));
                }
            }
            for (ExistingIndex e : existing) {
                if (matched.contains(e) || e.builtIn()) {
                    continue;
                }
                String redundancy = e.persistentFamily() ? redundancy(e.fields(), e.unique(), true) : null;
                out.add(new DiffRow(collection, redundancy == null ? DiffStatus.EXTRA : DiffStatus.REDUNDANT,
                        e.fields(), null, e, redundancy == null ? building(e) : redundancy));
            }
            return out;
        }

        /**
         * Why an index over {@code fields} is served by another one, or null. A unique index is never redundant
         * (its constraint is the point); a sparse compound index cannot stand in, it leaves out documents.
         */
        private String redundancy(List<String> fields, boolean unique, boolean exists) {
            String fate = exists ? "; it can be dropped" : "; not built";
            if (fields.equals(KEY)) {
                return "the primary index already serves lookups and sorts on _key" + fate;
            }
            if (fields.size() != 1 || unique) {
                return null;
            }
            String leading = fields.get(0);
            for (PlannedIndex p : planned) {
                if (p.compound() && !p.sparse() && p.fields().get(0).equals(leading)) {
                    return p.describeFields() + " leads with " + leading + " and serves the same queries" + fate;
                }
            }
            for (ExistingIndex e : existing) {
                if (e.persistentFamily() && e.fields().size() > 1 && !e.sparse() && e.fields().get(0).equals(leading)) {
                    return "[" + String.join(", ", e.fields()) + "] leads with " + leading
                            + " and serves the same queries" + fate;
                }
            }
            return null;
        }

        private static String building(ExistingIndex e) {
            return e.building() ? "still being built (" + Math.round(e.progress()) + "%)" : null;
        }
    }
}
