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
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code indexes plan|apply} against a sandbox started here (its root password is set, and reaches the command only
 * through {@code ARANGO_PASSWORD}). Tests share the server; each builds on a collection of its own plan.
 */
class IndexesCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PASSWORD = "s3cret";
    private static Sandbox sandbox;
    @TempDir
    Path dir;
    private StringWriter out = new StringWriter();
    private StringWriter err = new StringWriter();

    @BeforeAll
    static void start() {
        sandbox = Sandbox.start(new SandboxConfig("127.0.0.1", 0, 2_000, SandboxConfig.DEFAULT_SEED, true,
                PASSWORD));
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    private int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        Map<String, String> env = Map.of(IndexesCommand.PASSWORD_ENV, PASSWORD);
        return Cli.execute(null, env::get, new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    private String[] args(String command, String... more) {
        List<String> all = new ArrayList<>(List.of("indexes", command, "--url", sandbox.url(), "--database", "demo"));
        all.addAll(List.of(more));
        return all.toArray(String[]::new);
    }

    @Test
    void planShowsTheDefaultPlanWithRedundantAndKeyRows() throws Exception {
        assertEquals(0, run(args("plan", "--json")), err.toString());
        JsonNode rows = JSON.readTree(out.toString());
        JsonNode key = find(rows, "va_table", "_key");
        assertEquals("REDUNDANT", key.path("status").asText());
        assertEquals("MISSING", find(rows, "va_table", "submissiondate").path("status").asText(),
                "a single field leading a compound that is only planned is not redundant yet");
        assertTrue(find(rows, "va_table", "submissiondate").path("reason").asText().startsWith("not built"));
        assertEquals("MISSING", find(rows, "ccva_results", "created_at").path("status").asText());

        assertEquals(0, run(args("plan")), err.toString());
        assertTrue(out.toString().startsWith("COLLECTION"), out.toString());
        assertTrue(out.toString().contains("the primary index already serves lookups and sorts on _key"));
    }

    @Test
    void applyCreatesWhatIsMissingOnceAndADryRunChangesNothing() throws Exception {
        Path plan = dir.resolve("plan.json");
        Files.writeString(plan, "{\"collections\": {\"system_configs\": [{\"fields\": [\"type\"]}, "
                + "{\"fields\": [\"last_sync_date\"]}], \"nope\": [{\"fields\": [\"x\"]}]}}");

        assertEquals(0, run(args("apply", "--plan", plan.toString(), "--dry-run", "--json")), err.toString());
        JsonNode dry = JSON.readTree(out.toString());
        assertEquals(2, dry.path("created").size(), "would create both");
        assertEquals(0, run(args("plan", "--plan", plan.toString(), "--json")));
        assertEquals("MISSING", find(JSON.readTree(out.toString()), "system_configs", "type").path("status")
                .asText(), "a dry run builds nothing");

        assertEquals(0, run(args("apply", "--plan", plan.toString(), "--json")), err.toString());
        JsonNode first = JSON.readTree(out.toString().strip());
        assertEquals(List.of("created", "existing", "failed", "skipped"), fieldNames(first));
        assertEquals(2, first.path("created").size(), out.toString());
        assertEquals("system_configs", first.path("created").get(0).path("collection").asText());
        assertEquals("type", first.path("created").get(0).path("fields").get(0).asText());
        assertEquals("nope", first.path("skipped").get(0).path("collection").asText());
        assertEquals(0, first.path("failed").size());

        assertEquals(0, run(args("apply", "--plan", plan.toString(), "--json")), err.toString());
        JsonNode second = JSON.readTree(out.toString());
        assertEquals(0, second.path("created").size(), "a second apply creates nothing");
        assertEquals(2, second.path("existing").size());
    }

    @Test
    void aUniqueIndexOverDuplicatesFailsWithExitOne() throws Exception {
        Path plan = dir.resolve("unique.json");
        Files.writeString(plan, "{\"collections\": {\"va_table\": [{\"fields\": [\"status\"], \"unique\": true}]}}");
        assertEquals(1, run(args("apply", "--plan", plan.toString(), "--json")));
        assertEquals(1, JSON.readTree(out.toString()).path("failed").size(), out.toString());
        assertEquals("Cannot create the unique index on va_table [status]: some documents share the same values.",
                err.toString().strip());
    }

    @Test
    void failuresAreOneSentenceWithExitOne() throws Exception {
        assertEquals(1, run("indexes", "plan", "--url", "http://127.0.0.1:1", "--database", "demo"));
        assertOneSentence("Cannot reach http://127.0.0.1:1");

        assertEquals(1, run(args("plan", "--user", "nobody")));
        assertOneSentence("refused user 'nobody'");

        assertEquals(1, run("indexes", "plan", "--url", sandbox.url(), "--database", "nosuchdb"));
        assertOneSentence("Database 'nosuchdb' does not exist");

        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\"collections\": {\n  \"va_table\": [{\"fields\": 7}]}}");
        assertEquals(1, run(args("plan", "--plan", bad.toString())));
        assertOneSentence("bad.json line 2");
    }

    @Test
    void aDatabaseTheShippedPlanDoesNotFitStartsEmptyAsInThePaneAndSaysHowToBegin() throws Exception {
        try (Sandbox shop = Sandbox.start(new SandboxConfig("127.0.0.1", 0, 400, SandboxConfig.DEFAULT_SEED, true,
                PASSWORD).withDataset(SandboxConfig.Dataset.SHOP))) {
            String[] plan = {"indexes", "plan", "--url", shop.url(), "--database", "shop", "--json"};
            assertEquals(0, run(plan), err.toString());
            JsonNode rows = JSON.readTree(out.toString());
            for (JsonNode row : rows) {
                assertFalse(row.path("collection").asText().equals("va_table"), "no seed row on shop: " + rows);
                assertFalse(row.path("status").asText().equals("MISSING"), "an empty plan misses nothing: " + row);
            }
            assertTrue(err.toString().startsWith("No index plan for database shop yet"), err.toString());
            assertTrue(err.toString().contains("--from-advice"), err.toString());

            String[] apply = {"indexes", "apply", "--url", shop.url(), "--database", "shop", "--json"};
            assertEquals(0, run(apply), err.toString());
            assertEquals(0, JSON.readTree(out.toString()).path("created").size(), "nothing built: " + out);
        }
        assertEquals(0, run(args("plan", "--json")), err.toString());
        assertEquals("", err.toString(), "the survey demo has the seed's collections: no note");
    }

    @Test
    void badUsageExitsTwo() {
        assertEquals(2, run("indexes", "plan", "--database", "demo"));
        assertTrue(err.toString().contains("--url"), err.toString());
        assertEquals(2, run("indexes", "frobnicate"));
        assertEquals(2, run(args("apply", "--timeout", "soon")));
    }

    private void assertOneSentence(String start) {
        String text = err.toString().strip();
        assertTrue(text.contains(start), text);
        assertFalse(text.contains("\n"), "one line, no stack trace: " + text);
        assertFalse(text.contains("Exception"), text);
        assertEquals("", out.toString());
    }

    private static JsonNode find(JsonNode rows, String collection, String field) {
        for (JsonNode row : rows) {
            if (row.path("collection").asText().equals(collection) && row.path("fields").size() == 1
                    && row.path("fields").get(0).asText().equals(field)) {
                return row;
            }
        }
        throw new AssertionError("no row " + collection + " [" + field + "] in " + rows);
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
