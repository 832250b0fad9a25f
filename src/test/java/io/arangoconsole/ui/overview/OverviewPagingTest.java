package io.arangoconsole.ui.overview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.arangoconsole.core.arango.ArangoClients;
import io.arangoconsole.core.arango.StatsSessions;
import io.arangoconsole.core.connection.ConnectionTarget;
import io.arangoconsole.core.stats.StatsSettings;
import io.arangoconsole.sandbox.Sandbox;
import io.arangoconsole.sandbox.SandboxConfig;
import io.arangoconsole.sandbox.store.Collection;
import io.arangoconsole.sandbox.store.Database;
import io.arangoconsole.sandbox.store.Json;
import io.arangoconsole.sandbox.store.WriteOptions;
import io.arangoconsole.ui.common.InlineTaskRunner;
import io.arangoconsole.ui.common.ManualPoller;
import java.time.Clock;
import java.util.Locale;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A database of 300 collections: one page of cards at a time, search by name, system collections on request. */
class OverviewPagingTest {

    private static Sandbox sandbox;
    private static ArangoClients clients;

    @BeforeAll
    static void start() {
        sandbox = Sandbox.start(SandboxConfig.defaults().withRecords(0));
        Database db = sandbox.store().createDatabase("many");
        for (int c = 0; c < 300; c++) {
            Collection coll = db.create(String.format(Locale.ROOT, "coll_%03d", c), 2, false);
            coll.insert(Json.object().put("n", c), WriteOptions.DEFAULT);
        }
        db.create("_audit", 2, false);
        clients = new ArangoClients();
    }

    @AfterAll
    static void stop() {
        clients.close();
        sandbox.close();
    }

    @Test
    void threeHundredCollectionsArePagedSearchedAndSystemOnesHidden() {
        StatsSessions sessions = new StatsSessions(clients, StatsSettings.defaults(), Runnable::run);
        ManualPoller poller = new ManualPoller();
        OverviewViewModel model = new OverviewViewModel(new SimpleObjectProperty<>(new ConnectionTarget(
                sandbox.url(), "root", "", "many", ConnectionTarget.Label.PRIMARY)), sessions::open,
                new InlineTaskRunner(), poller, Clock.systemUTC());
        model.activate();

        assertEquals(OverviewViewModel.PAGE_SIZE, model.cards().size(), "one page of cards is read and drawn");
        assertEquals("collections 1–24 of 300", model.pageTextProperty().get());
        assertEquals(13, model.pageCountProperty().get());
        assertEquals("coll_000", model.cards().get(0).collection());

        model.pageProperty().set(12);
        assertEquals("collections 289–300 of 300", model.pageTextProperty().get());
        assertEquals("coll_299", model.cards().get(model.cards().size() - 1).collection());

        model.searchProperty().set("COLL_29");
        assertEquals(0, model.pageProperty().get(), "a new search starts at the first page");
        assertEquals("collections 1–10 of 10", model.pageTextProperty().get(), "coll_290 to coll_299");

        model.searchProperty().set("audit");
        assertEquals("no collection matches", model.pageTextProperty().get());
        model.showSystemProperty().set(true);
        assertEquals("collections 1–1 of 1", model.pageTextProperty().get());
        assertEquals("_audit", model.cards().get(0).collection());
        assertTrue(model.cards().get(0).watermarkNote().startsWith("no freshness attribute"));
        model.close();
    }
}
