package io.arangoconsole.ui.common;

import javafx.scene.text.Font;
import javafx.scene.text.Text;

/** How wide a text is drawn in a font: for cut-cell tooltips and column widths that fit their content. */
final class TextWidths {
    private static final Text PROBE = new Text();

    private TextWidths() {
    }

    /** FX thread (shares one {@link Text}). */
    static double of(String text, Font font) {
        PROBE.setText(text == null ? "" : text);
        PROBE.setFont(font == null ? Font.getDefault() : font);
        return Math.ceil(PROBE.getLayoutBounds().getWidth());
    }
}
