package io.arangoconsole.sandbox.aql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.arangodb.ArangoDB;
import com.arangodb.ArangoDBException;
import com.arangodb.ArangoDatabase;
import com.fasterxml.jackson.databind.JsonNode;
import io.arangoconsole.sandbox.Sandbox;
import io.arangoconsole.sandbox.SandboxConfig;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/**
 * The sandbox logs finished queries to {@code _system._queries} as ArangoDB 3.12.2+ does with
 * {@code --query.collection-logger-enabled}: the collection appears with the first write, each document carries the
 * documented attributes, queries of {@code _system} are left out unless asked, and no collection exists when off.
 */
class QueryLogTest {
    private static final Duration CEILING = Duration.ofSeconds(30);

    private static Sandbox start(QueryLogOptions log) {
        return Sandbox.start(new SandboxConfig("127.0.0.1", 0, 50, SandboxConfig.DEFAULT_SEED, true, "")
                .withQueryLog(log));
    }

    private static ArangoDB driver(Sandbox sandbox) {
        return new ArangoDB.Builder().host(sandbox.host(), sandbox.port()).user("root").password("").build();
    }

    @Test
    void everyFinishedQueryOfAUserDatabaseIsWrittenWithArangoDbsAttributes() throws Exception {
        try (Sandbox sandbox = start(QueryLogOptions.on(100).withPushIntervalMillis(50))) {
            ArangoDB arango = driver(sandbox);
            try {
                ArangoDatabase demo = arango.db("demo");
                String query = "/* logged */ FOR r IN ccva_results FILTER r.task_id == @t RETURN r";
                demo.query(query, JsonNode.class, Map.of("t", "x")).asListRemaining();
                demo.query(query, JsonNode.class, Map.of("t", "y")).asListRemaining();
                String failing = "/* fails */ FOR i IN 1..3 RETURN FAIL('stop')";
                assertThrows(ArangoDBException.class, () -> demo.query(failing, JsonNode.class).asListRemaining());
                arango.db("_system").query("/* system */ RETURN 1", JsonNode.class).asListRemaining();

                List<JsonNode> logged = await(arango, rows -> rows.stream().filter(r -> r.path("query").asText()
                        .startsWith("/* logged */")).count() == 2 && rows.stream().anyMatch(r -> r.path("query")
                        .asText().startsWith("/* fails */")));
                JsonNode first = logged.stream().filter(r -> r.path("query").asText().equals(query)).findFirst()
                        .orElseThrow();
                for (String field : List.of("_key", "_id", "_rev", "id", "database", "user", "query", "bindVars",
                        "started", "runTime", "peakMemoryUsage", "state", "stream", "modificationQuery",
                        "warnings", "exitCode")) {
                    assertTrue(first.has(field), field + " missing from " + first);
                }
                assertEquals("demo", first.path("database").asText());
                assertEquals("root", first.path("user").asText());
                assertEquals("finished", first.path("state").asText());
                assertEquals(0, first.path("exitCode").asInt());
                assertFalse(first.path("stream").asBoolean());
                assertFalse(first.path("modificationQuery").asBoolean());
                assertTrue(first.path("bindVars").has("t"), first.toString());
                assertTrue(first.path("peakMemoryUsage").asLong() % 32_768 == 0, first.toString());
                Instant.parse(first.path("started").asText());
                JsonNode failed = logged.stream().filter(r -> r.path("query").asText().equals(failing)).findFirst()
                        .orElseThrow();
                assertEquals("finished", failed.path("state").asText(), "3.12 logs failures as finished");
                assertEquals(1569, failed.path("exitCode").asInt(), "the failure's errorNum");
                assertTrue(logged.stream().noneMatch(r -> r.path("query").asText().startsWith("/* system */")),
                        "queries of _system are not logged unless asked");
            } finally {
                arango.shutdown();
            }
        }
    }

    @Test
    void withTheSampleAtZeroOnlySlowQueriesAreLogged() throws Exception {
        try (Sandbox sandbox = start(QueryLogOptions.on(0).withPushIntervalMillis(50))) {
            sandbox.engine().tracker().updateProperties((com.fasterxml.jackson.databind.node.ObjectNode)
                    io.arangoconsole.sandbox.store.Json.parse("{\"slowQueryThreshold\":0.3}"));
            ArangoDB arango = driver(sandbox);
            try {
                ArangoDatabase demo = arango.db("demo");
                demo.query("/* quick */ RETURN 1", JsonNode.class).asListRemaining();
                demo.query("/* slow */ RETURN SLEEP(0.4)", JsonNode.class).asListRemaining();
                List<JsonNode> logged = await(arango, rows -> rows.stream().anyMatch(r -> r.path("query").asText()
                        .startsWith("/* slow */")));
                assertTrue(logged.stream().noneMatch(r -> r.path("query").asText().startsWith("/* quick */")),
                        "a quick query outside the sample is not logged: " + logged);
            } finally {
                arango.shutdown();
            }
        }
    }

    @Test
    void withLoggingOffThereIsNoQueriesCollection() {
        try (Sandbox sandbox = start(QueryLogOptions.OFF)) {
            sandbox.engine().tracker().updateProperties((com.fasterxml.jackson.databind.node.ObjectNode)
                    io.arangoconsole.sandbox.store.Json.parse("{\"slowQueryThreshold\":0}"));
            ArangoDB arango = driver(sandbox);
            try {
                arango.db("demo").query("RETURN 1", JsonNode.class).asListRemaining();
                assertFalse(arango.db("_system").collection("_queries").exists());
            } finally {
                arango.shutdown();
            }
        }
    }

    /** The log's documents once {@code done} holds for them, read over HTTP; fails only after the ceiling. */
    private static List<JsonNode> await(ArangoDB arango, Predicate<List<JsonNode>> done) throws InterruptedException {
        Instant deadline = Instant.now().plus(CEILING);
        List<JsonNode> rows = List.of();
        while (Instant.now().isBefore(deadline)) {
            if (arango.db("_system").collection("_queries").exists()) {
                rows = arango.db("_system").query("FOR q IN _queries RETURN q", JsonNode.class)
                        .asListRemaining();
                if (done.test(rows)) {
                    return rows;
                }
            }
            Thread.sleep(20);
        }
        throw new AssertionError("the query log did not show what was expected within " + CEILING + ": " + rows);
    }
}
