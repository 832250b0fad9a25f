package io.arangoconsole.app;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import io.arangoconsole.ui.common.DataTable;
import io.arangoconsole.ui.shell.PaneStack;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableColumnBase;
import javafx.scene.control.TableView;
import javafx.scene.control.TreeTableView;
import javafx.scene.control.TextField;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;

/**
 * Finds labels, buttons and check boxes that show their text cut with an ellipsis ("Collect...", "kept in memory
 * onl..."), table column headers included ("Selecti..."). Table and list cells are left out: their cut text has a
 * tooltip (the table helper's cell).
 */
final class Elisions {
    /** A header label's own padding and the header's, with no sort arrow: less than this and the title is cut. */
    private static final double HEADER_PADDING = 12;

    private Elisions() {
    }

    /**
     * "Label 'Collection' shown as 'Collect…'" for each elided control under {@code root} that is visible, a label
     * inside a table cell included (a progress cell's text: only the cell's own text has the cut-text tooltip), and
     * "TextField 'searchField' shows its prompt 'Search collections by name' cut" for an empty field too narrow for
     * its placeholder.
     */
    static List<String> under(Parent root) {
        List<String> found = promptsCut(root);
        for (Node node : root.lookupAll("*")) {
            if (!(node instanceof Labeled labeled) || !showing(labeled) || node instanceof IndexedCell<?>
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

    /** Empty text fields on screen whose placeholder is wider than the room for text inside them. */
    private static List<String> promptsCut(Parent root) {
        List<String> found = new ArrayList<>();
        for (Node node : root.lookupAll("*")) {
            if (node instanceof TextField field && showing(field) && !insideCell(field)
                    && (field.getText() == null || field.getText().isEmpty())
                    && field.getPromptText() != null && !field.getPromptText().isBlank() && field.getWidth() > 0) {
                Text probe = new Text(field.getPromptText());
                probe.setFont(field.getFont());
                double room = field.getWidth() - field.snappedLeftInset() - field.snappedRightInset();
                double needed = probe.getLayoutBounds().getWidth();
                if (needed > room + 0.5) {
                    found.add("TextField '" + field.getId() + "' shows its prompt '" + field.getPromptText()
                            + "' cut: it needs " + Math.ceil(needed) + " px, has " + Math.floor(room));
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

    /**
     * "table 'proofTable' (not shown): column 'Est. cost' may be 40 px, its header needs 62" for every column of every
     * table or tree table under {@code root} that is not on screen now (a hidden part of the pane, another tab), so
     * its headers are checked too: a column that may be narrower than its title (drawn in the font of the headers
     * shown, with the label's padding) would be cut when the table appears. Tables on screen are checked as drawn,
     * by {@link #under}.
     */
    static List<String> hiddenHeadersThatMayBeCut(Parent root) {
        Font font = headerFont(root);
        List<String> found = new ArrayList<>();
        for (Node node : root.lookupAll("*")) {
            List<? extends TableColumnBase<?, ?>> columns = node instanceof TableView<?> t ? t.getColumns()
                    : node instanceof TreeTableView<?> t ? t.getColumns() : null;
            if (columns == null || showing(node) || inHiddenPane(node)) {
                continue;
            }
            for (TableColumnBase<?, ?> column : leaves(columns)) {
                if (column.getText() == null || column.getText().isBlank()) {
                    continue;
                }
                Text probe = new Text(column.getText());
                probe.setFont(font);
                double needed = Math.ceil(probe.getLayoutBounds().getWidth()) + HEADER_PADDING;
                if (column.getMinWidth() < needed) {
                    found.add(node.getClass().getSimpleName() + " '" + node.getId() + "' (not shown): column '"
                            + column.getText() + "' may be " + column.getMinWidth() + " px, its header needs "
                            + needed);
                }
            }
        }
        return found;
    }

    /** The font the headers on screen are drawn in (the theme's), else the default font in bold. */
    private static Font headerFont(Parent root) {
        for (Node node : root.lookupAll(".column-header .label")) {
            if (node instanceof Labeled label && showing(label)) {
                return label.getFont();
            }
        }
        return Font.font(Font.getDefault().getFamily(), FontWeight.BOLD, Font.getDefault().getSize());
    }

    private static List<TableColumnBase<?, ?>> leaves(List<? extends TableColumnBase<?, ?>> columns) {
        List<TableColumnBase<?, ?>> leaves = new ArrayList<>();
        for (TableColumnBase<?, ?> column : columns) {
            if (column.getColumns().isEmpty()) {
                leaves.add(column);
            } else {
                leaves.addAll(leaves(column.getColumns()));
            }
        }
        return leaves;
    }

    /** In a pane the window keeps hidden (decision 0085): checked when that pane is the one shown, not before. */
    private static boolean inHiddenPane(Node node) {
        for (Node n = node; n.getParent() != null; n = n.getParent()) {
            if (n.getParent() instanceof PaneStack && !n.isVisible()) {
                return true;
            }
        }
        return false;
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
