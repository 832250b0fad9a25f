package io.arangoconsole.ui.insight;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableCell;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTableView;

/**
 * Fills the plan tree and the labels under it from a {@link PlanView}; a full scan's cell is marked. The tree items
 * are built off the FX thread ({@link #prepare}); a plan of the same structure as the one shown (a re-explain, a
 * profile after an explain) only replaces the values of the rows that changed (decision 0061).
 */
final class PlanTreeTable {
    /** Rows of one line at the theme's size: the tree never measures each row. */
    static final double ROW_HEIGHT = 28;
    private static final java.util.Set<String> PROFILE_COLUMNS = java.util.Set.of("callsColumn", "itemsColumn",
            "runtimeColumn");
    private static final PseudoClass FULL_SCAN = PseudoClass.getPseudoClass("full-scan");

    private PlanTreeTable() {
    }

    static void columns(TreeTableColumn<PlanRow, String> node, TreeTableColumn<PlanRow, String> access,
                        Map<TreeTableColumn<PlanRow, String>, Function<PlanRow, String>> others) {
        text(node, r -> "#" + r.id() + " " + r.type());
        text(access, PlanRow::access);
        others.forEach(PlanTreeTable::text);
        access.setCellFactory(c -> new TreeTableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                PlanRow row = empty || getTableRow() == null ? null : getTableRow().getItem();
                // a pseudo-class, not a style class: switching it restyles this cell only
                pseudoClassStateChanged(FULL_SCAN, row != null && row.fullScan());
            }
        });
    }

    /** Builds the tree items of {@code view} (not in a scene yet: any thread). */
    static PlanView prepare(PlanView view) {
        TreeItem<PlanRow> root = new TreeItem<>();
        view.rows().forEach(r -> root.getChildren().add(item(r)));
        return view.with(root);
    }

    /** Shows {@code view} (null clears) in the tree, its rules, warnings and phases in the labels. FX thread. */
    @SuppressWarnings("unchecked")
    static void show(PlanView view, TreeTableView<PlanRow> tree, Label rules, Label warnings, Label phases) {
        TreeItem<PlanRow> shown = tree.getRoot();
        if (view == null) {
            tree.setRoot(new TreeItem<>());
        } else if (shown != null && sameStructure(shown.getChildren(), view.rows())) {
            replaceChanged(shown.getChildren(), view.rows());
        } else {
            tree.setRoot(view.prepared() instanceof TreeItem<?> prepared ? (TreeItem<PlanRow>) prepared
                    : prepare(view).prepared() instanceof TreeItem<?> built ? (TreeItem<PlanRow>) built : null);
        }
        boolean profiled = view != null && view.profiled();
        // calls, items and runtime exist only in a profile: an explain shows no empty columns
        tree.getColumns().stream().filter(c -> PROFILE_COLUMNS.contains(c.getId()) && c.isVisible() != profiled)
                .forEach(c -> c.setVisible(profiled));
        rules.setText(view == null ? "" : view.rules());
        warnings.setText(view == null ? "" : view.warnings());
        phases.setText(view == null ? "" : view.phases());
    }

    private static boolean sameStructure(List<TreeItem<PlanRow>> items, List<PlanRow> rows) {
        if (items.size() != rows.size()) {
            return false;
        }
        for (int i = 0; i < rows.size(); i++) {
            PlanRow was = items.get(i).getValue();
            PlanRow now = rows.get(i);
            if (was == null || was.id() != now.id() || !was.type().equals(now.type())
                    || !sameStructure(items.get(i).getChildren(), now.children())) {
                return false;
            }
        }
        return true;
    }

    /** Sets only the values that differ (a row holding a changed child counts): other rows' cells stay as they are. */
    private static void replaceChanged(List<TreeItem<PlanRow>> items, List<PlanRow> rows) {
        for (int i = 0; i < rows.size(); i++) {
            TreeItem<PlanRow> item = items.get(i);
            if (!item.getValue().equals(rows.get(i))) {
                item.setValue(rows.get(i));
            }
            replaceChanged(item.getChildren(), rows.get(i).children());
        }
    }

    private static TreeItem<PlanRow> item(PlanRow row) {
        TreeItem<PlanRow> item = new TreeItem<>(row);
        item.setExpanded(true);
        row.children().forEach(c -> item.getChildren().add(item(c)));
        return item;
    }

    private static void text(TreeTableColumn<PlanRow, String> column, Function<PlanRow, String> text) {
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue() == null || c.getValue().getValue()
                == null ? "" : text.apply(c.getValue().getValue())));
    }
}
