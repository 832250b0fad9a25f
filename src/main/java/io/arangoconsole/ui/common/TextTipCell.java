package io.arangoconsole.ui.common;

import java.util.function.Function;
import javafx.scene.control.TableCell;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;

/**
 * A table cell of text that may be cut off, whole in a tooltip. The tooltip is made on the first hover, not with the
 * cell: a {@link Tooltip} builds a popup scene and styles it, which for a new table row costs the FX thread more than
 * the row itself, and most cells are never hovered.
 *
 * @param <S> the row type
 */
public final class TextTipCell<S> extends TableCell<S, String> {

    private final double wrapWidth;
    private final Function<S, String> tipText;
    private Tooltip tip;

    /** A cell whose tooltip shows the text on one line. */
    public TextTipCell() {
        this(0);
    }

    /** A cell whose tooltip wraps at {@code wrapWidth} pixels (0: one line), for sentences such as error messages. */
    public TextTipCell(double wrapWidth) {
        this(wrapWidth, null);
    }

    /**
     * A cell that shows a short text and, on hover, the longer one {@code tipText} gives for its row (e.g. a job's
     * file name, and its full path in the tooltip).
     */
    public TextTipCell(double wrapWidth, Function<S, String> tipText) {
        this.wrapWidth = wrapWidth;
        this.tipText = tipText;
        addEventHandler(MouseEvent.MOUSE_ENTERED, e -> installTip());
    }

    @Override
    protected void updateItem(String item, boolean empty) {
        super.updateItem(item, empty);
        boolean blank = empty || item == null || item.isEmpty();
        setText(blank ? null : item);
        if (tip != null) {
            tip.setText(blank ? "" : tipFor(item));
            setTooltip(blank ? null : tip);
        }
    }

    private String tipFor(String text) {
        S row = getTableRow() == null ? null : getTableRow().getItem();
        return tipText == null || row == null ? text : tipText.apply(row);
    }

    /** Installed on entering the cell; the tooltip's own hover timer starts with the next mouse move. */
    private void installTip() {
        String text = getText();
        if (tip != null || text == null || text.isEmpty()) {
            return;
        }
        tip = new Tooltip(tipFor(text));
        if (wrapWidth > 0) {
            tip.setWrapText(true);
            tip.setMaxWidth(wrapWidth);
        }
        setTooltip(tip);
    }
}
