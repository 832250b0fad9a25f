package io.arangoconsole.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.Scene;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The table helper as a DBA uses it: a refresh keeps the selection, Ctrl+C copies TSV, Ctrl+F searches, sorting. */
@ExtendWith(ApplicationExtension.class)
class DataTableFxTest {

    record Query(String id, String text, long runtime) {
    }

    private final ObservableList<Query> rows = FXCollections.observableArrayList();
    private TableView<Query> table;
    private DataTable<Query> helper;

    @Start
    void start(Stage stage) {
        table = new TableView<>();
        table.setId("queries");
        TableColumn<Query, String> id = new TableColumn<>("Id");
        id.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().id()));
        TableColumn<Query, String> text = new TableColumn<>("Query");
        text.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().text()));
        text.setPrefWidth(60);
        TableColumn<Query, Long> runtime = new TableColumn<>("Runtime");
        runtime.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().runtime()));
        table.getColumns().setAll(List.of(id, text, runtime));
        rows.setAll(sample(1));
        VBox root = new VBox(table);
        // a theme's font, larger than the default one (AtlantaFX draws 14 px): headers are measured in it
        root.setStyle("-fx-font-size: 15px;");
        helper = DataTable.of(table, rows, Query::id);
        stage.setScene(new Scene(root, 500, 300));
        stage.show();
    }

    private static List<Query> sample(long tick) {
        return List.of(new Query("11", "FOR d IN c FILTER d.a == 1 RETURN d", 3 + tick),
                new Query("12", "FOR d IN c SORT d.b RETURN d", 1 + tick),
                new Query("13", "RETURN LENGTH(c)", 2 + tick));
    }

    @Test
    void aNewRowAddedBelowTheVisibleRowsIsScrolledIntoView(FxRobot robot) {
        robot.interact(() -> {
            helper.followNewRows();
            for (int i = 20; i < 60; i++) {
                rows.add(new Query(String.valueOf(i), "RETURN " + i, i));
            }
        });
        // The cells follow on the next layout pulse, which a loaded machine may delay past a few FX events.
        try {
            WaitForAsyncUtils.waitFor(5, java.util.concurrent.TimeUnit.SECONDS, () -> robot.from(table)
                    .lookup((javafx.scene.Node n) -> n instanceof javafx.scene.control.TableRow<?> r
                            && r.isVisible() && !r.isEmpty() && r.getItem() instanceof Query q && "59".equals(q.id())
                            && r.localToScene(r.getBoundsInLocal()).getMaxY()
                                    <= table.localToScene(table.getBoundsInLocal()).getMaxY() + 1)
                    .tryQuery().isPresent());
        } catch (java.util.concurrent.TimeoutException e) {
            String seen = robot.from(table).lookup((javafx.scene.Node n) -> n instanceof javafx.scene.control.TableRow<?> r
                    && r.isVisible() && !r.isEmpty()).queryAll().stream().map(n -> (javafx.scene.control.TableRow<?>) n)
                    .map(r -> ((Query) r.getItem()).id() + "@" + r.localToScene(r.getBoundsInLocal()).getMaxY())
                    .toList().toString();
            throw new AssertionError("the newest build of a long queue is on screen, not below the visible rows; rows "
                    + seen + ", table bottom " + table.localToScene(table.getBoundsInLocal()).getMaxY() + ", table h "
                    + table.getHeight() + ", flow " + table.lookup(".virtual-flow").getLayoutBounds() + " at "
                    + table.lookup(".virtual-flow").localToScene(0, 0) + ", scene h " + table.getScene().getHeight()
                    + ", window h " + table.getScene().getWindow().getHeight(), e);
        }
    }

    @Test
    void noHeaderIsCutNotEvenOfAColumnAddedLaterOrNarrowerThanItsTitle(FxRobot robot) {
        TableColumn<Query, String> late = new TableColumn<>("Estimated documents read");
        late.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().text()));
        late.setPrefWidth(40);
        robot.interact(() -> table.getColumns().add(late));
        WaitForAsyncUtils.waitForFxEvents();

        for (javafx.scene.Node node : table.lookupAll(".column-header .label")) {
            javafx.scene.control.Labeled header = (javafx.scene.control.Labeled) node;
            javafx.scene.text.Text shown = (javafx.scene.text.Text) header.lookup(".text");
            assertEquals(header.getText(), shown.getText(), "the header '" + header.getText() + "' is cut");
        }
    }

    @Test
    void aRefreshThatReplacesEveryRowKeepsTheSelection(FxRobot robot) {
        robot.clickOn("12");
        robot.interact(() -> rows.setAll(sample(2)));
        robot.interact(() -> rows.setAll(sample(3)));

        Query selected = table.getSelectionModel().getSelectedItem();
        assertEquals("12", selected == null ? null : selected.id(), "the 2 s refresh must not clear the selection");
    }

    @Test
    void ctrlCCopiesTheSelectedRowsAsTsvWithTheHeader(FxRobot robot) throws Exception {
        robot.clickOn("13");
        robot.press(KeyCode.CONTROL).press(KeyCode.C).release(KeyCode.C).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();

        String copied = WaitForAsyncUtils.asyncFx(() -> Clipboard.getSystemClipboard().getString()).get();
        assertEquals("Id\tQuery\tRuntime\n13\tRETURN LENGTH(c)\t3\n", copied);
    }

    @Test
    void theSearchBoxFiltersRowsAndCtrlFFocusesIt(FxRobot robot) {
        robot.clickOn("11");
        robot.press(KeyCode.CONTROL).press(KeyCode.F).release(KeyCode.F).release(KeyCode.CONTROL);
        assertTrue(helper.searchField().isFocused(), "Ctrl+F in the table goes to its search box");
        robot.write("sort");

        assertEquals(List.of("12"), table.getItems().stream().map(Query::id).toList());
    }

    @Test
    void columnsSortAndACutCellShowsItsWholeTextOnHover(FxRobot robot) throws Exception {
        robot.clickOn("Runtime");
        assertEquals(List.of("12", "13", "11"), table.getItems().stream().map(Query::id).toList());

        TableCell<?, ?> cell = robot.lookup(".table-cell")
                .match((TableCell<?, ?> c) -> "FOR d IN c SORT d.b RETURN d".equals(c.getText())).query();
        assertFalse(cell.getWidth() > 300, "the column fits its content up to a limit");
        robot.interact(() -> table.getColumns().get(1).setPrefWidth(60));
        robot.moveTo(cell).moveBy(2, 0);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> cell.getTooltip() != null);
        assertEquals("FOR d IN c SORT d.b RETURN d", cell.getTooltip().getText());
    }
}
