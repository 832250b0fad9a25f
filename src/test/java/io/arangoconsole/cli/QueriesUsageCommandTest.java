package io.arangoconsole.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.arangodb.ArangoDB;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.arangoconsole.core.insight.ReplayedWorkload;
import io.arangoconsole.sandbox.Sandbox;
import io.arangoconsole.sandbox.SandboxConfig;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code queries usage} against the shop sandbox with its replayed workload. */
class QueriesUsageCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static Sandbox shop;
    private StringWriter out = new StringWriter();
    private StringWriter err = new StringWriter();

    @BeforeAll
    static void start() {
        shop = Sandbox.start(new SandboxConfig("127.0.0.1", 0, 2_000, SandboxConfig.DEFAULT_SEED, false, null,
                SandboxConfig.Dataset.SHOP));
        ArangoDB client = new ArangoDB.Builder().host("127.0.0.1", java.net.URI.create(shop.url()).getPort())
                .user("root").password("").protocol(com.arangodb.Protocol.HTTP_JSON).build();
        try {
            ReplayedWorkload.SHOP.replay(client);
        } finally {
            client.shutdown();
        }
    }

    @AfterAll
    static void stop() {
        shop.close();
    }

    private int run(String... more) {
        out = new StringWriter();
        err = new StringWriter();
        String[] args = java.util.stream.Stream.concat(java.util.stream.Stream.of("queries", "usage", "--url",
                shop.url(), "--database", "shop"), java.util.Arrays.stream(more)).toArray(String[]::new);
        return Cli.execute(null, Map.<String, String>of()::get, new PrintWriter(out, true), new PrintWriter(err, true),
                args);
    }

    private static JsonNode index(JsonNode root, String collection, String fields) {
        return StreamSupport.stream(root.path("indexes").spliterator(), false).filter(i -> i.path("collection")
                .asText().equals(collection) && i.path("fields").toString().equals(fields)).findFirst()
                .orElseThrow(() -> new AssertionError(collection + fields + ": " + root));
    }

    @Test
    void jsonListsEveryIndexWithTheShapesReadingItAndMarksTheOthersUnused() throws Exception {
        assertEquals(0, run("--json"), err.toString());
        JsonNode root = JSON.readTree(out.toString());
        assertEquals(ReplayedWorkload.SHOP.runs().stream().map(r -> io.arangoconsole.core.insight.QueryShape.of(
                r.query()).id()).distinct().count(), root.path("shapes").asInt(), out.toString());
        assertEquals(0, root.path("unexplained").asInt());
        JsonNode state = index(root, "orders", "[\"state\"]");
        assertFalse(state.path("unused").asBoolean(), state.toString());
        assertEquals(1, state.path("runs").asInt());
        assertTrue(state.path("shapes").get(0).path("shape").asText().contains("o.state"), state.toString());
        JsonNode segment = index(root, "customers", "[\"segment\"]");
        assertTrue(segment.path("unused").asBoolean(), segment.toString());
        assertEquals(0, segment.path("shapes").size());
        assertTrue(root.path("since").isTextual());
    }

    @Test
    void theTableSaysUnusedByTheObservedWorkloadSinceWhen() {
        assertEquals(0, run(), err.toString());
        String text = out.toString();
        assertTrue(text.contains("customers persistent"), text);
        assertTrue(text.contains("unused by the observed workload since "), text);
        assertTrue(text.lines().anyMatch(l -> l.startsWith("orders persistent") && l.contains("[state]: 1 shape, "
                + "1 run, last ")), text);
    }
}
