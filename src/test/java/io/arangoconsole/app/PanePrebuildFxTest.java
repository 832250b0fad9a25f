package io.arangoconsole.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.arangoconsole.ui.common.PaneActivity;
import io.arangoconsole.ui.common.TableWarmUp;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.Scene;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A pane styled ahead of its first opening (decision 0075): its controls get their skins and its job table its warm
 * cells in the scratch scene, and it does not start polling there; it polls once it is the pane shown, and stops
 * when it no longer is.
 */
@ExtendWith(ApplicationExtension.class)
class PanePrebuildFxTest {
    private final List<String> polling = new ArrayList<>();
    private final ObservableList<String> jobs = FXCollections.observableArrayList();
    private Stage stage;
    private StackPane content;
    private VBox pane;
    private ChoiceBox<String> choice;
    private TableView<String> table;

    @Start
    void start(Stage primary) {
        stage = primary;
        content = new StackPane();
        stage.setScene(new Scene(content, 800, 600));
        stage.show();
        choice = new ChoiceBox<>(FXCollections.observableArrayList("ArangoDB", "File"));
        table = new TableView<>(jobs);
        TableColumn<String, String> name = new TableColumn<>("Job");
        name.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue()));
        table.getColumns().add(name);
        TableWarmUp.onFirstShow(table, "SAMPLE");
        pane = new VBox(choice, table);
        PaneActivity.whileShown(pane, () -> polling.add("start"), () -> polling.add("stop"));
    }

    @Test
    void aPaneStyledAheadHasItsSkinsAndPollsOnlyOnceShown(FxRobot robot) {
        assertNull(choice.getSkin(), "not styled before");

        robot.interact(() -> PanePrebuild.style(stage, pane));
        WaitForAsyncUtils.waitForFxEvents();

        assertNotNull(choice.getSkin(), "the choice box's skin is made ahead of the opening");
        assertNotNull(table.lookup(".table-row-cell"), "the job table's rows are made ahead of the opening");
        assertSame(jobs, table.getItems(), "the table shows its own list again");
        assertNull(pane.getScene(), "the pane is out of the scratch scene again");
        assertEquals(List.of(), polling, "styling in a scratch scene starts no polling");

        robot.interact(() -> content.getChildren().setAll(pane));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("start"), polling, "shown: polls");

        robot.interact(() -> content.getChildren().clear());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("start", "stop"), polling, "another pane shown: stops");
    }

    @Test
    void aPaneAlreadyShownIsLeftWhereItIs(FxRobot robot) {
        robot.interact(() -> content.getChildren().setAll(pane));
        robot.interact(() -> PanePrebuild.style(stage, pane));
        WaitForAsyncUtils.waitForFxEvents();
        assertSame(stage.getScene(), pane.getScene());
        assertEquals(List.of("start"), polling);
    }
}
