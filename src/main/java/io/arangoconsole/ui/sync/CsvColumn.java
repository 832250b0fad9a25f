package io.arangoconsole.ui.sync;

import io.arangoconsole.core.sync.ColumnType;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/** A column of the chosen CSV file and the type its values are converted to (AUTO until the user says otherwise). */
public final class CsvColumn {
    private final String name;
    private final ObjectProperty<ColumnType> type = new SimpleObjectProperty<>(this, "type", ColumnType.AUTO);

    CsvColumn(String name) {
        this.name = name;
    }

    public String name() {
        return name;
    }

    public ObjectProperty<ColumnType> typeProperty() {
        return type;
    }
}
