package io.arangoconsole.core.arango;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.arangodb.ArangoDB;
import com.fasterxml.jackson.databind.JsonNode;
import io.arangoconsole.core.connection.ConnectionTarget;
import io.arangoconsole.core.insight.ShapeHistory;
import io.arangoconsole.core.insight.ShapeStats;
import io.arangoconsole.core.insight.ShapeWatch;
import io.arangoconsole.sandbox.Sandbox;
import io.arangoconsole.sandbox.SandboxConfig;
import io.arangoconsole.sandbox.aql.QueryLogOptions;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The watch reads a server's query log ({@code _system._queries}) over real HTTP, here the one the sandbox writes
 * itself with query logging on as ArangoDB 3.12.2+ does, and says when the server keeps none.
 */
class QueryLogSandboxTest {
    private static final Duration CEILING = Duration.ofSeconds(30);
    private static final String LOGGED = "FOR r IN ccva_results FILTER r.task_id == @t RETURN r";

    @Test
    void theWatchReadsWhatTheSandboxLoggedForItsDatabaseOnlyOnceTheLogExists(@TempDir Path dir) throws Exception {
        SandboxConfig config = new SandboxConfig("127.0.0.1", 0, 200, SandboxConfig.DEFAULT_SEED, false, null)
                .withQueryLog(QueryLogOptions.on(100).withPushIntervalMillis(50));
        try (Sandbox sandbox = Sandbox.start(config); ArangoClients clients = new ArangoClients()) {
            ConnectionTarget target = new ConnectionTarget(sandbox.url(), "root", "", "demo",
                    ConnectionTarget.Label.SANDBOX);
            InsightArango gateway = new InsightArango(clients, target);
            ShapeWatch watch = new ShapeWatch(ShapeHistory.load(dir.resolve(ShapeHistory.FILE_NAME), 100,
                    Clock.systemUTC()));
            assertFalse(watch.poll("s", gateway).queryLog(), "nothing logged yet: no _queries, no query log");

            ArangoDB arango = clients.client(target);
            arango.db("demo").query(LOGGED, JsonNode.class, Map.of("t", "task-1")).asListRemaining();
            arango.db("demo").query(LOGGED, JsonNode.class, Map.of("t", "task-2")).asListRemaining();
            arango.createDatabase("other");
            arango.db("other").query("FOR x IN 1..3 RETURN x", JsonNode.class).asListRemaining();

            ShapeWatch fresh = new ShapeWatch(ShapeHistory.load(dir.resolve("fresh.json"), 100, Clock.systemUTC()));
            awaitBothRunsLogged(arango);
            ShapeWatch.Round round = fresh.poll("s", gateway);
            assertTrue(round.queryLog(), "the log exists now");
            ShapeStats logged = shape(round).orElseThrow();
            assertEquals(2, logged.count());
            assertTrue(logged.peakMemoryBytes() > 0 && logged.peakMemoryBytes() % 32_768 == 0,
                    "peak memory as the server logged it, in 32 KiB steps: " + logged.peakMemoryBytes());
            assertTrue(round.shapes().stream().noneMatch(s -> s.text().contains("1..3")),
                    "another database's entries are not this database's workload");
            assertEquals(2, shape(fresh.poll("s", gateway)).orElseThrow().count(), "read again, counted once");
        }
    }

    private static Optional<ShapeStats> shape(ShapeWatch.Round round) {
        return round.shapes().stream().filter(s -> s.text().contains("ccva_results")).findFirst();
    }

    /**
     * Waits until the sandbox has written both runs of {@code demo} (it writes its log every 50 ms), up to a ceiling
     * only a fault reaches, so the watch's next round reads a complete log.
     */
    private static void awaitBothRunsLogged(ArangoDB arango) throws InterruptedException {
        Instant deadline = Instant.now().plus(CEILING);
        String count = "FOR q IN _queries FILTER q.database == 'demo' AND CONTAINS(q.query, 'ccva_results') "
                + "COLLECT WITH COUNT INTO n RETURN n";
        while (Instant.now().isBefore(deadline)) {
            if (arango.db("_system").collection("_queries").exists() && arango.db("_system").query(count,
                    Long.class).next() == 2) {
                return;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("the sandbox's query log did not hold both runs within " + CEILING);
    }
}
