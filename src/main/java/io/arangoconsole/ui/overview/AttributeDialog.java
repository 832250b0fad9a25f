package io.arangoconsole.ui.overview;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.ChoiceDialog;
import javafx.stage.Window;

/**
 * Asks the DBA which attribute a collection uses for freshness or breakdown: one of the attributes seen in its
 * indexes and sample, "detected" (follow detection) or "none".
 */
final class AttributeDialog {
    static final String DETECTED = "(follow detection)";
    static final String NONE = "(none)";

    private AttributeDialog() {
    }

    /**
     * Shows the dialog; the answer is an attribute name, {@code ""} for none, or null for "follow detection";
     * empty when cancelled.
     */
    static Optional<Optional<String>> ask(Window owner, String what, CollectionCard card, String current) {
        List<String> choices = new ArrayList<>(List.of(DETECTED, NONE));
        choices.addAll(card.attributes());
        ChoiceDialog<String> dialog = new ChoiceDialog<>(current != null && choices.contains(current) ? current
                : DETECTED, choices);
        dialog.initOwner(owner);
        dialog.setTitle(what + " of " + card.collection());
        dialog.setHeaderText(what + " attribute of " + card.collection());
        dialog.setContentText("Attribute:");
        dialog.getDialogPane().setId("attribute-dialog");
        return dialog.showAndWait().map(choice -> choice.equals(DETECTED) ? Optional.empty()
                : Optional.of(choice.equals(NONE) ? "" : choice));
    }
}
