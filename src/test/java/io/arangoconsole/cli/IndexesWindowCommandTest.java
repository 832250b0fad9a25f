package io.arangoconsole.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.arangoconsole.core.indexes.CollectionPlan;
import io.arangoconsole.core.indexes.IndexPlan;
import io.arangoconsole.core.indexes.IndexPlanFile;
import io.arangoconsole.core.indexes.PlannedIndex;
import io.arangoconsole.core.sync.SyncHistory;
import io.arangoconsole.sandbox.Sandbox;
import io.arangoconsole.sandbox.SandboxConfig;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code indexes apply --window 02:00-04:00} against a sandbox, on a clock that jumps instead of sleeping: it waits
 * for the window and builds in it (exit 0); when the window closes first it exits 1 and says which builds keep going
 * and which never started.
 */
class IndexesWindowCommandTest {
    private static final String PASSWORD = "s3cret";
    private Sandbox sandbox;
    @TempDir
    Path dir;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private final List<Instant> slept = new ArrayList<>();
    private Instant now = Instant.parse("2026-12-03T23:30:00Z");
    /** Where the clock lands when the command sleeps until the window opens. */
    private Instant wakeAt;

    private final WindowClock clock = new WindowClock() {
        @Override
        public Instant now() {
            return now;
        }

        @Override
        public ZoneId zone() {
            return ZoneOffset.UTC;
        }

        @Override
        public void sleepUntil(Instant when) {
            slept.add(when);
            now = wakeAt != null ? wakeAt : when;
        }
    };

    @BeforeEach
    void start() {
        sandbox = Sandbox.start(new SandboxConfig("127.0.0.1", 0, 500, SandboxConfig.DEFAULT_SEED, true, PASSWORD));
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    private int apply(Path plan, String window) {
        Map<String, String> env = Map.of(IndexesCommand.PASSWORD_ENV, PASSWORD);
        SyncCommand.Env syncEnv = new SyncCommand.Env(env::get, new SyncHistory(dir.resolve("history.jsonl")));
        return Cli.execute(null, syncEnv, clock, new PrintWriter(out, true), new PrintWriter(err, true), "indexes",
                "apply", "--url", sandbox.url(), "--database", "demo", "--plan", plan.toString(), "--window", window);
    }

    private Path plan(String... fields) throws Exception {
        List<PlannedIndex> indexes = new ArrayList<>();
        for (String f : fields) {
            indexes.add(new PlannedIndex(List.of(f), false, false, null, true, false, List.of()));
        }
        Path file = dir.resolve("plan.json");
        IndexPlanFile.write(file, new IndexPlan("window test", List.of(new CollectionPlan("va_table", indexes))));
        return file;
    }

    @Test
    void waitsForTheWindowThenBuildsInIt() throws Exception {
        assertEquals(0, apply(plan("status"), "02:00-04:00"), err.toString());

        assertEquals(List.of(Instant.parse("2026-12-04T02:00:00Z")), slept, "slept until the window opened");
        assertTrue(out.toString().startsWith("Waiting for the window 02:00\u201304:00 local: it opens at 2026-12-04 "
                + "02:00 (Z)."), out.toString());
        assertTrue(out.toString().contains("1 created"), out.toString());
    }

    @Test
    void insideTheWindowItDoesNotWait() throws Exception {
        now = Instant.parse("2026-12-04T02:30:00Z");
        assertEquals(0, apply(plan("status"), "02:00-04:00"), err.toString());
        assertEquals(List.of(), slept);
    }

    @Test
    void aWindowThatClosesFirstExitsOneAndSaysWhatKeepsGoing() throws Exception {
        sandbox.faults().indexBuildDelay(2_000);
        wakeAt = Instant.parse("2026-12-04T03:59:59.950Z"); // 50 ms of window left when it wakes

        assertEquals(1, apply(plan("status", "submissiondate"), "02:00-04:00"), out.toString());

        assertEquals("The window 02:00\u201304:00 local closed before the builds finished: 1 build already started "
                + "keeps going on the server; 1 not started (run again in the next window).", err.toString().strip());
    }

    @Test
    void aBadWindowIsUsage() throws Exception {
        assertEquals(2, apply(plan("status"), "2am-4am"));
        assertTrue(err.toString().contains("The window '2am-4am' is not a time range like 02:00-04:00"),
                err.toString());
    }
}
