package io.arangoconsole.app;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.arangoconsole.core.connection.AuthMethod;
import io.arangoconsole.core.connection.ConnectionProfile;
import io.arangoconsole.core.connection.Environment;
import io.arangoconsole.core.connection.ReplicaMode;
import io.arangoconsole.core.connection.WireProtocol;
import io.arangoconsole.core.indexes.DiffRow;
import io.arangoconsole.core.indexes.DiffStatus;
import io.arangoconsole.sandbox.Sandbox;
import io.arangoconsole.sandbox.SandboxConfig;
import io.arangoconsole.sandbox.SandboxMode;
import io.arangoconsole.sandbox.cluster.ClusterOptions;
import io.arangoconsole.settings.ProfileStore;
import io.arangoconsole.settings.ProfilesDto;
import io.arangoconsole.settings.Theme;
import io.arangoconsole.settings.WindowGeometry;
import io.arangoconsole.testing.FaultsApi;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Indexes and Jobs panes on a profile of the sandbox cluster's three coordinators: an index build held part-way
 * shows "N% across 3 shards" in the Indexes pane's queue and in the Jobs pane, and finishes there once released; a
 * rebalance executed from the Cluster pane shows one job per move in the Jobs pane, each finished in the end.
 */
@ExtendWith(ApplicationExtension.class)
class ClusterJobsFxTest {
    /** A chunk's pause long enough that only the release ends it: the build is held after its first chunk. */
    private static final long HELD_MILLIS = 600_000;
    private static final Pattern ELAPSED = Pattern.compile("elapsed ([^\u00b7]+?)( \u00b7|$)");
    private static final Pattern PART_WAY = Pattern.compile("([1-9]|[1-9]\\d)% across 3 shards");

    @TempDir
    static Path home;
    private static Sandbox cluster;
    private ConsoleWindow window;

    @BeforeAll
    static void saveClusterProfile() throws Exception {
        cluster = Sandbox.start(SandboxConfig.defaults().withRecords(3_000), SandboxMode.cluster(
                ClusterOptions.defaults().withTimings(ClusterOptions.Timings.REFERENCE.scaledDown(10)))
                .withFaultsApi());
        ConnectionProfile profile = new ConnectionProfile("cluster", cluster.urls(), ReplicaMode.NONE, List.of(), "",
                "demo", "root", AuthMethod.PASSWORD, false, "", true, WireProtocol.HTTP2, 5, 10,
                Environment.STAGING);
        new ProfileStore(home.resolve("config")).save(new ProfilesDto(ProfilesDto.CURRENT_VERSION, "cluster",
                List.of(profile)));
    }

    @AfterAll
    static void stopCluster() {
        cluster.close();
    }

    @Start
    void start(Stage primary) {
        window = ConsoleWindow.open(home, SandboxConfig.defaults().withRecords(10), c -> {
            c.settings().windowProperty().set(new WindowGeometry(0, 0, 1280, 800, false));
            c.settings().themeProperty().set(Theme.LIGHT);
        });
    }

    @AfterEach
    void close(FxRobot robot) {
        cluster.faults().indexBuildDelay(0);
        window.close(robot);
    }

    @Test
    void anIndexBuildShowsItsProgressAcrossThreeShardsInIndexesAndJobs(FxRobot robot) throws Exception {
        startHeldBuild(robot);

        waitUntil(() -> shown(robot, "#jobTable").stream().anyMatch(t -> PART_WAY.matcher(t).matches()),
                () -> "the Indexes pane's queue shows " + shown(robot, "#jobTable"));
        robot.clickOn("Jobs");
        waitUntil(() -> shown(robot, "#jobsTable").stream().anyMatch(t -> PART_WAY.matcher(t).matches()),
                () -> "the Jobs pane shows " + shown(robot, "#jobsTable"));

        cluster.faults().indexBuildDelay(0);
        waitUntil(() -> shown(robot, "#jobsTable").contains("100% across 3 shards"),
                () -> "released, the Jobs pane shows " + shown(robot, "#jobsTable"));
        assertFalse(shown(robot, "#jobsTable").stream().anyMatch(t -> PART_WAY.matcher(t).matches()),
                "the finished build no longer shows part-way: " + shown(robot, "#jobsTable"));

        // the same build's elapsed time reads the same in both panes (it once read 7.9 ms in one and 7 ms in the other);
        // compared once the build is done, when its time no longer moves (100% can show while it still runs)
        waitUntil(() -> shown(robot, "#jobsTable").stream().anyMatch(t -> t.startsWith("done"))
                        && elapsed(shown(robot, "#jobsTable")) != null,
                () -> "no finished build with an elapsed time in the Jobs pane: " + shown(robot, "#jobsTable"));
        String inJobs = elapsed(shown(robot, "#jobsTable"));
        robot.clickOn("Indexes");
        waitUntil(() -> shown(robot, "#jobTable").contains(inJobs),
                () -> "the Jobs pane says elapsed " + inJobs + ", the Indexes pane's queue shows "
                        + shown(robot, "#jobTable"));
    }

    /** The duration after "elapsed " in the first text that has one, or null. */
    private static String elapsed(List<String> texts) {
        for (String t : texts) {
            java.util.regex.Matcher m = ELAPSED.matcher(t);
            if (m.find()) {
                return m.group(1);
            }
        }
        return null;
    }

    @Test
    void aRebalancesMovesAppearInJobsAndFinish(FxRobot robot) throws Exception {
        robot.clickOn("Cluster");
        waitUntil(() -> robot.lookup("#clusterSummary").queryLabeled().getText().startsWith("3 of 3 DB-Servers"));
        new FaultsApi(cluster.url(), "").post("/_admin/cluster/resignLeadership",
                "{\"server\":\"DBServer0003\"}", 202);
        TableView<?> moves = robot.lookup("#clusterMoves").queryTableView();
        // the resignation is an agency job: propose again until the server has moves to offer
        waitUntil(() -> {
            if (moves.getItems().isEmpty() && !robot.lookup("#clusterPropose").queryButton().isDisabled()) {
                robot.interact(() -> robot.lookup("#clusterPropose").queryButton().fire());
            }
            return !moves.getItems().isEmpty();
        });
        int proposed = moves.getItems().size();
        waitUntil(() -> !robot.lookup("#clusterExecute").queryButton().isDisabled());
        robot.clickOn("#clusterExecute");
        waitUntil(() -> robot.lookup("Move shards").tryQuery().isPresent());
        robot.clickOn("Move shards");

        robot.clickOn("Jobs");
        waitUntil(() -> moveRows(robot).size() == proposed,
                () -> proposed + " moves proposed, the Jobs pane shows " + moveRows(robot));
        waitUntil(() -> moveRows(robot).stream().allMatch(r -> r.contains("finished")),
                () -> "not every move finished: " + moveRows(robot));
        assertTrue(moveRows(robot).stream().allMatch(r -> r.contains("100%")), moveRows(robot).toString());
    }

    @Test
    void cancellingARunningBuildAsksFirstAndEnterKeepsItBuilding(FxRobot robot) throws Exception {
        startHeldBuild(robot);
        robot.clickOn("Jobs");
        waitUntil(() -> shown(robot, "#jobsTable").stream().anyMatch(t -> PART_WAY.matcher(t).matches()),
                () -> "the Jobs pane shows " + shown(robot, "#jobsTable"));
        javafx.scene.control.Button cancel = robot.lookup("#jobsTable").lookup("#jobCancel").queryAll().stream()
                .map(n -> (javafx.scene.control.Button) n).filter(b -> b.isVisible() && !b.isDisabled())
                .findFirst().orElseThrow();

        // the dialog waits for an answer: fire from a later FX event
        javafx.application.Platform.runLater(cancel::fire);
        waitUntil(() -> robot.lookup("#confirmKeep").tryQuery().isPresent());
        assertTrue(robot.lookup("#confirmKeep").queryButton().isDefaultButton(), "Keep, the safe choice, is the default");
        robot.type(javafx.scene.input.KeyCode.ENTER);
        waitUntil(() -> robot.lookup("#confirmKeep").tryQuery().isEmpty());
        assertTrue(shown(robot, "#jobsTable").stream().anyMatch(t -> PART_WAY.matcher(t).matches()),
                "Enter kept the build going: " + shown(robot, "#jobsTable"));
        assertFalse(shown(robot, "#jobsTable").stream().anyMatch(t -> t.startsWith("cancelled")),
                shown(robot, "#jobsTable").toString());

        javafx.application.Platform.runLater(cancel::fire);
        waitUntil(() -> robot.lookup("#confirmAction").tryQuery().isPresent());
        robot.clickOn(robot.lookup("#confirmAction").queryAs(Node.class));
        waitUntil(() -> shown(robot, "#jobsTable").stream().anyMatch(t -> t.contains("Cancelling")
                        || t.startsWith("cancelled")),
                () -> "confirmed, the Jobs pane shows " + shown(robot, "#jobsTable"));
        // the sandbox holds the build between chunks; its drop comes once the build moves again
        cluster.faults().indexBuildDelay(0);
        waitUntil(() -> shown(robot, "#jobsTable").stream().anyMatch(t -> t.startsWith("cancelled")),
                () -> "confirmed, the Jobs pane shows " + shown(robot, "#jobsTable"));
    }

    /**
     * In the Indexes pane, creates a missing single-field index of va_table while the sandbox holds every build
     * after its first chunk, so it stays part-way until the test releases it.
     */
    private static void startHeldBuild(FxRobot robot) throws TimeoutException {
        robot.clickOn("Indexes");
        TableView<DiffRow> diff = robot.lookup("#diffTable").queryTableView();
        waitUntil(() -> diff.getItems().stream().anyMatch(r -> r.status() == DiffStatus.MISSING));
        DiffRow missing = diff.getItems().stream().filter(r -> r.status() == DiffStatus.MISSING
                && r.collection().equals("va_table") && r.fields().size() == 1).findFirst().orElseThrow();
        cluster.faults().indexBuildDelay(HELD_MILLIS);
        robot.interact(() -> diff.getSelectionModel().select(missing));
        waitUntil(() -> !robot.lookup("#createButton").queryButton().isDisabled());
        robot.clickOn("#createButton");
    }

    /** The rows of the Jobs table that are shard moves, each as the texts of its cells joined. */
    private static List<String> moveRows(FxRobot robot) {
        return robot.lookup("#jobsTable").lookup(".table-row-cell").queryAll().stream()
                .filter(Node::isVisible)
                .map(row -> String.join(" | ", texts(row)))
                .filter(text -> text.toLowerCase().contains("move"))
                .toList();
    }

    /** The texts a person sees in the table {@code id}: every visible labelled node's text. */
    private static List<String> shown(FxRobot robot, String id) {
        return texts(robot.lookup(id).query());
    }

    private static List<String> texts(Node root) {
        List<String> out = new ArrayList<>();
        collect(root, out);
        return out;
    }

    private static void collect(Node n, List<String> out) {
        if (!n.isVisible()) {
            return;
        }
        if (n instanceof Labeled l && l.getText() != null && !l.getText().isEmpty()) {
            out.add(l.getText());
        }
        if (n instanceof Parent p) {
            p.getChildrenUnmodifiable().forEach(c -> collect(c, out));
        }
    }

    private static void waitUntil(Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, condition);
    }

    /** As {@link #waitUntil(Callable)}, failing with what the pane shows when the ceiling is reached. */
    private static void waitUntil(Callable<Boolean> condition, Supplier<String> shown) {
        try {
            waitUntil(condition);
        } catch (TimeoutException e) {
            throw new AssertionError("not within 60 s: " + shown.get(), e);
        }
    }
}
