package io.arangoconsole.ui.common;

import java.util.function.Function;
import javafx.beans.value.ObservableNumberValue;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableCell;
import javafx.scene.layout.VBox;

/**
 * A table cell for a job's progress: a line of text ("1,500 of 20,000") over a bar, both following the row's live
 * properties. A fraction of -1 is the bar's indeterminate state, while the total is not known yet.
 *
 * @param <R> the row type; the cell's item is the row itself
 */
public final class ProgressCell<R> extends TableCell<R, R> {

    private final Function<R, ObservableNumberValue> fraction;
    private final Function<R, ObservableStringValue> text;
    private final ProgressBar bar = new ProgressBar();
    private final Label label = new Label();
    private final VBox box = new VBox(2, label, bar);

    public ProgressCell(Function<R, ObservableNumberValue> fraction, Function<R, ObservableStringValue> text) {
        this.fraction = fraction;
        this.text = text;
        bar.setMaxWidth(Double.MAX_VALUE);
    }

    @Override
    protected void updateItem(R row, boolean empty) {
        super.updateItem(row, empty);
        bar.progressProperty().unbind();
        label.textProperty().unbind();
        if (empty || row == null) {
            setGraphic(null);
            return;
        }
        bar.progressProperty().bind(fraction.apply(row));
        label.textProperty().bind(text.apply(row));
        setGraphic(box);
    }
}
