package io.arangoconsole.core.arango;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.arangoconsole.core.connection.ConnectionTarget;
import io.arangoconsole.core.insight.AdviceReport;
import io.arangoconsole.core.insight.AdviceService;
import io.arangoconsole.core.insight.ObservedQuery;
import io.arangoconsole.core.insight.ReplayedWorkload;
import io.arangoconsole.core.insight.ShapeHistory;
import io.arangoconsole.core.insight.ShapeStats;
import io.arangoconsole.core.insight.ShapeWatch;
import io.arangoconsole.sandbox.Sandbox;
import io.arangoconsole.sandbox.SandboxConfig;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shape history fed from a sandbox's slow log, kept across a restart, and advised from. */
class ShapeWatchSandboxTest {

    @Test
    void pollsCountEachRunOnceSurviveARestartAndGiveThePlansAdvice(@TempDir Path dir) throws Exception {
        Path file = dir.resolve(ShapeHistory.FILE_NAME);
        try (Sandbox sandbox = Sandbox.start(new SandboxConfig("127.0.0.1", 0, 2_000, SandboxConfig.DEFAULT_SEED,
                false, null)); ArangoClients clients = new ArangoClients()) {
            ConnectionTarget target = new ConnectionTarget(sandbox.url(), "root", "", "demo",
                    ConnectionTarget.Label.SANDBOX);
            ReplayedWorkload.SURVEY.replay(clients.client(target));
            InsightArango gateway = new InsightArango(clients, target);
            ShapeWatch watch = new ShapeWatch(ShapeHistory.load(file, 100, Clock.systemUTC()));
            watch.poll("s", gateway);
            List<ShapeStats> shapes = watch.poll("s", gateway).shapes();
            assertEquals(ReplayedWorkload.SURVEY.runs().size(), shapes.stream().mapToLong(ShapeStats::count).sum(),
                    "polled twice, each run counted once: " + shapes);
            watch.recordOwn("s", new ObservedQuery(ObservedQuery.Source.CONSOLE, null, "demo",
                    "FOR r IN ccva_results FILTER r.task_id == @task RETURN r", Map.of("task", "t9"),
                    Instant.now(), 0.01, -1));

            ShapeWatch restarted = new ShapeWatch(ShapeHistory.load(file, 100, Clock.systemUTC()));
            assertEquals(ReplayedWorkload.SURVEY.runs().size(), restarted.shapes("s").stream()
                    .mapToLong(ShapeStats::count).sum(), "the saved history is read back");

            List<ShapeStats> mine = watch.shapes("s");
            ShapeStats byTask = mine.stream().filter(s -> s.text().contains("@task")).findFirst().orElseThrow();
            assertEquals(4, byTask.count(), "three from the slow log, one of the console's own");
            assertEquals(Map.of("task", "t9"), byTask.latestBindVars());
            AdviceReport report = new AdviceService(gateway).adviseShapes(mine);
            ReplayedWorkload.SURVEY.expected().forEach((collection, indexes) -> indexes.forEach(fields ->
                    assertTrue(report.advice().stream().anyMatch(a -> a.collection().equals(collection)
                            && a.fields().equals(fields)), collection + fields + ": " + report.advice())));
            String sample = io.arangoconsole.core.insight.QueryShape.of("FOR d IN @@c LIMIT @n RETURN d[@p0]").text();
            List<ShapeStats> after = watch.poll("s", gateway).shapes();
            assertTrue(after.stream().noneMatch(s -> s.text().equals(sample)), "the advisor's own samples ("
                    + sample + ") are not workload: " + after);
            assertEquals(mine.size(), after.size());
        }
    }
}
