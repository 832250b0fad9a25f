package io.arangoconsole.ui.common;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A job table warmed with a sample row when first shown: the sample never appears, real rows do. */
@ExtendWith(ApplicationExtension.class)
class TableWarmUpFxTest {

    private final ObservableList<String> jobs = FXCollections.observableArrayList();
    private TableView<String> table;

    @Start
    void start(Stage stage) {
        table = new TableView<>(jobs);
        TableColumn<String, String> name = new TableColumn<>("Job");
        name.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue()));
        table.getColumns().add(name);
        TableWarmUp.onFirstShow(table, "SAMPLE ROW");
        stage.setScene(new Scene(new StackPane(table), 300, 200));
        stage.show();
    }

    @Test
    void theSampleIsNeverShownAndTheFirstRealJobIs(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        assertSame(jobs, table.getItems(), "the table shows the pane's own list again");
        assertFalse(shows(robot, "SAMPLE ROW"));

        robot.interact(() -> jobs.add("va_table@db1:8529 \u2192 va_table"));

        assertTrue(shows(robot, "va_table@db1:8529 \u2192 va_table"));
        assertFalse(shows(robot, "SAMPLE ROW"));
    }

    private boolean shows(FxRobot robot, String text) {
        WaitForAsyncUtils.waitForFxEvents();
        return robot.from(table).lookup((javafx.scene.Node n) -> n instanceof Labeled l && l.isVisible()
                && text.equals(l.getText())).tryQuery().isPresent();
    }
}
