package io.arangoconsole.ui.connections;

import io.arangoconsole.core.connection.SecretStore;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.VBox;

/** Asks for a password no keychain keeps; it stays in memory for this run only. */
final class PasswordDialog {

    private final Node owner;

    PasswordDialog(Node owner) {
        this.owner = owner;
    }

    Optional<String> ask(String profile, SecretStore.Side side) {
        PasswordField field = new PasswordField();
        field.setId("promptPasswordField");
        Dialog<String> dialog = new Dialog<>();
        dialog.setTitle("Password for '" + profile + "'");
        if (owner.getScene() != null) {
            dialog.initOwner(owner.getScene().getWindow());
        }
        String which = side == SecretStore.Side.REPLICA ? "the replica of '" + profile + "'" : "'" + profile + "'";
        dialog.getDialogPane().setContent(new VBox(8, new Label("Password or token for " + which
                + ". It is kept in memory until the console exits."), field));
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.setResultConverter(b -> b == ButtonType.OK ? field.getText() : null);
        dialog.setOnShown(e -> field.requestFocus());
        return dialog.showAndWait();
    }
}
