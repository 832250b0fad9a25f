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
 * The plan held against what exists, per collection: PRESENT, MISSING, BUILDING, QUEUED, EXTRA, REDUNDANT and
 * SKIPPED rows. Planned
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

    /**
     * What "Create all missing" builds, in plan order: the MISSING rows, except single-field ones a planned
     * compound will serve (decision 0004).
     */
    public List<IndexSpec> missing() {
        return rows.stream().filter(r -> r.status() == DiffStatus.MISSING && !r.servedByPlannedCover())
                .map(DiffRow::spec).toList();
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

    /**
     * This diff with the build queue laid over it: a MISSING row with a queued build reads QUEUED, with a running
     * one (whose hidden index the server does not list yet) BUILDING with the job's percent.
     */
    public IndexDiff withJobs(List<IndexJob> jobs) {
        List<DiffRow> out = new ArrayList<>(rows.size());
        for (DiffRow row : rows) {
            IndexJob job = row.status() != DiffStatus.MISSING ? null : jobs.stream()
                    .filter(j -> !j.state().finished() && j.collection().equals(row.collection())
                            && j.fields().equals(row.fields())).findFirst().orElse(null);
            if (job == null) {
                out.add(row);
            } else if (job.state() == IndexJob.State.QUEUED) {
                out.add(row.with(DiffStatus.QUEUED, "queued for building"));
            } else if (job.state() == IndexJob.State.SCHEDULED) {
                out.add(row.with(DiffStatus.QUEUED, "scheduled: " + job.message()));
            } else {
                out.add(row.with(DiffStatus.BUILDING, "being built (" + Math.round(job.percent()) + "%)"));
            }
        }
        return new IndexDiff(out);
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
                out.add(plannedRow(p, match));
            }
            for (ExistingIndex e : existing) {
                if (matched.contains(e) || e.builtIn()) {
                    continue;
                }
                String redundancy = e.persistentFamily() ? redundancy(e.fields(), e.unique(), true) : null;
                DiffStatus status = e.building() ? DiffStatus.BUILDING
                        : redundancy == null ? DiffStatus.EXTRA : DiffStatus.REDUNDANT;
                String reason = e.building() ? building(e) : redundancy != null ? redundancy
                        : e.persistentFamily() ? plannedCover(e.fields(), e.unique(), true) : null;
                out.add(new DiffRow(collection, status, e.fields(), null, e, reason));
            }
            return out;
        }

        private DiffRow plannedRow(PlannedIndex p, ExistingIndex match) {
            if (match != null && match.building()) {
                return new DiffRow(collection, DiffStatus.BUILDING, p.fields(), p, match, building(match));
            }
            String redundancy = redundancy(p.fields(), p.unique(), match != null);
            if (redundancy != null) {
                return new DiffRow(collection, DiffStatus.REDUNDANT, p.fields(), p, match, redundancy);
            }
            String plannedCover = plannedCover(p.fields(), p.unique(), match != null);
            String covers = covers(p);
            String reason = plannedCover != null ? plannedCover : covers;
            return new DiffRow(collection, match != null ? DiffStatus.PRESENT : DiffStatus.MISSING, p.fields(), p,
                    match, reason);
        }

        /**
         * Why an index over {@code fields} is served by another one that exists, or null. A unique index is never
         * redundant (its constraint is the point); a sparse compound index cannot stand in, it leaves out
         * documents; a compound still being built or only planned serves nothing yet.
         */
        private String redundancy(List<String> fields, boolean unique, boolean exists) {
            String fate = exists ? "; it can be dropped" : "; not built";
            if (fields.equals(KEY)) {
                return "the primary index already serves lookups and sorts on _key" + fate;
            }
            ExistingIndex cover = existingCover(fields, unique);
            return cover == null ? null : "[" + String.join(", ", cover.fields()) + "] leads with " + fields.get(0)
                    + " and serves the same queries" + fate;
        }

        /** For a single-field index whose cover is planned but not built yet: what will happen, or null. */
        private String plannedCover(List<String> fields, boolean unique, boolean exists) {
            PlannedIndex cover = fields.size() != 1 || unique ? null : planned.stream()
                    .filter(p -> p.compound() && !p.sparse() && p.fields().get(0).equals(fields.get(0)))
                    .findFirst().orElse(null);
            if (cover == null) {
                return null;
            }
            return exists ? "the planned " + cover.describeFields() + " (not built yet) would make it redundant"
                    : DiffRow.PLANNED_COVER + cover.describeFields() + " will serve the same queries";
        }

        /** On a compound row not built yet: which single-field indexes it would make redundant, or null. */
        private String covers(PlannedIndex p) {
            if (!p.compound() || p.sparse() || existingCoverOf(p)) {
                return null;
            }
            String leading = p.fields().get(0);
            boolean twin = planned.stream().anyMatch(o -> o.fields().equals(List.of(leading)) && !o.unique())
                    || existing.stream().anyMatch(e -> e.persistentFamily() && !e.unique() && !e.building()
                    && e.fields().equals(List.of(leading)));
            return twin ? "would make [" + leading + "] redundant" : null;
        }

        private boolean existingCoverOf(PlannedIndex p) {
            return existing.stream().anyMatch(e -> e.matches(p) && !e.building());
        }

        private ExistingIndex existingCover(List<String> fields, boolean unique) {
            if (fields.size() != 1 || unique) {
                return null;
            }
            return existing.stream().filter(e -> e.persistentFamily() && e.fields().size() > 1 && !e.sparse()
                    && !e.building() && e.fields().get(0).equals(fields.get(0))).findFirst().orElse(null);
        }

        private static String building(ExistingIndex e) {
            return "being built (" + Math.round(e.progress()) + "%)";
        }
    }
}
