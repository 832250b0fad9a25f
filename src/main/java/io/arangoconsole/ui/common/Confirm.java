package io.arangoconsole.ui.common;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;

/**
 * The one confirmation for destructive actions (drop, kill, cancel a build, delete a profile, clear the slow log, a
 * full re-sync): it names the server, the safe choice is the default button (Enter keeps), and on a production
 * profile the action button stays disabled until the profile's name is typed.
 */
public final class Confirm {
    private Confirm() {
    }

    /**
     * Asks; true only when the user chose {@code action}.
     *
     * @param question    "Drop index idx_status on collection va_table?"
     * @param consequence what happens, in a sentence
     * @param action      the destructive button's text ("Drop")
     * @param safe        the safe button's text ("Keep")
     */
    public static boolean ask(Node owner, String title, String question, String consequence, String action,
                              String safe) {
        return build(owner, title, question, consequence, action, safe).showAndWait()
                .filter(b -> b.getButtonData() == ButtonBar.ButtonData.OTHER).isPresent();
    }

    /** The dialog, not shown (tests drive it). */
    public static Alert build(Node owner, String title, String question, String consequence, String action,
                              String safe) {
        ServerGuard guard = ServerGuard.of(owner);
        ButtonType yes = new ButtonType(action, ButtonBar.ButtonData.OTHER);
        ButtonType no = new ButtonType(safe, ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "", yes, no);
        if (owner != null && owner.getScene() != null) {
            alert.initOwner(owner.getScene().getWindow());
        }
        alert.setTitle(title);
        alert.setHeaderText(question);
        Label where = new Label("On " + (guard.profile().isBlank() ? "" : guard.profile() + ", ")
                + guard.server() + (guard.environment().guarded() ? " (PRODUCTION)." : "."));
        where.setId("confirmServer");
        where.setWrapText(true);
        Label what = new Label(consequence);
        what.setWrapText(true);
        VBox content = new VBox(8, where, what);
        Button destructive = (Button) alert.getDialogPane().lookupButton(yes);
        Button keep = (Button) alert.getDialogPane().lookupButton(no);
        destructive.setDefaultButton(false);
        destructive.setId("confirmAction");
        destructive.getStyleClass().add("danger");
        keep.setDefaultButton(true);
        keep.setId("confirmKeep");
        if (guard.typedNameRequired()) {
            where.getStyleClass().add("env-production-text");
            TextField typed = new TextField();
            typed.setId("confirmTypedName");
            typed.setPromptText(guard.profile());
            typed.setAccessibleText("Type the profile name " + guard.profile() + " to confirm");
            destructive.disableProperty().bind(typed.textProperty().isNotEqualTo(guard.profile()));
            content.getChildren().addAll(new Label("This is production. Type the profile's name, "
                    + guard.profile() + ", to " + action.toLowerCase(java.util.Locale.ROOT) + ":"), typed);
            Platform.runLater(typed::requestFocus);
        }
        alert.getDialogPane().setContent(content);
        return alert;
    }
}
