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
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code arango-console stats} against a real sandbox with the demo's 38,000 records and a password. */
class StatsCommandTest {

    private static Sandbox sandbox;
    private static Sandbox shop;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeAll
    static void start() {
        sandbox = Sandbox.start(new SandboxConfig("127.0.0.1", 0, 38_000, SandboxConfig.DEFAULT_SEED, true,
                "secret"));
        shop = Sandbox.start(new SandboxConfig("127.0.0.1", 0, 2_000, SandboxConfig.DEFAULT_SEED, true, "secret",
                SandboxConfig.Dataset.SHOP));
    }

    @AfterAll
    static void stop() {
        sandbox.close();
        shop.close();
    }

    private int run(String password, String... args) {
        Map<String, String> env = password == null ? Map.of() : Map.of("ARANGO_PASSWORD", password);
        return Cli.execute(SandboxRunner.serving(), env::get, new PrintWriter(out, true), new PrintWriter(err, true),
                args);
    }

    @Test
    void jsonIsExactlyOneObjectWithEveryCollection() throws Exception {
        assertEquals(0, run("secret", "stats", "--url", sandbox.url(), "--database", "demo", "--json"));
        assertEquals("", err.toString());
        String text = out.toString().strip();
        JsonNode root = new ObjectMapper().readTree(text);
        assertEquals(text.length(), new ObjectMapper().writeValueAsString(root).length(), "one object, nothing else");
        assertEquals("primary", root.get("target").asText());
        assertEquals("demo", root.get("database").asText());
        List<String> names = iterate(root.get("collections"));
        assertEquals(List.of("ccva_results", "system_configs", "va_table"), names);
        JsonNode va = root.get("collections").get("va_table");
        assertEquals(38_000, va.get("count").asLong());
        assertTrue(va.has("earliest") && va.has("latest"));
        assertTrue(va.get("earliest").isNull(), "no index in a fresh sandbox: nothing detected, nothing read");
        assertTrue(va.get("watermark").isNull());
        assertEquals("detected", va.get("watermarkSource").asText());
        assertEquals("no usable freshness attribute: no persistent index; submissiondate holds ISO dates but is not "
                + "indexed: an index on [submissiondate] would serve it", va.get("watermarkReason").asText());
    }

    @Test
    void aConfiguredAttributeWithoutIndexKeepsTheNeverScanRuleAndNamesTheIndex() throws Exception {
        assertEquals(0, run("secret", "stats", "--url", sandbox.url(), "--database", "demo", "--json",
                "--watermark", "va_table=submissiondate", "--breakdown", "va_table=status"));
        JsonNode va = new ObjectMapper().readTree(out.toString()).get("collections").get("va_table");
        assertEquals("submissiondate", va.get("watermark").asText());
        assertEquals("configured", va.get("watermarkSource").asText());
        assertTrue(va.get("earliest").isNull());
        assertTrue(va.get("watermarkNote").asText().startsWith("no index on submissiondate: a scan would cost"));
        assertTrue(va.get("watermarkNote").asText().endsWith("an index on [submissiondate] would serve it"));
        assertEquals("status", va.get("breakdown").asText());
        assertEquals("configured", va.get("breakdownSource").asText());
        assertTrue(va.get("breakdownCounts").isNull());
        assertTrue(va.get("breakdownNote").asText().startsWith("breakdown needs an index on status"));
    }

    @Test
    void onTheShopEveryCollectionSaysWhatWasDetectedAndScriptsCanOverrideIt() throws Exception {
        assertEquals(0, run("secret", "stats", "--url", shop.url(), "--database", "shop", "--json",
                "--breakdown", "orders=", "--watermark", "events=type"));
        JsonNode c = new ObjectMapper().readTree(out.toString()).get("collections");
        assertEquals(List.of("customers", "events", "orders", "products"), iterate(c));
        JsonNode orders = c.get("orders");
        assertEquals("placed_at", orders.get("watermark").asText());
        assertEquals("detected", orders.get("watermarkSource").asText());
        assertTrue(orders.get("latest").asText().startsWith("2026-06-"), orders.toString());
        assertTrue(orders.get("breakdown").isNull(), "cleared by --breakdown orders=");
        assertEquals("configured", orders.get("breakdownSource").asText());
        assertEquals("signed_up_at", c.get("customers").get("watermark").asText());
        assertTrue(c.get("customers").get("latest").isIntegralNumber(), "epoch seconds as stored");
        assertEquals("segment", c.get("customers").get("breakdown").asText());
        assertEquals(80, c.get("customers").get("breakdownCounts").get("consumer").asLong() * 100
                / c.get("customers").get("count").asLong(), 10, "skewed: about 80 % of customers are consumers");
        assertEquals("type", c.get("events").get("watermark").asText(), "as the script said");
        assertEquals("configured", c.get("events").get("watermarkSource").asText());
        assertTrue(c.get("products").get("watermark").isNull());
    }

    @Test
    void aMalformedOverrideIsOneSentenceAndExitTwo() {
        assertEquals(2, run("secret", "stats", "--url", shop.url(), "--database", "shop", "--watermark", "orders"));
        assertTrue(err.toString().startsWith("--watermark takes COLLECTION=ATTRIBUTE (e.g. orders=placed_at), not "
                + "'orders'"), err.toString());
        assertEquals(2, run("secret", "stats", "--url", shop.url(), "--database", "shop", "--breakdown",
                "orders=a b"));
        assertTrue(err.toString().contains("--breakdown names an attribute that is not a plain name"),
                err.toString());
    }

    @Test
    void earliestAndLatestAreTheStoredValuesOnceIndexed() throws Exception {
        try (var fx = new Driver(sandbox)) {
            fx.index("system_configs", "last_sync_date");
        }
        assertEquals(0, run("secret", "stats", "--url", sandbox.url(), "--database", "demo", "--json",
                "--watermark", "system_configs=last_sync_date"));
        JsonNode configs = new ObjectMapper().readTree(out.toString()).get("collections").get("system_configs");
        assertTrue(configs.get("latest").isTextual(), configs.toString());
        assertTrue(configs.get("latest").asText().matches("2025-12-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.000Z"),
                configs.toString());
        assertEquals(true, configs.get("watermarkIndexed").asBoolean());
    }

    @Test
    void withoutJsonItPrintsATable() {
        assertEquals(0, run("secret", "stats", "--url", sandbox.url(), "--database", "demo"));
        String table = out.toString();
        assertTrue(table.startsWith("Database demo, read from the primary"), table);
        assertTrue(table.contains("va_table") && table.contains("38,000"), table);
    }

    @Test
    void aReplicaThatAnswersServesTheRead() throws Exception {
        assertEquals(0, run("secret", "stats", "--url", sandbox.url(), "--replica-url", sandbox.url(),
                "--database", "demo", "--json"));
        assertEquals("replica", new ObjectMapper().readTree(out.toString()).get("target").asText());
    }

    @Test
    void anUnreachableReplicaFallsBackToThePrimaryAndSaysSo() throws Exception {
        assertEquals(0, run("secret", "stats", "--url", sandbox.url(), "--replica-url", "http://127.0.0.1:1",
                "--database", "demo", "--json"));
        JsonNode root = new ObjectMapper().readTree(out.toString());
        assertEquals("primary", root.get("target").asText());
        assertEquals("replica unavailable, from primary", root.get("note").asText());
    }

    @Test
    void aWrongPasswordIsOneSentenceAndExitOne() {
        assertEquals(1, run("wrong", "stats", "--url", sandbox.url(), "--database", "demo", "--json"));
        assertEquals("", out.toString());
        assertEquals("The server at " + sandbox.url() + " refused user 'root': wrong password (401).",
                err.toString().strip());
    }

    @Test
    void anUnknownDatabaseIsOneSentenceAndExitOne() {
        assertEquals(1, run("secret", "stats", "--url", sandbox.url(), "--database", "nope"));
        assertEquals("Database 'nope' does not exist on " + sandbox.url() + ".", err.toString().strip());
    }

    @Test
    void anUnreachableHostIsOneSentenceAndExitOne() {
        assertEquals(1, run("secret", "stats", "--url", "http://127.0.0.1:1", "--database", "demo"));
        String message = err.toString().strip();
        assertEquals("Cannot reach http://127.0.0.1:1: connection refused or no server listening.", message);
        assertFalse(message.contains("Exception"), message);
    }

    @Test
    void badUsageExitsTwo() {
        assertEquals(2, run("secret", "stats", "--database", "demo"));
        assertTrue(err.toString().contains("--url"), err.toString());
        assertEquals(2, run("secret", "stats", "--url", sandbox.url(), "--database", ""));
        assertEquals(2, run("secret", "stats", "--url", "http://", "--database", "demo"));
        assertEquals(2, run("secret", "stats", "--url", sandbox.url(), "--database", "demo", "--password", "x"));
    }

    private static List<String> iterate(JsonNode object) {
        List<String> names = new java.util.ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }

    /** The driver on the sandbox, to add an index as a DBA would. */
    private static final class Driver implements AutoCloseable {
        private final com.arangodb.ArangoDB arango;

        Driver(Sandbox sandbox) {
            arango = new com.arangodb.ArangoDB.Builder().host(sandbox.host(), sandbox.port()).user("root")
                    .password("secret").protocol(com.arangodb.Protocol.HTTP_JSON).build();
        }

        void index(String collection, String field) {
            arango.db("demo").collection(collection).ensurePersistentIndex(List.of(field),
                    new com.arangodb.model.PersistentIndexOptions());
        }

        @Override
        public void close() {
            arango.shutdown();
        }
    }
}
