package io.arangoconsole.ui.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.arangoconsole.core.arango.ArangoClients;
import io.arangoconsole.core.arango.ClusterArango;
import io.arangoconsole.core.cluster.AgencyJob;
import io.arangoconsole.core.connection.ConnectionTarget;
import io.arangoconsole.sandbox.Sandbox;
import io.arangoconsole.sandbox.SandboxConfig;
import io.arangoconsole.sandbox.SandboxMode;
import io.arangoconsole.sandbox.cluster.ClusterOptions;
import io.arangoconsole.testing.FaultsApi;
import io.arangoconsole.ui.cluster.ClusterViewModel;
import io.arangoconsole.ui.common.InlineTaskRunner;
import io.arangoconsole.ui.common.ManualPoller;
import io.arangoconsole.ui.indexes.BackgroundBuild;
import io.arangoconsole.ui.sync.SyncJobRow;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A rebalance executed from the Cluster pane shows up in the Jobs pane as one job per move, each followed with
 * {@code queryAgencyJob}: after every poll the state shown is what the agency said at that poll, queued while ToDo,
 * counted in the status bar's summary while open, finished when the agency finished it.
 */
class ShardMoveJobsTest {

    private static Sandbox cluster;
    private static ArangoClients clients;

    @BeforeAll
    static void start() {
        cluster = Sandbox.start(new SandboxConfig("127.0.0.1", 0, 300, SandboxConfig.DEFAULT_SEED, true, "pw",
                SandboxConfig.Dataset.SURVEY), SandboxMode.cluster(ClusterOptions.defaults()
                .withTimings(ClusterOptions.Timings.REFERENCE.scaledDown(10))).withFaultsApi());
        clients = new ArangoClients();
    }

    @AfterAll
    static void stop() {
        clients.close();
        cluster.close();
    }

    @Test
    void executedMovesAreFollowedInTheJobsPaneUntilTheAgencyFinishesThem() throws Exception {
        ConnectionTarget target = new ConnectionTarget(cluster.url(), "root", "pw", "demo",
                ConnectionTarget.Label.PRIMARY);
        ManualPoller panePoller = new ManualPoller();
        ManualPoller movePoller = new ManualPoller();
        ClusterViewModel pane = new ClusterViewModel(new SimpleObjectProperty<>(target),
                t -> new ClusterArango(clients, t, Clock.systemUTC()), new InlineTaskRunner(), panePoller);
        ShardMoveJobs moves = new ShardMoveJobs(t -> new ClusterArango(clients, t, Clock.systemUTC()),
                new InlineTaskRunner(), movePoller);
        pane.followMovesWith(moves);
        JobsViewModel jobs = new JobsViewModel(FXCollections.<SyncJobRow>observableArrayList(),
                FXCollections.<BackgroundBuild>observableArrayList(), b -> { }, () -> { }, () -> { });
        jobs.followMoves(moves);

        new FaultsApi(cluster.url(), "pw").post("/_admin/cluster/resignLeadership",
                "{\"server\":\"DBServer0003\"}", 202);
        long end = System.currentTimeMillis() + 30_000;
        while (pane.proposedMoves().isEmpty() && System.currentTimeMillis() < end) {
            Thread.sleep(200);
            pane.proposeRebalance();
        }
        int proposed = pane.proposedMoves().size();
        assertTrue(proposed > 0, "moves proposed after the resignation");
        pane.executeRebalance();
        assertEquals("", pane.errorProperty().get());

        List<JobItem> items = jobs.items().stream().filter(i -> i.kind() == JobItem.Kind.SHARD_MOVE).toList();
        assertEquals(proposed, items.size(), "one job per move");
        // the first poll ran as the moves were handed over (the sandbox's agency steps in 50 ms here)
        long open = moves.rows().stream().filter(ShardMoveRow::open).count();
        assertEquals(open, items.stream().filter(i -> i.activeProperty().get()).count());
        if (open > 0) {
            assertTrue(jobs.summaryProperty().get().matches("\\d+ background jobs? (running|queued).*"),
                    jobs.summaryProperty().get());
        }

        Set<String> seen = new HashSet<>();
        ClusterArango server = new ClusterArango(clients, target, Clock.systemUTC());
        end = System.currentTimeMillis() + 20_000;
        while (System.currentTimeMillis() < end) {
            for (ShardMoveRow row : moves.rows()) {
                AgencyJob shown = row.jobProperty().get();
                seen.add(shown.status());
                AgencyJob after = server.agencyJob(row.id());
                // true at the moment: what the agency says now is what the pane shows, or a later state
                assertTrue(order(after.status()) >= order(shown.status()), shown + " then " + after);
            }
            if (moves.rows().stream().noneMatch(ShardMoveRow::open)) {
                break;
            }
            Thread.sleep(100);
            movePoller.tick();
        }
        assertTrue(moves.rows().stream().allMatch(r -> r.jobProperty().get().finished()), moves.rows().toString());
        assertTrue(items.stream().allMatch(i -> i.stateProperty().get().equals("finished")
                && !i.activeProperty().get() && i.fractionProperty().get() == 1));
        assertEquals("", jobs.summaryProperty().get(), "nothing counted once every move finished");
        assertTrue(seen.contains("Finished"), seen.toString());
        assertEquals(0, movePoller.running(), "the polling stops with the last move");
    }

    private static int order(String status) {
        return List.of("ToDo", "Pending", "Finished").indexOf(status);
    }
}
