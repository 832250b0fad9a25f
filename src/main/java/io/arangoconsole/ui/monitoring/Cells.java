package io.arangoconsole.ui.monitoring;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.TableColumn;

/** Read-only table columns filled from a record's accessor, formatted as text. */
public final class Cells {
    private Cells() {
    }

    /** Shows {@code text.apply(row)} in {@code column}. */
    public static <S> void text(TableColumn<S, String> column, Function<S, String> text) {
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue() == null ? ""
                : text.apply(c.getValue())));
    }
}
