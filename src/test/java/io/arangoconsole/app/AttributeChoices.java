package io.arangoconsole.app;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Chooses a collection's freshness or breakdown attribute through its card's link and the dialog, as a DBA does. */
final class AttributeChoices {
    private AttributeChoices() {
    }

    /** {@code which} is "freshness" or "breakdown"; {@code choice} an attribute, "(none)" or "(follow detection)". */
    @SuppressWarnings("unchecked")
    static void choose(FxRobot robot, String which, String collection, String choice) throws TimeoutException {
        javafx.scene.control.Hyperlink link = robot.lookup("#change-" + which + "-" + collection)
                .queryAs(javafx.scene.control.Hyperlink.class);
        // not interact(): the dialog's showAndWait would keep the robot waiting for the click to return
        WaitForAsyncUtils.asyncFx(link::fire);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#attribute-dialog").tryQuery()
                .isPresent());
        DialogPane pane = robot.lookup("#attribute-dialog").queryAs(DialogPane.class);
        WaitForAsyncUtils.asyncFx(() -> {
            ComboBox<String> box = (ComboBox<String>) pane.lookup(".combo-box");
            box.getSelectionModel().select(choice);
            ((Button) pane.lookupButton(ButtonType.OK)).fire();
        });
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#attribute-dialog").tryQuery()
                .isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
    }
}
