package io.arangoconsole.ui.common;

import java.util.function.Function;
import javafx.beans.value.ObservableNumberValue;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableCell;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;

/**
 * A table cell for a job's progress: a line of text ("1,500 of 20,000") over a bar, both following the row's live
 * properties. A fraction of -1 is the bar's indeterminate state, while the total is not known yet. The line is short
 * enough for a narrow column ("1,200 written"); a tooltip, when given, says it in full ("1,200 read, 1,200 written,
 * 0 rejected").
 *
 * @param <R> the row type; the cell's item is the row itself
 */
public final class ProgressCell<R> extends TableCell<R, R> {

    private final Function<R, ObservableNumberValue> fraction;
    private final Function<R, ObservableStringValue> text;
    private final Function<R, ObservableStringValue> tipText;
    private Tooltip tip;
    private final ProgressBar bar = new ProgressBar();
    private final Label label = new Label();
    private final VBox box = new VBox(2, label, bar);

    public ProgressCell(Function<R, ObservableNumberValue> fraction, Function<R, ObservableStringValue> text) {
        this(fraction, text, null);
    }

    /** ... with {@code tipText}, the whole story of the progress, on hover. */
    public ProgressCell(Function<R, ObservableNumberValue> fraction, Function<R, ObservableStringValue> text,
                        Function<R, ObservableStringValue> tipText) {
        this.fraction = fraction;
        this.text = text;
        this.tipText = tipText;
        bar.setMaxWidth(Double.MAX_VALUE);
    }

    @Override
    protected void updateItem(R row, boolean empty) {
        super.updateItem(row, empty);
        bar.progressProperty().unbind();
        label.textProperty().unbind();
        if (tip != null) {
            tip.textProperty().unbind();
        }
        if (empty || row == null) {
            setGraphic(null);
            setTooltip(null);
            return;
        }
        bar.progressProperty().bind(fraction.apply(row));
        label.textProperty().bind(text.apply(row));
        if (tipText != null) {
            if (tip == null) {
                tip = new Tooltip(); // once per cell, not per row: a tooltip costs a popup scene
            }
            tip.textProperty().bind(tipText.apply(row));
            setTooltip(tip);
        }
        setGraphic(box);
    }
}
