package io.arangoconsole.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.arangoconsole.core.sync.SyncHistory;
import io.arangoconsole.sandbox.Sandbox;
import io.arangoconsole.sandbox.SandboxConfig;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code sync run} against two sandboxes started here, over real HTTP. */
class SyncCommandTest {

    static Sandbox source;
    static Sandbox target;
    @TempDir
    Path dir;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeAll
    static void start() {
        source = Sandbox.start(SandboxConfig.defaults().withRecords(1_500));
        target = Sandbox.start(SandboxConfig.defaults().withRecords(0));
    }

    @AfterAll
    static void stop() {
        source.close();
        target.close();
    }

    private int run(String... args) {
        SyncCommand.Env env = new SyncCommand.Env(Map.of(SyncCommand.PASSWORD_ENV, "")::get,
                new SyncHistory(dir.resolve("history.jsonl")));
        return Cli.execute(SandboxRunner.serving(), env, new PrintWriter(out, true), new PrintWriter(err, true),
                args);
    }

    private JsonNode json() throws Exception {
        String text = out.toString().strip();
        assertEquals(1, text.lines().count(), "exactly one object on stdout: " + text);
        return new ObjectMapper().readTree(text);
    }

    @Test
    void fullThenIncrementalRunWritesOnlyWhatIsNewAndVerifies() throws Exception {
        String[] args = {"sync", "run", "--source-url", source.url(), "--target-url", target.url(),
            "--database", "demo", "--collection", "va_table", "--target-collection", "cli_copy", "--json"};
        assertEquals(0, run(args), err.toString());
        JsonNode first = json();
        assertEquals(1_500, first.get("read").asLong());
        assertEquals(1_500, first.get("written").asLong());
        assertEquals(0, first.get("rejected").asLong());
        assertTrue(first.get("verified").asBoolean(), first.toString());
        assertTrue(first.has("rejectsFile"));

        out.getBuffer().setLength(0);
        assertEquals(0, run(args), err.toString());
        JsonNode second = json();
        assertEquals(0, second.get("written").asLong(), second.toString());
        assertTrue(second.get("verified").asBoolean(), second.toString());
        assertEquals(2, new SyncHistory(dir.resolve("history.jsonl")).list().size(), "each run is in the history");
    }

    @Test
    void theCheckpointGoesWhereTheJobSaysAndTheNextRunResumesFromIt() throws Exception {
        String[] args = {"sync", "run", "--source-url", source.url(), "--target-url", target.url(),
            "--database", "demo", "--collection", "va_table", "--target-collection", "cp_copy",
            "--checkpoint-collection", "job_marks", "--checkpoint-date-attribute", "synced_at", "--json"};
        assertEquals(0, run(args), err.toString());
        assertEquals(1_500, json().get("written").asLong());

        com.arangodb.ArangoDB driver = new com.arangodb.ArangoDB.Builder().host(target.host(), target.port())
                .user("root").password("").protocol(com.arangodb.Protocol.HTTP_JSON).build();
        try {
            com.arangodb.ArangoDatabase db = driver.db("demo");
            List<JsonNode> marks = db.query("FOR d IN job_marks FILTER d.collection == 'cp_copy' RETURN d",
                    JsonNode.class).asListRemaining();
            assertEquals(1, marks.size(), marks.toString());
            assertTrue(marks.get(0).hasNonNull("synced_at"), marks.get(0).toString());
            assertFalse(marks.get(0).has("last_sync_date"), marks.get(0).toString());
            assertTrue(marks.get(0).get("complete").asBoolean());
            if (db.collection("system_configs").exists()) {
                assertEquals(List.of(), db.query("FOR d IN system_configs FILTER d.collection == 'cp_copy' RETURN 1",
                        Integer.class).asListRemaining(), "nothing written to the default place");
            }
        } finally {
            driver.shutdown();
        }

        out.getBuffer().setLength(0);
        assertEquals(0, run(args), err.toString());
        JsonNode second = json();
        assertEquals(0, second.get("read").asLong(), "incremental from the checkpoint in job_marks: " + second);
        assertTrue(second.get("verified").asBoolean(), second.toString());
    }

    @Test
    void aCheckpointAttributeThatIsNotAPlainNameIsBadUsage() {
        assertEquals(2, run("sync", "run", "--source-url", source.url(), "--target-url", target.url(),
                "--database", "demo", "--collection", "va_table", "--checkpoint-date-attribute", "synced at"));
        assertTrue(err.toString().contains("The checkpoint date attribute must be a plain attribute name"),
                err.toString());
    }

    @Test
    void aCorruptJsonlLineGoesToTheRejectsFileAndTheRestThrough() throws Exception {
        Path file = dir.resolve("in.jsonl");
        Files.write(file, List.of("{\"_key\":\"a\",\"submissiondate\":\"2024-01-01\"}", "{broken",
                "{\"_key\":\"b\",\"submissiondate\":\"2024-01-02\"}"));
        Path rejects = dir.resolve("rejects.jsonl");
        assertEquals(0, run("sync", "run", "--source-file", file.toString(), "--target-url", target.url(),
                "--database", "demo", "--collection", "from_file", "--rejects", rejects.toString(), "--json"),
                err.toString());
        JsonNode result = json();
        assertEquals(2, result.get("written").asLong());
        assertEquals(1, result.get("rejected").asLong());
        assertEquals(rejects.toString(), result.get("rejectsFile").asText());
        JsonNode reject = new ObjectMapper().readTree(Files.readAllLines(rejects).get(0));
        assertEquals(2, reject.get("line").asInt());
    }

    @Test
    void withoutJsonItPrintsASummaryLine() {
        Path file = dir.resolve("one.jsonl");
        assertEquals(0, run("sync", "run", "--source-file", writeOne(file), "--target-url", target.url(),
                "--database", "demo", "--collection", "summary_copy"), err.toString());
        assertTrue(out.toString().startsWith("Read 1: wrote 1, rejected 0, duplicates 0, unchanged 0 in "),
                out.toString());
    }

    private static String writeOne(Path file) {
        try {
            Files.writeString(file, "{\"_key\":\"x\",\"submissiondate\":\"2024-01-01\"}\n");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return file.toString();
    }

    @Test
    void aMissingSourceCollectionFailsWithOneSentence() {
        assertEquals(1, run("sync", "run", "--source-url", source.url(), "--target-url", target.url(),
                "--database", "demo", "--collection", "no_such_collection"));
        String text = err.toString().strip();
        assertEquals(1, text.lines().filter(l -> !l.startsWith("sync: ")).count(), text);
        assertTrue(text.contains("The sync failed") && text.contains("no_such_collection"), text);
    }

    @Test
    void badUsageExitsTwo() {
        assertEquals(2, run("sync", "run", "--source-url", source.url(), "--source-file", "x.jsonl",
                "--target-url", target.url(), "--database", "demo", "--collection", "c"));
        assertEquals(2, run("sync", "run", "--source-url", source.url(), "--target-url", target.url(),
                "--database", "demo"));
        assertEquals(2, run("sync", "run", "--source-file", "/no/such/file.jsonl", "--target-url", target.url(),
                "--database", "demo", "--collection", "c"));
        assertEquals(2, run("sync", "run", "--source-url", "not a url", "--target-url", target.url(),
                "--database", "demo", "--collection", "c"));
        assertFalse(err.toString().isBlank());
    }
}
