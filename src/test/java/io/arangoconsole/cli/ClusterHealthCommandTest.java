package io.arangoconsole.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.arangoconsole.sandbox.Sandbox;
import io.arangoconsole.sandbox.SandboxConfig;
import io.arangoconsole.sandbox.SandboxMode;
import io.arangoconsole.sandbox.cluster.ClusterOptions;
import io.arangoconsole.testing.FaultsApi;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code cluster health} against the sandbox cluster (3 coordinators, 3 DB-Servers, 3 agents) over real HTTP. */
class ClusterHealthCommandTest {

    private static Sandbox cluster;
    private static FaultsApi faults;

    @BeforeAll
    static void start() {
        cluster = Sandbox.start(new SandboxConfig("127.0.0.1", 0, 300, SandboxConfig.DEFAULT_SEED, true, "pw",
                SandboxConfig.Dataset.SURVEY), SandboxMode.cluster(ClusterOptions.defaults()
                .withTimings(ClusterOptions.Timings.REFERENCE.scaledDown(10))).withFaultsApi());
        faults = new FaultsApi(cluster.url(), "pw");
    }

    @AfterAll
    static void stop() {
        cluster.close();
    }

    private record Run(int exit, String out, String err) {
        JsonNode json() throws Exception {
            return new ObjectMapper().readTree(out);
        }
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Map<String, String> env = Map.of("ARANGO_PASSWORD", "pw");
        int exit = Cli.execute(SandboxRunner.serving(), env::get, new PrintWriter(out, true),
                new PrintWriter(err, true), args);
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    void jsonListsEveryNodeWithTheIssuesFields() throws Exception {
        Run run = run("cluster", "health", "--url", String.join(",", cluster.urls()), "--json");
        JsonNode json = run.json();
        assertEquals(3, json.path("coordinatorsReachable").asInt(), run.err());
        List<String> roles = new ArrayList<>();
        json.path("nodes").forEach(n -> roles.add(n.path("role").asText()));
        assertEquals(List.of("Coordinator", "Coordinator", "Coordinator", "DBServer", "DBServer", "DBServer",
                "Agent", "Agent", "Agent"), roles);
        JsonNode first = json.path("nodes").get(0);
        List<String> fields = new ArrayList<>();
        first.fieldNames().forEachRemaining(fields::add);
        assertEquals(List.of("id", "shortName", "role", "status", "syncStatus", "version", "endpoint"), fields);
        assertEquals("Coordinator0001", first.path("shortName").asText());
        assertEquals("GOOD", first.path("status").asText());
        List<String> top = new ArrayList<>();
        json.fieldNames().forEachRemaining(top::add);
        assertEquals(List.of("nodes", "shards", "coordinatorsReachable"), top);
    }

    @Test
    void aStoppedCoordinatorIsNamedAndTheOthersAnswer() throws Exception {
        faults.stop("Coordinator0002");
        try {
            Run run = run("cluster", "health", "--url", String.join(",", cluster.urls()), "--json");
            assertEquals(1, run.exit());
            assertEquals(2, run.json().path("coordinatorsReachable").asInt());
            assertTrue(run.err().contains("Cannot reach " + cluster.urls().get(1) + ": connection refused or no "
                    + "server listening; the other coordinators were used."), run.err());
        } finally {
            faults.start("Coordinator0002");
        }
    }

    @Test
    void healthyExitsZeroThenAStoppedDbServerIsFailedWithItsShardsAndRecovers() throws Exception {
        String urls = String.join(",", cluster.urls());
        Run healthy = run("cluster", "health", "--url", urls, "--json");
        assertEquals(0, healthy.exit(), healthy.err());
        JsonNode shards = healthy.json().path("shards");
        assertTrue(shards.path("total").asInt() > 0, shards.toString());
        assertEquals(shards.path("total").asInt(), shards.path("inSync").asInt());
        assertEquals("", healthy.err());

        faults.stop("DBServer0002");
        Run failed;
        try {
            failed = until(urls, r -> r.err().contains("DB-Server DBServer0002") && r.err().contains("is FAILED"));
        } finally {
            faults.start("DBServer0002");
        }
        assertEquals(1, failed.exit());
        JsonNode out = failed.json().path("shards");
        assertTrue(out.path("outOfSync").size() > 0, "the stopped server's shards are out of sync: " + out);
        assertEquals(out.path("total").asInt() - out.path("outOfSync").size(), out.path("inSync").asInt());
        for (String line : failed.err().strip().split("\\R")) {
            assertTrue(line.endsWith("."), "one sentence per problem: " + line);
        }
        Run back = until(urls, r -> r.exit() == 0);
        assertEquals("", back.err());
    }

    private static Run until(String urls, java.util.function.Predicate<Run> done) throws Exception {
        long end = System.currentTimeMillis() + 30_000;
        while (true) {
            Run run = run("cluster", "health", "--url", urls, "--json");
            if (done.test(run)) {
                return run;
            }
            if (System.currentTimeMillis() > end) {
                throw new AssertionError("not within 15 s; last: " + run.err());
            }
            Thread.sleep(200);
        }
    }
}
