package io.arangoconsole.core.arango;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.arangodb.ArangoDatabase;
import com.arangodb.model.CollectionCreateOptions;
import io.arangoconsole.core.connection.ConnectionTarget;
import io.arangoconsole.core.insight.ShapeHistory;
import io.arangoconsole.core.insight.ShapeStats;
import io.arangoconsole.core.insight.ShapeWatch;
import io.arangoconsole.sandbox.Sandbox;
import io.arangoconsole.sandbox.SandboxConfig;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The watch reads a server's query log ({@code _system._queries}, documents shaped as slow-query entries, as
 * ArangoDB 3.12.2+ writes them when logging is on) over real HTTP, and says when the server keeps none.
 */
class QueryLogSandboxTest {

    @Test
    void theWatchReadsTheQueryLogOfItsDatabaseOnlyOnceItExists(@TempDir Path dir) throws Exception {
        try (Sandbox sandbox = Sandbox.start(new SandboxConfig("127.0.0.1", 0, 200, SandboxConfig.DEFAULT_SEED,
                false, null)); ArangoClients clients = new ArangoClients()) {
            ConnectionTarget target = new ConnectionTarget(sandbox.url(), "root", "", "demo",
                    ConnectionTarget.Label.SANDBOX);
            InsightArango gateway = new InsightArango(clients, target);
            ShapeWatch watch = new ShapeWatch(ShapeHistory.load(dir.resolve(ShapeHistory.FILE_NAME), 100,
                    Clock.systemUTC()));
            assertFalse(watch.poll("s", gateway).queryLog(), "no _queries: the server keeps no query log");

            ArangoDatabase system = clients.client(target).db("_system");
            system.createCollection("_queries", new CollectionCreateOptions().isSystem(true));
            Instant now = Instant.now().plusSeconds(1);
            system.collection("_queries").insertDocuments(List.of(
                    entry("901", "demo", "FOR r IN ccva_results FILTER r.task_id == @t RETURN r", now),
                    entry("902", "demo", "FOR r IN ccva_results FILTER r.task_id == @t RETURN r", now.plusSeconds(1)),
                    entry("903", "other", "FOR x IN elsewhere RETURN x", now)));

            ShapeWatch fresh = new ShapeWatch(ShapeHistory.load(dir.resolve("fresh.json"), 100, Clock.systemUTC()));
            ShapeWatch.Round round = fresh.poll("s", gateway);
            assertTrue(round.queryLog(), "the log exists now");
            ShapeStats logged = round.shapes().stream().filter(s -> s.text().contains("ccva_results")).findFirst()
                    .orElseThrow(() -> new AssertionError("" + round.shapes()));
            assertEquals(2, logged.count());
            assertEquals(65_536, logged.peakMemoryBytes());
            assertTrue(round.shapes().stream().noneMatch(s -> s.text().contains("elsewhere")),
                    "another database's entries are not this database's workload");
            assertEquals(2, fresh.poll("s", gateway).shapes().stream().filter(s -> s.text().contains(
                    "ccva_results")).findFirst().orElseThrow().count(), "read again, counted once");
        }
    }

    private static Map<String, Object> entry(String id, String database, String query, Instant started) {
        Map<String, Object> q = new LinkedHashMap<>();
        q.put("id", id);
        q.put("database", database);
        q.put("user", "root");
        q.put("query", query);
        q.put("bindVars", Map.of("t", "task-" + id));
        q.put("started", started.toString());
        q.put("runTime", 0.25);
        q.put("peakMemoryUsage", 65_536);
        q.put("state", "finished");
        q.put("stream", false);
        q.put("exitCode", 0);
        return q;
    }
}
