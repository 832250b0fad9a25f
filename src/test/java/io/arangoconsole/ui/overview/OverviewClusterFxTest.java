package io.arangoconsole.ui.overview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.arangoconsole.core.stats.AttributeOverrides;
import io.arangoconsole.sandbox.Sandbox;
import io.arangoconsole.sandbox.SandboxConfig;
import io.arangoconsole.sandbox.SandboxMode;
import io.arangoconsole.sandbox.cluster.ClusterOptions;
import io.arangoconsole.testing.FaultsApi;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Overview on the sandbox cluster: each card shows its shards, replication and write concern and how many
 * shard copies are in sync; a stopped DB-Server turns "in sync" red on the cards whose shards it held.
 */
@ExtendWith(ApplicationExtension.class)
class OverviewClusterFxTest {

    private OverviewFixture fixture;

    @Start
    void start(Stage ignored) {
        Sandbox cluster = Sandbox.start(SandboxConfig.defaults().withRecords(300), SandboxMode.cluster(
                ClusterOptions.defaults().withTimings(ClusterOptions.Timings.REFERENCE.scaledDown(10)))
                .withFaultsApi());
        fixture = new OverviewFixture(cluster, null);
        fixture.show(AttributeOverrides::new);
        fixture.stage();
    }

    @AfterEach
    void stop(FxRobot robot) {
        fixture.close(robot);
    }

    @Test
    void cardsShowShardsAndReplicationAndTurnRedWhenCopiesFallOutOfSync(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup("#insync-va_table").tryQuery().isPresent());
        assertEquals("3 shards · replication 2 · write concern 1",
                robot.lookup("#shards-va_table").queryAs(Label.class).getText());
        Label sync = robot.lookup("#insync-va_table").queryAs(Label.class);
        assertEquals("in sync: 6 of 6 shard copies", sync.getText());
        assertFalse(sync.getStyleClass().contains("overview-card-danger"));

        FaultsApi faults = new FaultsApi(fixture.primary.url(), "");
        faults.stop("DBServer0002");
        try {
            // followers quiet for 0.3 s leave Current; a card is rebuilt on the next round (5 s)
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> {
                Label now = robot.lookup("#insync-va_table").queryAs(Label.class);
                return !now.getText().equals("in sync: 6 of 6 shard copies");
            });
            Label now = robot.lookup("#insync-va_table").queryAs(Label.class);
            assertTrue(now.getText().matches("in sync: [0-5] of 6 shard copies"), now.getText());
            assertTrue(now.getStyleClass().contains("overview-card-danger"), "shown red");
        } finally {
            faults.start("DBServer0002");
        }
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#insync-va_table").queryAs(Label.class)
                .getText().equals("in sync: 6 of 6 shard copies"));
    }
}
