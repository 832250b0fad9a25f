package io.arangoconsole.ui.common;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.arangoconsole.core.connection.Environment;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The confirmation of a destructive action: the safe choice is the default, production wants its name typed. */
@ExtendWith(ApplicationExtension.class)
class ConfirmFxTest {
    private Button drop;
    private Scene scene;

    @Start
    void start(Stage stage) {
        drop = new Button("Drop");
        scene = new Scene(new StackPane(drop), 300, 100);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void onProductionTheDropStaysDisabledUntilTheProfileNameIsTyped(FxRobot robot) throws Exception {
        robot.interact(() -> ServerGuard.install(scene, () -> new ServerGuard("prod-eu", Environment.PRODUCTION,
                "https://db1:8529, database demo")));
        Alert alert = WaitForAsyncUtils.asyncFx(() -> Confirm.build(drop, "Drop index", "Drop idx_status?",
                "Queries fall back to scans.", "Drop", "Keep")).get();
        robot.interact(alert::show);

        Button action = (Button) alert.getDialogPane().lookup("#confirmAction");
        Button keep = (Button) alert.getDialogPane().lookup("#confirmKeep");
        Label where = (Label) alert.getDialogPane().lookup("#confirmServer");
        assertTrue(where.getText().contains("prod-eu") && where.getText().contains("https://db1:8529"),
                where.getText());
        assertTrue(keep.isDefaultButton(), "Enter keeps the index");
        assertFalse(action.isDefaultButton());
        assertTrue(action.isDisabled(), "refused until the name is typed");

        TextField typed = (TextField) alert.getDialogPane().lookup("#confirmTypedName");
        robot.interact(() -> typed.setText("prod-e"));
        assertTrue(action.isDisabled());
        robot.interact(() -> typed.setText("prod-eu"));
        assertFalse(action.isDisabled());
        robot.interact(() -> action.fire());
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !alert.isShowing());
        assertTrue(alert.getResult() != null && alert.getResult().getButtonData() == ButtonBar.ButtonData.OTHER);
    }

    @Test
    void elsewhereTheSafeButtonIsTheDefaultAndNoNameIsAsked(FxRobot robot) throws Exception {
        robot.interact(() -> ServerGuard.install(scene, () -> new ServerGuard("dev", Environment.DEVELOPMENT,
                "http://localhost:8529, database demo")));
        Alert alert = WaitForAsyncUtils.asyncFx(() -> Confirm.build(drop, "Kill", "Kill query 12?", "It stops.",
                "Kill", "Keep running")).get();
        robot.interact(alert::show);

        assertTrue(((Button) alert.getDialogPane().lookup("#confirmKeep")).isDefaultButton());
        assertFalse(alert.getDialogPane().lookup("#confirmAction").isDisabled());
        assertTrue(alert.getDialogPane().lookup("#confirmTypedName") == null);
        robot.interact(alert::close);
    }
}
