package io.arangoconsole.ui.overview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.arangoconsole.core.arango.ArangoClients;
import io.arangoconsole.core.arango.StatsSessions;
import io.arangoconsole.core.connection.ConnectionTarget;
import io.arangoconsole.core.routing.EndpointHealth;
import io.arangoconsole.core.routing.Router;
import io.arangoconsole.core.stats.AttributeOverrides;
import io.arangoconsole.core.stats.StatsSettings;
import io.arangoconsole.sandbox.Sandbox;
import io.arangoconsole.sandbox.SandboxConfig;
import io.arangoconsole.ui.common.InlineTaskRunner;
import io.arangoconsole.ui.common.ManualPoller;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Overview's view model on real sandboxes over HTTP, tasks inline and polling by hand: no FX toolkit. */
class OverviewViewModelTest {

    private Sandbox primary;
    private ArangoClients clients;
    private StatsSessions sessions;
    private final ManualPoller poller = new ManualPoller();
    private final SimpleObjectProperty<ConnectionTarget> target = new SimpleObjectProperty<>();

    @BeforeEach
    void start() {
        primary = Sandbox.start(SandboxConfig.defaults().withRecords(1_200));
        clients = new ArangoClients();
        sessions = new StatsSessions(clients, StatsSettings.defaults(), Runnable::run);
    }

    @AfterEach
    void stop() {
        clients.close();
        primary.close();
    }

    private static ConnectionTarget on(Sandbox sandbox, ConnectionTarget.Label label) {
        return new ConnectionTarget(sandbox.url(), "root", "", "demo", label);
    }

    @Test
    void showsACardPerCollectionByNameAndPollsOnlyWhileActive() {
        OverviewViewModel model = new OverviewViewModel(target, sessions::open, new InlineTaskRunner(), poller,
                Clock.systemUTC());
        target.set(on(primary, ConnectionTarget.Label.SANDBOX));
        assertEquals(0, poller.running(), "hidden: nothing polls");
        model.activate();
        assertEquals(List.of("ccva_results", "system_configs", "va_table"),
                model.cards().stream().map(CollectionCard::collection).toList());
        CollectionCard va = model.cards().get(2);
        assertEquals("1,200", va.count());
        assertEquals("live · primary", va.source());
        assertEquals("no freshness attribute: no persistent index; submissiondate holds ISO dates but is not "
                + "indexed: an index on [submissiondate] would serve it", va.watermarkNote());
        assertFalse(model.driftShownProperty().get(), "no replica: no drift table");
        assertTrue(model.breakdownNoteProperty().get().startsWith("No breakdown attribute: no indexed attribute with "
                + "2 to 50 distinct values; "), model.breakdownNoteProperty().get());
        assertTrue(model.breakdownNoteProperty().get().endsWith(": an index on one would serve a breakdown"),
                "the sample names candidates, the index is the DBA's call: " + model.breakdownNoteProperty().get());
        assertEquals("collections 1–3 of 3", model.pageTextProperty().get());

        poller.tick();
        assertTrue(model.cards().get(0).source().startsWith("cached, "), model.cards().get(0).source());
        model.deactivate();
        assertEquals(0, poller.running());
        model.close();
    }

    @Test
    void refreshReadsEveryCollectionAndEndsAtFullProgress() {
        OverviewViewModel model = new OverviewViewModel(target, sessions::open, new InlineTaskRunner(), poller,
                Clock.systemUTC());
        target.set(on(primary, ConnectionTarget.Label.SANDBOX));
        model.activate();
        List<Number> progress = new ArrayList<>();
        model.progressProperty().addListener((obs, old, now) -> progress.add(now));
        clients.client(on(primary, ConnectionTarget.Label.SANDBOX)).db("demo").collection("va_table")
                .insertDocument(Map.of("status", "pending"));

        poller.tick();
        assertEquals("1,200", model.cards().get(2).count(), "cached: the write is not seen yet");
        model.invalidate("va_table");
        poller.tick();
        assertEquals("1,201", model.cards().get(2).count(), "the console's own write drops the cached stats");
        clients.client(on(primary, ConnectionTarget.Label.SANDBOX)).db("demo").collection("va_table")
                .insertDocument(Map.of("status", "pending"));

        model.refresh();

        assertFalse(model.busyProperty().get());
        assertEquals(1.0, progress.get(progress.size() - 1).doubleValue());
        assertTrue(progress.size() >= 4, "one step per collection: " + progress);
        assertEquals("1,202", model.cards().get(2).count());
        assertTrue(model.cards().stream().allMatch(c -> c.source().startsWith("live")),
                "just read by Refresh stats: live, not 'cached, 0 s old': " + model.cards());
        poller.tick();
        assertTrue(model.cards().get(2).source().startsWith("cached, "), "the next round reads the cache again");
        model.close();
    }

    @Test
    void withAReplicaTheDriftIsShownAndHighlighted() {
        try (Sandbox replica = Sandbox.start(SandboxConfig.defaults().withRecords(1_150))) {
            Router<ConnectionTarget> router = new Router<>(on(primary, ConnectionTarget.Label.PRIMARY),
                    on(replica, ConnectionTarget.Label.REPLICA), new EndpointHealth(1));
            OverviewViewModel model = new OverviewViewModel(target, t -> sessions.open(router,
                    new AttributeOverrides()),
                    new InlineTaskRunner(), poller, Clock.systemUTC());
            target.set(on(primary, ConnectionTarget.Label.PRIMARY));
            model.activate();

            assertTrue(model.driftShownProperty().get());
            DriftLine va = model.drift().get(2);
            assertEquals("va_table", va.collection());
            assertEquals("1,200", va.primaryCount());
            assertEquals("1,150", va.replicaCount());
            assertEquals("replica 50 behind", va.difference());
            assertTrue(va.drifted());
            assertEquals("1,150", model.cards().get(2).count(), "reads go to the healthy replica");
            assertTrue(model.cards().get(2).source().endsWith(" · replica"), model.cards().get(2).source());
            model.close();
        }
    }

    @Test
    void anUnreachableServerIsOneSentenceAndTheModelStaysUsable() {
        OverviewViewModel model = new OverviewViewModel(target, sessions::open, new InlineTaskRunner(), poller,
                Clock.systemUTC());
        target.set(new ConnectionTarget("http://127.0.0.1:1", "root", "", "demo", ConnectionTarget.Label.PRIMARY));
        model.activate();
        assertEquals("Cannot reach http://127.0.0.1:1: connection refused or no server listening.",
                model.errorProperty().get());
        target.set(on(primary, ConnectionTarget.Label.SANDBOX));
        assertEquals("", model.errorProperty().get());
        assertEquals(3, model.cards().size());
        model.close();
    }
}
