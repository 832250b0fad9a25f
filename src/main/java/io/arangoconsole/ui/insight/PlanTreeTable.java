package io.arangoconsole.ui.insight;

import io.arangoconsole.core.insight.QueryPlan;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableCell;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTableView;

/** Fills the plan tree and the labels under it from a {@link QueryPlan}; a full scan's cell is marked. */
final class PlanTreeTable {
    private static final java.util.Set<String> PROFILE_COLUMNS = java.util.Set.of("callsColumn", "itemsColumn",
            "runtimeColumn");

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
                getStyleClass().remove("plan-full-scan");
                if (row != null && row.fullScan()) {
                    getStyleClass().add("plan-full-scan");
                }
            }
        });
    }

    /** Shows {@code plan} (null clears) in the tree, its rules, warnings and phases in the labels. */
    static void show(QueryPlan plan, TreeTableView<PlanRow> tree, Label rules, Label warnings, Label phases) {
        TreeItem<PlanRow> root = new TreeItem<>();
        if (plan != null) {
            for (PlanRow row : PlanRow.of(plan)) {
                root.getChildren().add(item(row));
            }
        }
        tree.setRoot(root);
        boolean profiled = plan != null && plan.allSteps().stream().anyMatch(st -> st.profile() != null);
        // calls, items and runtime exist only in a profile: an explain shows no empty columns
        tree.getColumns().stream().filter(c -> PROFILE_COLUMNS.contains(c.getId()))
                .forEach(c -> c.setVisible(profiled));
        rules.setText(plan == null ? "" : "Optimizer rules applied: " + (plan.rules().isEmpty() ? "none"
                : String.join(", ", plan.rules())) + String.format(Locale.ROOT, ". Estimated cost %,.0f (the "
                + "optimizer's unit), %,.0f items.", plan.estimatedCost(), plan.estimatedItems()));
        warnings.setText(plan == null || plan.warnings().isEmpty() ? "" : "Warnings: "
                + String.join("; ", plan.warnings()));
        StringBuilder p = new StringBuilder();
        if (plan != null && !plan.phases().isEmpty()) {
            p.append("Phases: ");
            plan.phases().forEach((name, seconds) -> p.append(name).append(' ')
                    .append(String.format(Locale.ROOT, "%.3f ms", seconds * 1000)).append(", "));
            p.setLength(p.length() - 2);
        }
        phases.setText(p.toString());
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
