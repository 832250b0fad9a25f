package io.arangoconsole.ui.queries;

import io.arangoconsole.core.monitoring.LatencyStats;
import javafx.scene.control.TableCell;
import javafx.scene.control.Tooltip;

/** A percentile of the console's own timings, greyed with a tooltip when too few requests stand behind it. */
final class LowSampleCell extends TableCell<LatencyStats, String> {
    private static final String MUTED = "low-sample";

    @Override
    protected void updateItem(String text, boolean empty) {
        super.updateItem(text, empty);
        LatencyStats row = empty || getTableRow() == null ? null : getTableRow().getItem();
        setText(empty ? null : text);
        getStyleClass().remove(MUTED);
        setTooltip(null);
        if (row != null && QueryFigures.tooFew(row)) {
            getStyleClass().add(MUTED);
            setTooltip(new Tooltip("Only " + row.count() + (row.count() == 1 ? " request" : " requests")
                    + " in the window: too few for a percentile (" + QueryFigures.MIN_SAMPLES + " or more)."));
        }
    }
}
