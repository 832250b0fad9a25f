package io.arangoconsole.ui.indexes;

import io.arangoconsole.core.indexes.DiffRow;
import io.arangoconsole.core.insight.IndexUsage;
import io.arangoconsole.core.insight.ShapeStats;
import io.arangoconsole.ui.common.Formats;
import io.arangoconsole.ui.common.TaskRunner;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The Indexes pane's "Workload use" column and detail: which observed query shapes read each existing index, from
 * the shape history the Workbench keeps (decision 0060). A fact about what the console observed, never a reason the
 * pane acts on by itself: dropping stays the usual confirmed action.
 */
final class WorkloadUsage {
    /** Shapes listed in the detail at most; the rest are counted. */
    static final int SHAPES_LISTED = 5;

    private final TaskRunner tasks;
    private final ObjectProperty<IndexUsage> usage = new SimpleObjectProperty<>(this, "usage", IndexUsage.NONE);
    private Supplier<IndexUsage> source;

    WorkloadUsage(TaskRunner tasks) {
        this.tasks = tasks;
    }

    void use(Supplier<IndexUsage> newSource) {
        this.source = newSource;
        refresh();
    }

    /** Reads the usage again in the background (the history is shared with the poller). */
    void refresh() {
        Supplier<IndexUsage> from = source;
        if (from != null) {
            tasks.run("index usage by the workload", from::get, usage::set, e -> usage.set(IndexUsage.NONE));
        }
    }

    ReadOnlyObjectProperty<IndexUsage> property() {
        return usage;
    }

    /** The column: "3 shapes, 1,204 runs, last 2026-12-03 11:32:55", or "unused by the observed workload since". */
    static String column(IndexUsage usage, DiffRow row) {
        if (row == null || !row.exists()) {
            return IndexTables.NONE; // as Size and Selectivity say for an index the server does not have
        }
        if (usage.observedSince() == null) {
            return "not observed yet";
        }
        IndexUsage.Use use = usage.of(row.collection(), row.existing().name());
        if (use.unused()) {
            long open = usage.unexplained();
            return "unused by the observed workload since " + Formats.time(use.since())
                    + (open == 0 ? "" : " (" + Formats.count(open) + " shape" + (open == 1 ? "" : "s")
                    + " not explained yet)");
        }
        return Formats.count(use.shapes().size()) + " shape" + (use.shapes().size() == 1 ? "" : "s") + ", "
                + Formats.count(use.runs()) + " run" + (use.runs() == 1 ? "" : "s") + ", last "
                + Formats.time(use.lastSeen());
    }

    /** The detail under the table: the shapes reading the selected index, with their runs and last seen. */
    static String detail(IndexUsage usage, DiffRow row) {
        if (row == null || !row.exists()) {
            return "Select an index the server has to see the observed query shapes that read it.";
        }
        if (usage.observedSince() == null) {
            return "No workload observed on this server yet: the Workbench's shape history tells which queries "
                    + "read an index.";
        }
        IndexUsage.Use use = usage.of(row.collection(), row.existing().name());
        String name = "Index " + row.existing().name() + " on " + row.collection();
        if (use.unused()) {
            return name + ": " + column(usage, row) + ". A fact about what was observed; drop it only after the "
                    + "confirmation.";
        }
        StringBuilder b = new StringBuilder(name).append(" is read by the latest plan of:");
        for (ShapeStats s : use.shapes().stream().limit(SHAPES_LISTED).toList()) {
            b.append("\n  ").append(Formats.count(s.count())).append(" runs, last ").append(Formats.time(s.lastSeen()))
                    .append(": ").append(s.text());
        }
        if (use.shapes().size() > SHAPES_LISTED) {
            b.append("\n  and ").append(Formats.count(use.shapes().size() - SHAPES_LISTED)).append(" more shapes");
        }
        return b.toString();
    }
}
