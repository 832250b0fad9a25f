package io.arangoconsole.core.sync;

import io.arangoconsole.settings.SyncDefaults;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 11, item 4: duplicate {@code _key}s within one file follow the job's {@code onDuplicate} rule, as documents
 * already in the target do. Line 4 repeats line 3's key in the same batch, line 7 repeats line 1's in a later one.
 */
class FileDuplicatesTest {
    private static final String FILE = String.join("\n",
            "{\"_key\":\"d1\",\"v\":\"first\",\"a\":1}",
            "{\"_key\":\"d2\",\"v\":\"first\",\"a\":1}",
            "{\"_key\":\"d3\",\"v\":\"first\",\"a\":1}",
            "{\"_key\":\"d3\",\"v\":\"later\",\"b\":2}",
            "{\"_key\":\"d4\",\"v\":\"first\",\"a\":1}",
            "{\"_key\":\"d5\",\"v\":\"first\",\"a\":1}",
            "{\"_key\":\"d1\",\"v\":\"later\",\"b\":2}",
            "{\"_key\":\"d6\",\"v\":\"first\",\"a\":1}") + "\n";
    @TempDir
    Path dir;

    private SyncResult run(OnDuplicate rule, MemoryTarget target) throws Exception {
        Path file = dir.resolve("dups.jsonl");
        Files.writeString(file, FILE);
        SyncJobConfig config = SyncJobConfig.defaults("dups-" + rule, "n",
                SyncDefaults.CHECKPOINTS).withBatchSize(5).withOnDuplicate(rule)
                .withRetry(new RetryPolicy(3, Duration.ofMillis(1), Duration.ofMillis(5)))
                .withRejectsFile(dir.resolve("rejects-" + rule + ".jsonl"));
        SyncResult r = new SyncJob(new JsonlSource(file, null), target, config, p -> { }).run();
        assertEquals(8, r.read());
        assertEquals(6, r.written(), r.toString());
        assertEquals(2, r.duplicates(), r.toString());
        assertEquals(0, r.rejected(), r.toString());
        assertTrue(r.accountedFor(), "read = written + rejected + duplicates + unchanged: " + r);
        assertTrue(r.verified(), r.message());
        assertTrue(r.message().startsWith("equal (6 documents"), r.message());
        assertEquals(6, target.count());
        return r;
    }

    private static List<JsonNode> rejects(SyncResult r) throws Exception {
        List<JsonNode> out = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of(r.rejectsFile()))) {
            out.add(new ObjectMapper().readTree(line));
        }
        return out;
    }

    private static void assertNoted(List<JsonNode> rejects, String... expected) {
        assertEquals(2, rejects.size(), rejects.toString());
        assertEquals(4, rejects.get(0).get("line").asInt());
        assertEquals(7, rejects.get(1).get("line").asInt());
        assertTrue(rejects.get(0).get("reason").asText().startsWith("duplicate _key 'd3': line 3 has it already"),
                rejects.get(0).toString());
        for (String e : expected) {
            assertTrue(rejects.get(1).get("reason").asText().contains(e), rejects.get(1) + " should say " + e);
        }
    }

    @Test
    void updateMergesTheLaterLineIntoTheFirst() throws Exception {
        MemoryTarget target = new MemoryTarget("n");
        SyncResult r = run(OnDuplicate.UPDATE, target);
        ObjectNode d1 = target.docs.get("d1");
        assertEquals("later", d1.get("v").asText());
        assertEquals(1, d1.get("a").asInt(), "the first line's other attributes stay");
        assertEquals(2, d1.get("b").asInt());
        assertEquals("later", target.docs.get("d3").get("v").asText(), "a repeat within one batch too");
        assertNoted(rejects(r), "applied over it (on-duplicate update: the last line wins)");
    }

    @Test
    void replaceKeepsOnlyTheLaterLine() throws Exception {
        MemoryTarget target = new MemoryTarget("n");
        SyncResult r = run(OnDuplicate.REPLACE, target);
        ObjectNode d1 = target.docs.get("d1");
        assertEquals("later", d1.get("v").asText());
        assertFalse(d1.has("a"), d1.toString());
        assertEquals("later", target.docs.get("d3").get("v").asText());
        assertNoted(rejects(r), "applied over it (on-duplicate replace: the last line wins)");
    }

    @Test
    void ignoreKeepsTheFirstLine() throws Exception {
        MemoryTarget target = new MemoryTarget("n");
        SyncResult r = run(OnDuplicate.IGNORE, target);
        assertEquals("first", target.docs.get("d1").get("v").asText());
        assertFalse(target.docs.get("d1").has("b"));
        assertEquals("first", target.docs.get("d3").get("v").asText());
        assertNoted(rejects(r), "the first line is synced and this one is not (on-duplicate ignore)");
    }

    @Test
    void errorRejectsTheLaterLineWithTheLineOfTheFirst() throws Exception {
        MemoryTarget target = new MemoryTarget("n");
        SyncResult r = run(OnDuplicate.ERROR, target);
        assertEquals("first", target.docs.get("d1").get("v").asText());
        assertEquals("first", target.docs.get("d3").get("v").asText());
        assertNoted(rejects(r), "duplicate _key 'd1': line 1 has it already",
                "the first line is synced and this one is not (on-duplicate error)");
    }

    @Test
    void aTargetChangedAfterTheRunIsFoundByTheVerificationOfTheLastLine() throws Exception {
        MemoryTarget target = new MemoryTarget("n");
        run(OnDuplicate.REPLACE, target);
        target.docs.get("d1").put("v", "first");
        Path file = dir.resolve("dups.jsonl");
        Verification v = new Verifier(new RetryPolicy(1, Duration.ofMillis(1), Duration.ofMillis(1)), m -> { })
                .verify(new JsonlSource(file, null), target, VerifyScope.everything("n", OnDuplicate.REPLACE));
        assertFalse(v.equal(), v.describe());
        assertEquals(List.of("d1"), v.firstDifferingKeys());
    }
}
