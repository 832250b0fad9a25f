package io.arangoconsole.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.arangoconsole.sandbox.Sandbox;
import io.arangoconsole.sandbox.SandboxConfig;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code cluster health} given a single server, a dead URL or a malformed one: said plainly, right exit code. */
class ClusterHealthSingleServerTest {

    private static Sandbox single;
    private StringWriter out;
    private StringWriter err;

    @BeforeAll
    static void start() {
        single = Sandbox.start(new SandboxConfig("127.0.0.1", 0, 100, SandboxConfig.DEFAULT_SEED, true, "pw",
                SandboxConfig.Dataset.SURVEY));
    }

    @AfterAll
    static void stop() {
        single.close();
    }

    @BeforeEach
    void streams() {
        out = new StringWriter();
        err = new StringWriter();
    }

    private int run(String... args) {
        Map<String, String> env = Map.of("ARANGO_PASSWORD", "pw");
        return Cli.execute(SandboxRunner.serving(), env::get, new PrintWriter(out, true), new PrintWriter(err, true),
                args);
    }

    private static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Test
    void aSingleServerGivenAsAClusterIsSaidPlainlyWithExitOne() throws Exception {
        assertEquals(1, run("cluster", "health", "--url", single.url(), "--json"));
        JsonNode json = new ObjectMapper().readTree(out.toString());
        assertEquals(0, json.path("coordinatorsReachable").asInt());
        assertEquals(0, json.path("nodes").size());
        assertEquals(0, json.path("shards").path("total").asInt());
        assertEquals(single.url() + " is a single server, not a cluster coordinator: give a coordinator's URL.",
                err.toString().strip());
    }

    @Test
    void aDeadAndAMalformedEntryAreEachNamed() throws Exception {
        String dead = "http://127.0.0.1:" + freePort();
        assertEquals(1, run("cluster", "health", "--url", dead + ",htp:/x," + single.url()));
        String[] lines = err.toString().strip().split("\\R");
        assertEquals(3, lines.length, err.toString());
        assertEquals("--url entry 'htp:/x' is not an endpoint like http://host:8529; the other coordinators were "
                + "used.", lines[0]);
        assertTrue(lines[1].startsWith(single.url() + " is a single server"), lines[1]);
        assertTrue(lines[2].startsWith("Cannot reach " + dead), lines[2]);
        assertFalse(err.toString().contains("Exception"), "no driver text");
    }

    @Test
    void onlyMalformedEntriesOrAPasswordInTheUrlIsBadUsage() {
        assertEquals(2, run("cluster", "health", "--url", "htp:/x,localhost"));
        assertEquals(2, run("cluster", "health", "--url", "http://root:secret@127.0.0.1:8529"));
        assertFalse(err.toString().contains("secret"), "the password is never echoed");
        assertEquals(2, run("cluster"));
    }
}
