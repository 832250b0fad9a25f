package io.arangoconsole.core.insight;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/**
 * Which observed query shapes read an index, from their latest plans. ArangoDB keeps no per-index usage counters
 * (shared/reference, section 4), so this is a fact about the workload the console observed on one server and
 * database since {@link #observedSince()}, never about the server's whole life.
 *
 * @param observedSince when the console began to observe that server and database; null when it never did
 * @param shapes        the shapes seen there, with their latest plans' indexes
 */
public record IndexUsage(Instant observedSince, List<ShapeStats> shapes) {

    /** No observation at all (not connected, or nothing watched yet). */
    public static final IndexUsage NONE = new IndexUsage(null, List.of());

    public IndexUsage {
        shapes = List.copyOf(shapes);
    }

    /**
     * The shapes that ran and whose latest plan reads index {@code name} of {@code collection}, most runs first. A
     * shape only explained in the query pane, never run, is not workload.
     */
    public List<ShapeStats> shapesUsing(String collection, String name) {
        String ref = ShapeStats.indexRef(collection, name);
        return shapes.stream().filter(s -> s.count() > 0 && s.indexesUsed().contains(ref))
                .sorted(Comparator.comparingLong(ShapeStats::count).reversed()).toList();
    }

    /** The shapes with no plan yet: until they are explained, "unused" is not known for certain. */
    public long unexplained() {
        return shapes.stream().filter(s -> s.fullScan() == null && s.planError() == null).count();
    }

    /** What was observed of one index, for a column or a report. */
    public Use of(String collection, String name) {
        List<ShapeStats> using = shapesUsing(collection, name);
        return new Use(using, using.stream().mapToLong(ShapeStats::count).sum(), using.stream()
                .map(ShapeStats::lastSeen).max(Comparator.naturalOrder()).orElse(null), observedSince);
    }

    /**
     * One index's use by the observed workload.
     *
     * @param shapes   the shapes whose latest plan reads it, most runs first
     * @param runs     their runs
     * @param lastSeen the latest of their runs; null when no shape reads it
     * @param since    when observation began; null when it never did (then nothing can be said)
     */
    public record Use(List<ShapeStats> shapes, long runs, Instant lastSeen, Instant since) {
        public Use {
            shapes = List.copyOf(shapes);
        }

        /** True when the workload was observed and no shape's latest plan reads the index. */
        public boolean unused() {
            return since != null && shapes.isEmpty();
        }
    }
}
