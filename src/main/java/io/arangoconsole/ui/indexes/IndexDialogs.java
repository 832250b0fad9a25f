package io.arangoconsole.ui.indexes;

import io.arangoconsole.core.indexes.DiffRow;
import io.arangoconsole.core.indexes.IndexJob;
import io.arangoconsole.ui.common.Confirm;
import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.Node;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** The Indexes pane's confirmations and file choosers; the cancel confirmation serves the Jobs pane too. */
public final class IndexDialogs {
    private IndexDialogs() {
    }

    /** Asks before dropping, naming the index and its collection. */
    static boolean confirmDrop(Node owner, DiffRow row) {
        String name = row.name() == null ? "[" + String.join(", ", row.fields()) + "]" : row.name();
        return confirm(owner, "Drop index", "Drop index " + name + " on collection " + row.collection() + "?",
                "Queries that use it fall back to scanning the collection until it is built again.", "Drop");
    }

    /** Asks before cancelling a running build, which drops the partly built index. */
    public static boolean confirmCancel(Node owner, IndexJob job) {
        return confirm(owner, "Cancel build", "Cancel the running build of " + job.describe() + "?",
                "ArangoDB cannot pause a build: cancelling drops the partly built index, and the work done so far "
                        + "is lost.", "Cancel build");
    }

    static Optional<Path> openPlan(Node owner) {
        File file = chooser().showOpenDialog(window(owner));
        return Optional.ofNullable(file).map(File::toPath);
    }

    static Optional<Path> savePlan(Node owner) {
        FileChooser chooser = chooser();
        chooser.setInitialFileName("index-plan.json");
        File file = chooser.showSaveDialog(window(owner));
        return Optional.ofNullable(file).map(File::toPath);
    }

    private static FileChooser chooser() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Index plan");
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("Index plans (*.json)", "*.json"),
                new FileChooser.ExtensionFilter("All files", "*.*"));
        return chooser;
    }

    /** Through the one confirmation helper: names the server, "Keep" is the default, production asks the name. */
    private static boolean confirm(Node owner, String title, String header, String text, String action) {
        return Confirm.ask(owner, title, header, text, action, "Keep");
    }

    private static Window window(Node owner) {
        return owner.getScene() == null ? null : owner.getScene().getWindow();
    }
}
