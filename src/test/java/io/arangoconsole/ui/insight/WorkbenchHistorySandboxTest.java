package io.arangoconsole.ui.insight;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.arangoconsole.core.arango.ArangoClients;
import io.arangoconsole.core.arango.InsightArango;
import io.arangoconsole.core.arango.InsightRuns;
import io.arangoconsole.core.connection.ConnectionTarget;
import io.arangoconsole.core.insight.AdviceReport;
import io.arangoconsole.core.insight.AdviceService;
import io.arangoconsole.core.insight.ObservedQuery;
import io.arangoconsole.core.insight.QueryPlan;
import io.arangoconsole.core.insight.ShapeHistory;
import io.arangoconsole.core.insight.ShapeStats;
import io.arangoconsole.core.insight.ShapeWatch;
import io.arangoconsole.sandbox.Sandbox;
import io.arangoconsole.sandbox.SandboxConfig;
import io.arangoconsole.ui.common.InlineTaskRunner;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The query pane's own explains and profiles reach the shape history with their plans' full-scan flag, as the console
 * wires them (InsightWiring), so the Workbench's shapes and the advice see a query a DBA only explained or profiled.
 */
class WorkbenchHistorySandboxTest {
    private static final String QUERY = "FOR r IN ccva_results FILTER r.task_id == @t RETURN r";

    @Test
    void anExplainKeepsTheShapeWithItsFullScanAndAProfileCountsARun(@TempDir Path dir) throws Exception {
        try (Sandbox sandbox = Sandbox.start(new SandboxConfig("127.0.0.1", 0, 300, SandboxConfig.DEFAULT_SEED,
                false, null)); ArangoClients clients = new ArangoClients()) {
            ConnectionTarget target = new ConnectionTarget(sandbox.url(), "root", "", "demo",
                    ConnectionTarget.Label.SANDBOX);
            ShapeWatch watch = new ShapeWatch(ShapeHistory.load(dir.resolve(ShapeHistory.FILE_NAME), 100,
                    Clock.systemUTC()));
            WorkbenchViewModel model = new WorkbenchViewModel(new InlineTaskRunner(),
                    () -> new InsightRuns(clients, target));
            model.onOwnQueries(new OwnQueries() {
                @Override
                public void ran(ObservedQuery run, QueryPlan plan) {
                    watch.recordOwn("s", run, plan);
                }

                @Override
                public void explained(ObservedQuery asked, QueryPlan plan) {
                    watch.noteOwnExplain("s", asked, plan);
                }
            });
            model.queryProperty().set(QUERY);
            model.bindTextProperty().set("{\"t\": \"task-7\"}");

            model.explain();
            assertEquals("", model.errorProperty().get());
            ShapeStats explained = shape(watch);
            assertEquals(Boolean.TRUE, explained.fullScan(), "the explained plan scans ccva_results");
            assertEquals(0, explained.count(), "an explain is not a run");
            assertEquals(List.of("demo"), explained.databases());
            AdviceReport advice = new AdviceService(new InsightArango(clients, target)).adviseShapes(
                    watch.shapes("s"));
            assertTrue(advice.advice().stream().anyMatch(a -> a.collection().equals("ccva_results")
                    && a.fields().equals(List.of("task_id"))), "the advice sees the explained shape: " + advice);
            assertTrue(advice.advice().stream().filter(a -> a.collection().equals("ccva_results")).findFirst()
                    .orElseThrow().evidence().startsWith("0 runs of 1 shape"), "nothing of the workload backs it: "
                    + advice);

            model.profile();
            assertEquals("", model.errorProperty().get());
            ShapeStats profiled = shape(watch);
            assertEquals(1, profiled.count(), "a profile is a run");
            assertEquals(Boolean.TRUE, profiled.fullScan(), "with the profile's plan");
        }
    }

    private static ShapeStats shape(ShapeWatch watch) {
        return watch.shapes("s").stream().filter(s -> s.text().contains("ccva_results")).findFirst()
                .orElseThrow(() -> new AssertionError("not in the history: " + watch.shapes("s")));
    }
}
