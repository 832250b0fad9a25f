package io.arangoconsole.ui.sync;

import javafx.scene.control.SplitPane;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.Region;

/**
 * Shares the Sync pane's height between the form, Jobs and History. The form gets the height it needs (less when it
 * is collapsed) as long as Jobs and History keep their minimum heights; past that its fields scroll, while its action
 * row (Start) stays pinned under them, never below the fold. The dividers are placed again when the window's height
 * changes, the fields change (a CSV's columns, an error) or the form is collapsed or expanded; a drag by the user
 * holds until then.
 */
final class SyncLayout {
    /** Of the height left under the form, the share of Jobs; History gets the rest. */
    private static final double JOBS_SHARE = 0.55;

    private SyncLayout() {
    }

    /** {@code fields}: the form's scrolling content, whose height is what the fields need. */
    static void apply(SplitPane split, TitledPane form, Region fields, Region jobs, Region history) {
        Runnable fit = () -> place(split, form, jobs, history);
        split.heightProperty().addListener(o -> fit.run());
        fields.heightProperty().addListener(o -> fit.run());
        form.expandedProperty().addListener(o -> fit.run());
    }

    private static void place(SplitPane split, TitledPane form, Region jobs, Region history) {
        double height = split.getHeight();
        if (height <= 0 || split.getDividers().size() < 2) {
            return;
        }
        double dividers = split.getDividers().size() * 8;
        double below = jobs.minHeight(-1) + history.minHeight(-1) + dividers;
        double wanted = form.prefHeight(split.getWidth()) + 2;
        double top = Math.max(form.minHeight(split.getWidth()), Math.min(wanted, height - below));
        double rest = height - top;
        split.setDividerPositions(top / height, (top + rest * JOBS_SHARE) / height);
    }
}
