package io.arangoconsole.ui.shell;

import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.scene.control.Alert;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Window;

/**
 * The menu bar and its shortcuts: File (connections, quit), View (the nine panes on Ctrl+1..9, refresh on F5,
 * search on Ctrl+F, the dark theme as a check item), Help (user guide, keyboard shortcuts on F1).
 */
final class ShellMenu {
    /** What F1 shows; also the Help menu's "Keyboard shortcuts". */
    static final String SHORTCUTS = String.join("\n",
            "Ctrl+1 .. Ctrl+9\tOverview, Indexes, Queries, Caches, Sync, Jobs, Connections, Workbench, Cluster",
            "Ctrl+Enter\tRun the Workbench's query; Ctrl+Shift+E explains it",
            "F5 or Ctrl+R\tRefresh the pane",
            "Ctrl+F\tSearch the pane's table",
            "Ctrl+C\tCopy the selected rows (TSV); the table's menu also copies JSON and exports CSV",
            "Del\tKill the selected query or drop the selected index (asks first)",
            "F1\tThis list",
            "Ctrl+Q\tQuit");

    private ShellMenu() {
    }

    /** Actions the menu triggers; the shell view implements them. */
    interface Actions {
        void show(PaneId pane);

        void refresh();

        void search();

        void delete();

        void quit();

        void openUserGuide();
    }

    static void fill(MenuBar bar, Actions actions, BooleanProperty dark, Consumer<Window> shortcuts) {
        MenuItem connections = item("Connections...", () -> actions.show(PaneId.CONNECTIONS), null);
        MenuItem quit = item("Quit", actions::quit, new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN));
        Menu file = new Menu("File", null, connections, new SeparatorMenuItem(), quit);

        Menu view = new Menu("View");
        KeyCode[] digits = {KeyCode.DIGIT1, KeyCode.DIGIT2, KeyCode.DIGIT3, KeyCode.DIGIT4, KeyCode.DIGIT5,
            KeyCode.DIGIT6, KeyCode.DIGIT7, KeyCode.DIGIT8, KeyCode.DIGIT9};
        PaneId[] panes = PaneId.values();
        for (int i = 0; i < panes.length && i < digits.length; i++) {
            PaneId pane = panes[i];
            view.getItems().add(item(pane.title(), () -> actions.show(pane),
                    new KeyCodeCombination(digits[i], KeyCombination.SHORTCUT_DOWN)));
        }
        CheckMenuItem theme = new CheckMenuItem("Dark theme");
        theme.selectedProperty().bindBidirectional(dark);
        view.getItems().addAll(new SeparatorMenuItem(),
                item("Refresh", actions::refresh, new KeyCodeCombination(KeyCode.F5)),
                item("Search", actions::search, new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN)),
                item("Kill or drop the selection...", actions::delete, new KeyCodeCombination(KeyCode.DELETE)),
                new SeparatorMenuItem(), theme);

        Menu help = new Menu("Help", null,
                item("User guide", actions::openUserGuide, null),
                item("Keyboard shortcuts", () -> shortcuts.accept(bar.getScene() == null ? null
                        : bar.getScene().getWindow()), new KeyCodeCombination(KeyCode.F1)));
        bar.getMenus().setAll(file, view, help);
    }

    /** The F1 dialog. */
    static void showShortcuts(Window owner) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, SHORTCUTS);
        alert.initOwner(owner);
        alert.setTitle("Keyboard shortcuts");
        alert.setHeaderText("Keyboard shortcuts");
        alert.show();
    }

    private static MenuItem item(String text, Runnable action, KeyCombination accelerator) {
        MenuItem item = new MenuItem(text);
        item.setOnAction(e -> action.run());
        if (accelerator != null) {
            item.setAccelerator(accelerator);
        }
        return item;
    }
}
