package io.arangoconsole.ui.indexes;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.arangodb.ArangoDatabase;
import io.arangoconsole.core.arango.ArangoClients;
import io.arangoconsole.core.arango.InsightArango;
import io.arangoconsole.core.indexes.DiffRow;
import io.arangoconsole.core.indexes.IndexPlanStore;
import io.arangoconsole.core.insight.ShapeHistory;
import io.arangoconsole.core.insight.ShapeWatch;
import io.arangoconsole.sandbox.store.Json;
import io.arangoconsole.ui.common.Views;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableRow;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Indexes pane's "Workload use" column and tab, headless, on the shop sandbox: before any watch every index says
 * "not observed yet"; after a watched workload the index its queries read shows their shape and runs, an index no
 * shape read says "unused by the observed workload since ...", and the tab lists the shape reading the selected one.
 */
@ExtendWith(ApplicationExtension.class)
class WorkloadUseFxTest {
    private static final long CEILING_SECONDS = 30;
    private static ShopIndexes shop;
    private static ArangoClients clients;
    private static IndexesViewModel model;
    private static ShapeWatch watch;

    @BeforeAll
    static void connect() throws Exception {
        shop = ShopIndexes.start();
        clients = new ArangoClients();
        Path dir = Files.createTempDirectory("workload-use");
        model = shop.connect(new IndexPlanStore(dir));
        watch = new ShapeWatch(ShapeHistory.load(dir.resolve(ShapeHistory.FILE_NAME), 100, Clock.systemUTC()));
    }

    @AfterAll
    static void close() {
        clients.close();
        shop.close();
    }

    @Start
    void start(Stage stage) {
        stage.setScene(new Scene(Views.load(new IndexesView(model)), 1280, 800));
        stage.show();
    }

    @Test
    void theColumnAndTabSayWhatTheWatchedWorkloadRead(FxRobot robot) throws Exception {
        robot.interact(() -> model.useWorkloadUsage(() -> watch.usage("s")));
        waitForCell(robot, "orders", "state", "not observed yet");
        waitForCell(robot, "customers", "segment", "not observed yet");

        shop.sandbox().engine().tracker().updateProperties((com.fasterxml.jackson.databind.node.ObjectNode)
                Json.parse("{\"slowQueryThreshold\":0,\"maxSlowQueries\":100}"));
        ArangoDatabase db = clients.client(shop.target()).db("shop");
        for (String state : List.of("paid", "shipped", "cancelled")) {
            db.query("FOR o IN orders FILTER o.state == @s RETURN o._key", String.class, Map.of("s", state))
                    .asListRemaining();
        }
        watch.poll("s", new InsightArango(clients, shop.target()));
        robot.interact(() -> model.workloadUsage().refresh());

        String read = waitForCell(robot, "orders", "state", "1 shape, 3 runs, last ");
        String unused = waitForCell(robot, "customers", "segment", "unused by the observed workload since ");
        assertTrue(read.startsWith("1 shape, 3 runs, last 20"), read);
        assertTrue(unused.matches("unused by the observed workload since 20\\d\\d-\\d\\d-\\d\\d .*"), unused);

        DiffRow state = model.rows().stream().filter(r -> r.collection().equals("orders")
                && r.fields().equals(List.of("state"))).findFirst().orElseThrow();
        robot.interact(() -> model.selectedProperty().set(state));
        robot.clickOn("Workload use");
        Label detail = robot.lookup("#usageDetail").queryAs(Label.class);
        waitFor("the tab lists the shape reading orders.state", () -> detail.isVisible()
                && detail.getScene() != null && detail.getText().contains("is read by the latest plan of:")
                && detail.getText().contains("3 runs, last ")
                && detail.getText().contains("FOR o IN orders FILTER o.state == @s RETURN o._key"),
                detail::getText);
    }

    /**
     * The text of the Workload use cell of {@code collection}'s index on {@code field} once a layout pulse shows it
     * starting with {@code prefix}; fails only after the ceiling.
     */
    private static String waitForCell(FxRobot robot, String collection, String field, String prefix)
            throws Exception {
        String[] seen = {null};
        waitFor(collection + "." + field + " reads '" + prefix + "...'", () -> {
            seen[0] = usageCell(robot, collection, field).map(TableCell::getText).orElse(null);
            return seen[0] != null && seen[0].startsWith(prefix);
        }, () -> seen[0]);
        return seen[0];
    }

    private static Optional<TableCell<?, ?>> usageCell(FxRobot robot, String collection, String field) {
        return robot.lookup("#diffTable").lookup(".table-row-cell").queryAll().stream()
                .filter(n -> n.isVisible() && n instanceof TableRow<?> r && r.getItem() instanceof DiffRow d
                        && d.collection().equals(collection) && d.fields().equals(List.of(field)))
                .flatMap(row -> row.lookupAll(".table-cell").stream())
                .filter(n -> n instanceof TableCell<?, ?> c && c.getTableColumn() != null
                        && "Workload use".equals(c.getTableColumn().getText()))
                .<TableCell<?, ?>>map(n -> (TableCell<?, ?>) n).findFirst();
    }

    private static void waitFor(String what, java.util.concurrent.Callable<Boolean> condition,
                                java.util.function.Supplier<String> shown) throws Exception {
        try {
            WaitForAsyncUtils.waitFor(CEILING_SECONDS, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(condition)
                    .get());
        } catch (TimeoutException e) {
            throw new AssertionError(what + " within " + CEILING_SECONDS + " s; shown: '" + shown.get() + "'", e);
        }
    }
}
