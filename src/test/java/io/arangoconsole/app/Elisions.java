package io.arangoconsole.app;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import io.arangoconsole.ui.common.DataTable;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.text.Text;

/**
 * Finds labels, buttons and check boxes that show their text cut with an ellipsis ("Collect...", "kept in memory
 * onl..."), table column headers included ("Selecti..."). Table and list cells are left out: their cut text has a
 * tooltip (the table helper's cell).
 */
final class Elisions {
    private Elisions() {
    }

    /** "Label 'Collection' shown as 'Collect…'" for each elided control under {@code root} that is visible. */
    static List<String> under(Parent root) {
        List<String> found = new ArrayList<>();
        for (Node node : root.lookupAll("*")) {
            if (!(node instanceof Labeled labeled) || !showing(labeled) || insideCell(labeled)
                    || labeled.getText() == null || labeled.getText().isBlank() || labeled.isWrapText()) {
                continue;
            }
            for (Node child : labeled.lookupAll(".text")) {
                if (child instanceof Text shown && shown.getParent() == labeled
                        && shown.getText().endsWith(labeled.getEllipsisString())
                        && !shown.getText().equals(labeled.getText())
                        && labeled.getText().startsWith(shown.getText().replace(labeled.getEllipsisString(), ""))) {
                    found.add(labeled.getClass().getSimpleName() + " '" + labeled.getText() + "' shown as '"
                            + shown.getText() + "'");
                }
            }
        }
        return found;
    }

    /** "table 'jobTable' has no search box on screen" for each visible table whose search field is not shown. */
    static List<String> tablesWithoutSearch(Parent root) {
        List<String> found = new ArrayList<>();
        for (Node node : root.lookupAll(".table-view")) {
            if (node instanceof TableView<?> table && showing(table) && !table.isEditable()) { // edit grids: no rows to search
                TextField search = DataTable.searchOf(table);
                if (search == null || search.getScene() == null || !showing(search)) {
                    found.add("table '" + table.getId() + "' has no search box on screen");
                }
            }
        }
        return found;
    }

    private static boolean showing(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    private static boolean insideCell(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n instanceof IndexedCell<?>) {
                return true;
            }
        }
        return false;
    }
}
