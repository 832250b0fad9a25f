package io.arangoconsole.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.arangoconsole.sandbox.SandboxConfig;
import io.arangoconsole.ui.common.FxSnapshots;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.Label;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The console on the shop dataset, a schema it was not written for: every card shows the freshness detection
 * found (or why there is none); a DBA's change of one attribute survives a restart of the console.
 */
@ExtendWith(ApplicationExtension.class)
class ShopOverviewFxTest {

    @TempDir
    static Path home;

    private static final SandboxConfig SHOP = SandboxConfig.defaults().withDataset(SandboxConfig.Dataset.SHOP)
            .withRecords(4_000);

    @Test
    void everyCardShowsDetectedFreshnessAndAChangedAttributePersistsAcrossARestart(FxRobot robot) throws Exception {
        ConsoleWindow[] window = new ConsoleWindow[1];
        robot.interact(() -> window[0] = ConsoleWindow.open(home, SHOP));
        try {
            waitUntil(() -> robot.lookup("#count-products").tryQuery().isPresent());
            WaitForAsyncUtils.waitForFxEvents();
            for (String collection : List.of("customers", "events", "orders")) {
                String latest = text(robot, "#latest-" + collection);
                assertTrue(latest.matches(".+ \\(\\d+ (days?|h|min|s) ago\\)"), collection + ": " + latest);
            }
            String localTime = "\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d";
            for (String collection : List.of("customers", "events", "orders")) {
                assertTrue(text(robot, "#earliest-" + collection).matches(localTime),
                        "earliest as a local time, not a raw ISO string: " + text(robot, "#earliest-" + collection));
                assertTrue(text(robot, "#latest-" + collection).matches(localTime + " +\\(.+ ago\\)"),
                        "latest as a local time with its age: " + text(robot, "#latest-" + collection));
            }
            assertTrue(tip(robot, "#latest-orders").startsWith("stored as 2026-06-30T"), tip(robot, "#latest-orders"));
            assertTrue(tip(robot, "#latest-orders").contains("(ISO dates)"), tip(robot, "#latest-orders"));
            assertTrue(tip(robot, "#latest-events").contains("(epoch milliseconds) · ")
                            && tip(robot, "#latest-events").contains("· 2026-06-30T"),
                    "epoch millis read as a date, the zone in the tooltip: " + tip(robot, "#latest-events"));
            assertEquals("no freshness attribute: no persistent index", text(robot, "#freshness-note-products"));
            assertEquals("breakdown by state (detected)", text(robot, "#breakdown-orders"));
            FxSnapshots.save(robot, window[0].stage, Path.of("target", "overview-shop.png"));

            AttributeChoices.choose(robot, "freshness", "orders", "(none)");
            waitUntil(() -> robot.lookup("#freshness-note-orders").tryQuery().isPresent());
            assertEquals("no freshness attribute: cleared by the DBA", text(robot, "#freshness-note-orders"));
            waitUntil(() -> Files.exists(home.resolve("config").resolve("collection-settings.json"))
                    && Files.readString(home.resolve("config").resolve("collection-settings.json"))
                    .contains("\"orders\""));
        } finally {
            window[0].close(robot);
        }

        robot.interact(() -> window[0] = ConsoleWindow.open(home, SHOP));
        try {
            waitUntil(() -> robot.lookup("#freshness-note-orders").tryQuery().isPresent());
            assertEquals("no freshness attribute: cleared by the DBA", text(robot, "#freshness-note-orders"),
                    "the choice is saved for the sandbox profile and database shop");
            assertTrue(robot.lookup("#latest-events").tryQuery().isPresent(), "the other cards still detect");

            // A choice for a collection that no longer exists is kept and listed as unused, not an error.
            robot.interact(() -> window[0].context.overview().chooseWatermark("archived_orders", "placed_at"));
            robot.interact(() -> robot.lookup("#settingsButton").queryButton().fire());
            waitUntil(() -> robot.lookup("#settingsTable").tryQuery().map(t -> ((javafx.scene.control.TableView<?>) t)
                    .getItems().size() == 5).orElse(false));
            javafx.scene.control.TableView<io.arangoconsole.ui.overview.SettingsRow> table =
                    robot.lookup("#settingsTable").queryTableView();
            assertEquals(List.of("customers", "events", "orders", "products", "archived_orders"),
                    table.getItems().stream().map(io.arangoconsole.ui.overview.SettingsRow::collection).toList());
            assertEquals("(none) (configured)", table.getItems().get(2).freshness());
            assertEquals("ts (detected)", table.getItems().get(1).freshness());
            assertEquals("unused: the collection no longer exists; the choice is kept",
                    table.getItems().get(4).note());
            FxSnapshots.save(robot, (javafx.stage.Stage) table.getScene().getWindow(),
                    Path.of("target", "collection-settings.png"));
            robot.interact(() -> ((javafx.stage.Stage) table.getScene().getWindow()).close());
        } finally {
            window[0].close(robot);
        }
    }

    private static String tip(FxRobot robot, String query) {
        javafx.scene.control.Tooltip tip = robot.lookup(query).queryAs(javafx.scene.control.Label.class).getTooltip();
        return tip == null ? "" : tip.getText();
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    private static void waitUntil(Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, condition);
    }
}
