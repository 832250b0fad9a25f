package io.arangoconsole.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.concurrent.TimeUnit;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.scene.Scene;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A narrow column cuts a long message off; hovering its cell shows the whole message. */
@ExtendWith(ApplicationExtension.class)
class TextTipCellFxTest {

    private static final String MESSAGE = "unique constraint violated: va_table [task_id] has duplicates";

    @Start
    void start(Stage stage) {
        TableView<String> table = new TableView<>(FXCollections.observableArrayList(MESSAGE, ""));
        TableColumn<String, String> column = new TableColumn<>("Message");
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue()));
        column.setCellFactory(c -> new TextTipCell<>(480));
        column.setPrefWidth(90);
        TableColumn<String, String> shortName = new TableColumn<>("Job");
        shortName.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().isEmpty() ? "" : "short"));
        shortName.setCellFactory(c -> new TextTipCell<>(0, row -> "in full: " + row));
        shortName.setPrefWidth(80);
        table.getColumns().add(column);
        table.getColumns().add(shortName);
        stage.setScene(new Scene(table, 300, 160));
        stage.show();
    }

    @Test
    void hoveringACutOffCellShowsItsWholeText(FxRobot robot) throws Exception {
        TableCell<?, ?> cell = robot.lookup(".table-cell").match((TableCell<?, ?> c) -> MESSAGE.equals(c.getText()))
                .query();
        assertNull(cell.getTooltip(), "no tooltip is made before anyone hovers");
        robot.moveTo(cell);
        robot.moveBy(3, 0);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> cell.getTooltip() != null
                && cell.getTooltip().isShowing());
        Tooltip tip = cell.getTooltip();
        assertEquals(MESSAGE, tip.getText());
    }

    @Test
    void aShortNameShowsTheLongOneOnHover(FxRobot robot) throws Exception {
        TableCell<?, ?> cell = robot.lookup(".table-cell").match((TableCell<?, ?> c) -> "short".equals(c.getText()))
                .query();
        robot.moveTo(cell);
        robot.moveBy(3, 0);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> cell.getTooltip() != null
                && cell.getTooltip().isShowing());
        assertEquals("in full: " + MESSAGE, cell.getTooltip().getText());
    }

    @Test
    void anEmptyCellGetsNoTooltip(FxRobot robot) {
        TableCell<?, ?> empty = robot.lookup(".table-cell").match((TableCell<?, ?> c) -> c.getIndex() == 1)
                .query();
        robot.moveTo(empty);
        robot.moveBy(3, 0);
        WaitForAsyncUtils.waitForFxEvents();
        assertNull(empty.getTooltip());
    }
}
