package io.arangoconsole.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.arangodb.ArangoDB;
import com.arangodb.ArangoDatabase;
import com.arangodb.Protocol;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.arangoconsole.sandbox.Sandbox;
import io.arangoconsole.sandbox.SandboxConfig;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code lag} against two shop sandboxes with the same data, where the primary got 5 more orders over 7 minutes
 * and 3 more events 2 minutes after the replica's latest: the lag in documents and in time, per collection.
 */
class LagCommandTest {

    private static Sandbox primary;
    private static Sandbox replica;
    private StringWriter out;
    private StringWriter err;

    @BeforeAll
    static void start() {
        SandboxConfig config = new SandboxConfig("127.0.0.1", 0, 2_000, SandboxConfig.DEFAULT_SEED, true, "pw",
                SandboxConfig.Dataset.SHOP);
        primary = Sandbox.start(config);
        replica = Sandbox.start(config);
        ArangoDB arango = new ArangoDB.Builder().host(primary.host(), primary.port()).user("root").password("pw")
                .protocol(Protocol.HTTP_JSON).build();
        try {
            ArangoDatabase shop = arango.db("shop");
            Instant latest = Instant.parse(shop.query("FOR o IN orders SORT o.placed_at DESC LIMIT 1 "
                    + "RETURN o.placed_at", String.class).next());
            for (int i = 1; i <= 5; i++) {
                Instant at = i == 5 ? latest.plusSeconds(7 * 60) : latest.plusSeconds(i * 60L);
                shop.collection("orders").insertDocument(Map.of("placed_at", at.toString(), "state", "placed",
                        "customer_key", "c0000001"));
            }
            long ts = shop.query("FOR e IN events SORT e.ts DESC LIMIT 1 RETURN e.ts", Long.class).next();
            for (int i = 0; i < 3; i++) {
                shop.collection("events").insertDocument(Map.of("ts", ts + 120_000, "type", "login"));
            }
        } finally {
            arango.shutdown();
        }
    }

    @AfterAll
    static void stop() {
        primary.close();
        replica.close();
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

    @Test
    void jsonGivesEachCollectionsLagInDocumentsAndSeconds() throws Exception {
        assertEquals(0, run("lag", "--url", primary.url(), "--replica-url", replica.url(), "--database", "shop",
                "--json"));
        JsonNode c = new ObjectMapper().readTree(out.toString()).get("collections");
        JsonNode orders = c.get("orders");
        assertEquals(505, orders.get("count").asLong());
        assertEquals(500, orders.get("replicaCount").asLong());
        assertEquals(5, orders.get("countDifference").asLong());
        assertEquals(420.0, orders.get("lagSeconds").asDouble(), 0.001, orders.toString());
        assertEquals(Instant.parse(orders.get("latest").asText()),
                Instant.parse(orders.get("replicaLatest").asText()).plusSeconds(420));
        JsonNode events = c.get("events");
        assertEquals(3, events.get("countDifference").asLong());
        assertEquals(120.0, events.get("lagSeconds").asDouble(), 0.001, events.toString());
        assertEquals(0.0, c.get("customers").get("lagSeconds").asDouble(), "in step");
        JsonNode products = c.get("products");
        assertTrue(products.get("lagSeconds").isNull(), "unknown, never 0");
        assertEquals("unknown", products.get("lag").asText());
        assertEquals("no freshness attribute", products.get("lagNote").asText());
    }

    @Test
    void aLagOverMaxLagExitsOneAndNamesTheCollection() {
        assertEquals(1, run("lag", "--url", primary.url(), "--replica-url", replica.url(), "--database", "shop",
                "--max-lag", "300"));
        assertEquals("Replica lag over --max-lag 300 s: orders (420 s).", err.toString().strip());
        assertTrue(out.toString().contains("orders"), out.toString());
        streams();
        assertEquals(0, run("lag", "--url", primary.url(), "--replica-url", replica.url(), "--database", "shop",
                "--max-lag", "600"));
        assertEquals("", err.toString());
    }

    @Test
    void anUnreachableReplicaIsUnknownLagWithTheReasonNotZero() throws Exception {
        assertEquals(0, run("lag", "--url", primary.url(), "--replica-url", "http://127.0.0.1:1", "--database",
                "shop", "--json", "--max-lag", "1"));
        JsonNode orders = new ObjectMapper().readTree(out.toString()).get("collections").get("orders");
        assertTrue(orders.get("lagSeconds").isNull());
        assertTrue(orders.get("replicaCount").isNull());
        assertTrue(orders.get("lagNote").asText().startsWith("replica: Cannot reach http://127.0.0.1:1"),
                orders.toString());
    }

    @Test
    void badUsageIsOneSentenceAndExitTwo() {
        assertEquals(2, run("lag", "--url", primary.url(), "--database", "shop"));
        assertTrue(err.toString().contains("--replica-url"), err.toString());
        assertEquals(2, run("lag", "--url", primary.url(), "--replica-url", replica.url(), "--database", "shop",
                "--max-lag", "-5"));
        assertTrue(err.toString().contains("--max-lag must be a number of seconds, 0 or more, not -5.0"),
                err.toString());
    }
}
