package io.arangoconsole.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.arangoconsole.ui.common.PaneActivity;
import io.arangoconsole.ui.common.TableWarmUp;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.Scene;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A pane put hidden in the window's content area ahead of its first opening (decision 0085) gets its skins, its job
 * table's warm cells and its layout at the area's size there, unseen and without polling; opening it makes it visible
 * in the same scene (nothing re-styled), starts its polling and stops the previous pane's.
 */
@ExtendWith(ApplicationExtension.class)
class PaneStackFxTest {
    private final List<String> polling = new ArrayList<>();
    private final ObservableList<String> jobs = FXCollections.observableArrayList();
    private Stage stage;
    private PaneStack content;
    private VBox first;
    private VBox pane;
    private ChoiceBox<String> choice;
    private TableView<String> table;

    @Start
    void start(Stage primary) {
        stage = primary;
        content = new PaneStack();
        first = new VBox(new Label("Overview"));
        content.show(first);
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
        PaneActivity.whileShown(first, () -> polling.add("first start"), () -> polling.add("first stop"));
    }

    @Test
    void aPaneAddedHiddenIsStyledAndLaidOutUnseenAndPollsOnlyOnceShown(FxRobot robot) throws Exception {
        assertNull(choice.getSkin(), "not styled before");
        assertEquals(List.of("first start"), polling, "the pane shown polls");

        robot.interact(() -> content.addHidden(pane));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> choice.getSkin() != null && table.lookup(
                ".table-row-cell") != null && pane.getWidth() == content.getWidth());
        WaitForAsyncUtils.waitForFxEvents();

        assertNotNull(choice.getSkin(), "the choice box's skin is made ahead of the opening");
        assertSame(jobs, table.getItems(), "the job table shows its own list again after its warm-up");
        assertEquals(content.getWidth(), pane.getWidth(), "laid out at the area's size while hidden");
        assertFalse(pane.isVisible(), "not seen before it is opened");
        assertSame(first, content.shown());
        assertEquals(List.of("first start"), polling, "a hidden pane starts no polling");

        Scene scene = pane.getScene();
        robot.interact(() -> content.show(pane));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(pane.isVisible());
        assertFalse(first.isVisible(), "one pane shown at a time");
        assertSame(scene, pane.getScene(), "opened in the scene it was styled in");
        assertSame(pane, content.getChildren().get(0), "the shown pane is found first by a lookup");
        assertEquals(List.of(pane), content.getChildrenUnmodifiable(), "a robot's query finds no hidden pane");
        assertEquals(List.of("first start", "start", "first stop"), polling, "shown: polls; the other stops");

        robot.interact(() -> content.show(first));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("first start", "start", "first stop", "first start", "stop"), polling);
    }

    @Test
    void theAreaTakesTheSizeOfThePaneShownAlone(FxRobot robot) {
        Label wide = new Label("a hidden pane far wider than the one shown");
        wide.setMinWidth(5_000);
        robot.interact(() -> content.addHidden(new VBox(wide)));
        WaitForAsyncUtils.waitForFxEvents();
        double[] min = new double[1];
        robot.interact(() -> min[0] = content.minWidth(-1));
        assertTrue(min[0] < 1_000, "a hidden pane's minimum width does not widen the window's content: " + min[0]);
    }
}
