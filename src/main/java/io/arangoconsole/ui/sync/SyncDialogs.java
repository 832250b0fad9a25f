package io.arangoconsole.ui.sync;

import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;

/** The Sync pane's confirmation: names the server in its header, and "Cancel" is the default button. */
final class SyncDialogs {
    private SyncDialogs() {
    }

    static boolean confirm(Node owner, String title, String header, String text, String action) {
        ButtonType yes = new ButtonType(action, ButtonBar.ButtonData.OK_DONE);
        ButtonType no = new ButtonType("Cancel", ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, text, yes, no);
        if (owner.getScene() != null) {
            alert.initOwner(owner.getScene().getWindow());
        }
        alert.setTitle(title);
        alert.setHeaderText(header);
        ((Button) alert.getDialogPane().lookupButton(yes)).setDefaultButton(false);
        ((Button) alert.getDialogPane().lookupButton(no)).setDefaultButton(true);
        return alert.showAndWait().filter(yes::equals).isPresent();
    }
}
