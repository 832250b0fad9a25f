package io.arangoconsole.ui.queries;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.arangoconsole.core.monitoring.RunningQuery;
import io.arangoconsole.ui.common.InlineTaskRunner;
import io.arangoconsole.ui.common.ManualPoller;
import io.arangoconsole.ui.monitoring.MonitoringFixture;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QueriesViewModelTest {
    @TempDir
    Path dir;
    private MonitoringFixture fixture;
    private final ManualPoller panePoller = new ManualPoller();
    private QueriesViewModel model;
    private final RunningQuery sleeper = new RunningQuery("17", "demo", "root", "RETURN SLEEP(@s)", Map.of("s", 10),
            Instant.now(), 3.5, "executing");

    @BeforeEach
    void setUp() throws Exception {
        fixture = new MonitoringFixture(dir);
        model = new QueriesViewModel(fixture.model, fixture.server, new InlineTaskRunner(), panePoller);
    }

    @AfterEach
    void tearDown() throws Exception {
        fixture.close();
    }

    @Test
    void runningQueriesArePolledOnlyWhileThePaneIsShown() {
        fixture.server.running.add(sleeper);
        model.activate();
        assertEquals(List.of(sleeper), model.running());
        assertEquals(1, panePoller.running());
        model.deactivate();
        assertEquals(0, panePoller.running());
        int calls = fixture.server.calls;
        panePoller.tick();
        assertEquals(calls, fixture.server.calls);
    }

    @Test
    void killRemovesTheQuery() {
        fixture.server.running.add(sleeper);
        model.activate();
        model.kill(sleeper);
        assertEquals(List.of("17"), fixture.server.killed);
        assertEquals(List.of(), model.running());
        assertEquals("Query 17 killed.", model.killMessageProperty().get(), "said next to the Kill button");
    }

    @Test
    void killOfAFinishedQuerySaysSoAndSendsNoKill() {
        model.activate();
        model.kill(sleeper);
        assertEquals("Query 17 had already finished: nothing to kill.", model.killMessageProperty().get());
        assertEquals(List.of(), fixture.server.killed, "no failed kill request counted as an error");
    }

    @Test
    void theSlowLogRefreshesOnTheRunningListsSchedule() {
        model.activate();
        assertEquals(List.of(), model.slow());
        fixture.server.slow.add(sleeper);
        panePoller.tick();
        assertEquals(List.of(sleeper), model.slow(), "no Refresh click needed");
    }

    @Test
    void trackingIsEditedAndValidated() {
        model.activate();
        assertEquals("10", model.thresholdProperty().get());
        assertEquals("64", model.keepProperty().get());
        model.thresholdProperty().set("soon");
        model.applyTracking();
        assertEquals("The threshold must be a number, not 'soon'.", model.messageProperty().get());
        model.thresholdProperty().set("0.5");
        model.keepProperty().set("5");
        model.applyTracking();
        assertEquals(0.5, fixture.server.tracking.slowQueryThresholdSeconds());
        assertEquals(5, fixture.server.tracking.maxSlowQueries());
    }

    @Test
    void clearEmptiesTheSlowLog() {
        fixture.server.slow.add(sleeper);
        model.activate();
        assertEquals(1, model.slow().size());
        model.clearSlow();
        assertEquals(List.of(), model.slow());
    }

    @Test
    void serverRatesAndConsoleTimingsComeFromTheSamples() throws Exception {
        fixture.model.start();
        model.activate();
        Thread.sleep(20);
        fixture.sampling.tick();
        assertTrue(model.serverSummaryProperty().get().contains("queries/s"), model.serverSummaryProperty().get());
        assertTrue(model.serverSummaryProperty().get().contains("running 2"));
        assertEquals("metrics.scrape", model.timings().get(0).operation());
        assertEquals(2, model.timings().get(0).count());

        model.chartKindProperty().set(ChartKind.CONSOLE_P95);
        assertEquals(List.of("metrics.scrape @ primary"), List.copyOf(model.chartProperty().get().series().keySet()));
        Path csv = dir.resolve("export.csv");
        model.exportCsv(csv);
        List<String> lines = Files.readAllLines(csv);
        assertEquals("time,epoch_ms,metrics.scrape @ primary", lines.get(0));
        assertEquals(3, lines.size(), "a header and one row per sample");
        assertEquals("Exported to export.csv.", model.messageProperty().get());
    }
}
