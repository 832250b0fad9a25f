package io.arangoconsole.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.arangodb.ArangoDB;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.arangoconsole.core.indexes.IndexPlan;
import io.arangoconsole.core.indexes.IndexPlanFile;
import io.arangoconsole.core.indexes.PlannedIndex;
import io.arangoconsole.core.insight.ReplayedWorkload;
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

/** {@code queries advise} and {@code indexes plan --from-advice} against a sandbox with a replayed workload. */
class QueriesCommandTest {
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
        ArangoDB client = new ArangoDB.Builder().host("127.0.0.1", java.net.URI.create(sandbox.url()).getPort())
                .user("root").password(PASSWORD).protocol(com.arangodb.Protocol.HTTP_JSON).build();
        try {
            ReplayedWorkload.SURVEY.replay(client);
        } finally {
            client.shutdown();
        }
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    private int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        Map<String, String> env = Map.of(QueriesCommand.PASSWORD_ENV, PASSWORD);
        return Cli.execute(null, env::get, new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    private String[] advise(String... more) {
        List<String> all = new ArrayList<>(List.of("queries", "advise", "--url", sandbox.url(), "--database",
                "demo"));
        all.addAll(List.of(more));
        return all.toArray(String[]::new);
    }

    @Test
    void adviseJsonProposesThePlansIndexesFromTheReplayedWorkload() throws Exception {
        assertEquals(0, run(advise("--json")), err.toString());
        JsonNode root = JSON.readTree(out.toString());
        assertEquals(5, root.path("shapes").asInt(), out.toString());
        List<String> proposed = new ArrayList<>();
        for (JsonNode a : root.path("advice")) {
            proposed.add(a.path("collection").asText() + " " + a.path("fields"));
            assertTrue(a.path("count").asLong() > 0 && a.path("p95Ms").isNumber() && a.path("shape").isTextual()
                    && a.path("evidence").asText().contains("EnumerateCollectionNode"), a.toString());
        }
        assertEquals(List.of("ccva_results [\"task_id\"]", "va_table [\"status\"]", "va_table [\"submissiondate\"]"),
                proposed.stream().sorted().toList());
    }

    @Test
    void adviseTableNamesTheIndexesAndTheCountThatNoIndexHelps() {
        assertEquals(0, run(advise()), err.toString());
        String text = out.toString();
        assertTrue(text.startsWith("5 query shapes seen, 3 indexes advised."), text);
        assertTrue(text.contains("ADD va_table [submissiondate]"), text);
        assertTrue(text.contains("LET totalCount = LENGTH(FOR doc IN va_table RETURN ?) RETURN totalCount"), text);
    }

    @Test
    void sinceInTheFutureSeesNothingAndABadDurationIsUsage() throws Exception {
        assertEquals(0, run(advise("--since", "1s", "--json")), err.toString());
        assertTrue(JSON.readTree(out.toString()).path("shapes").asInt() <= 5);
        assertEquals(2, run(advise("--since", "soon")));
        assertTrue(err.toString().contains("--since is not a duration like 30s, 15m, 2h, 7d or PT1H: 'soon'"),
                err.toString());
    }

    @Test
    void aWrongPasswordIsOneSentence() {
        out = new StringWriter();
        err = new StringWriter();
        Map<String, String> env = Map.of(QueriesCommand.PASSWORD_ENV, "wrong");
        assertEquals(1, Cli.execute(null, env::get, new PrintWriter(out, true), new PrintWriter(err, true),
                advise()));
        assertTrue(err.toString().strip().endsWith("wrong password (401)."), err.toString());
        assertEquals(1, err.toString().strip().lines().count());
    }

    @Test
    void indexesPlanFromAdviceMergesIntoThePlanFileOnce() throws Exception {
        assertEquals(0, run(advise("--json")), err.toString());
        Path advice = dir.resolve("advice.json");
        Files.writeString(advice, out.toString());
        Path plan = dir.resolve("plan.json");
        IndexPlanFile.write(plan, IndexPlanFile.parse("p", "{\"collections\": {\"va_table\": [{\"fields\": "
                + "[\"status\"]}]}}"));
        String[] args = {"indexes", "plan", "--url", sandbox.url(), "--database", "demo", "--plan", plan.toString(),
            "--from-advice", advice.toString(), "--json"};
        assertEquals(0, run(args), err.toString());
        assertEquals(0, run(args), err.toString());
        IndexPlan merged = IndexPlanFile.read(plan);
        assertEquals(List.of(PlannedIndex.on("status"), PlannedIndex.on("submissiondate")),
                merged.collection("va_table").orElseThrow().indexes(), "status was planned already: not twice");
        assertEquals(List.of(PlannedIndex.on("task_id")), merged.collection("ccva_results").orElseThrow().indexes());
        assertTrue(out.toString().contains("MISSING"), out.toString());

        Files.writeString(advice, "{\"nothing\": 1}");
        assertEquals(1, run(args));
        assertTrue(err.toString().contains("is not the output of 'queries advise --json'"), err.toString());
        assertEquals(2, run("indexes", "plan", "--url", sandbox.url(), "--database", "demo", "--from-advice",
                advice.toString()));
        assertTrue(err.toString().contains("--from-advice needs --plan FILE"), err.toString());
    }
}
