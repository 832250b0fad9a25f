package io.arangoconsole.ui.common;

import java.util.function.Function;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.TableCell;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;

/**
 * The table helper's default cell: the value as text, ending in an ellipsis when the column is too narrow, and then
 * the whole text in a tooltip. The tooltip is made on hover only (a tooltip per cell would cost every new row).
 */
final class CutTextCell<S, T> extends TableCell<S, T> {
    private final Function<T, String> text;

    CutTextCell(Function<T, String> text) {
        this.text = text;
        setTextOverrun(OverrunStyle.ELLIPSIS);
        addEventHandler(MouseEvent.MOUSE_ENTERED, e -> updateTip());
    }

    @Override
    protected void updateItem(T item, boolean empty) {
        super.updateItem(item, empty);
        setText(empty || item == null ? null : text.apply(item));
        setTooltip(null);
    }

    private void updateTip() {
        String shown = getText();
        if (shown == null || shown.isEmpty() || !isCut()) {
            setTooltip(null);
            return;
        }
        Tooltip tip = new Tooltip(shown);
        tip.setWrapText(true);
        tip.setMaxWidth(560);
        setTooltip(tip);
    }

    /** Whether the text needs more room than the cell has (then the skin shows it with an ellipsis). */
    private boolean isCut() {
        double needed = TextWidths.of(getText(), getFont()) + snappedLeftInset() + snappedRightInset();
        return needed > getWidth();
    }
}
