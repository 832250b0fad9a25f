package io.arangoconsole.app;

import javafx.stage.Window;
import javafx.util.Duration;
import org.controlsfx.control.Notifications;

/** Shows an uncaught failure's sentence as a notification over the main window, without blocking it. FX thread. */
final class InternalErrorNotice {

    private InternalErrorNotice() {
    }

    static void show(Window owner, String sentence) {
        if (owner == null || !owner.isShowing()) {
            return;
        }
        Notifications.create().owner(owner).title("Internal error").text(sentence)
                .hideAfter(Duration.seconds(20)).showError();
    }
}
