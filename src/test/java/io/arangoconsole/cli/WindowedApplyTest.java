package io.arangoconsole.cli;

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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the {@code indexes apply --window} tests share: a 500-record sandbox per test, a plan file of single-field
 * indexes on {@code va_table}, and the command run on the test's own {@link WindowClock} with its output captured.
 */
abstract class WindowedApplyTest {
    static final String PASSWORD = "s3cret";
    Sandbox sandbox;
    @TempDir
    Path dir;
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    /** The clock the command waits on: one that jumps instead of sleeping. */
    abstract WindowClock clock();

    @BeforeEach
    void startSandbox() {
        sandbox = Sandbox.start(new SandboxConfig("127.0.0.1", 0, 500, SandboxConfig.DEFAULT_SEED, true, PASSWORD));
    }

    @AfterEach
    void stopSandbox() {
        sandbox.close();
    }

    int apply(Path plan, String window) {
        Map<String, String> env = Map.of(IndexesCommand.PASSWORD_ENV, PASSWORD);
        SyncCommand.Env syncEnv = new SyncCommand.Env(env::get, new SyncHistory(dir.resolve("history.jsonl")));
        return Cli.execute(null, syncEnv, clock(), new PrintWriter(out, true), new PrintWriter(err, true), "indexes",
                "apply", "--url", sandbox.url(), "--database", "demo", "--plan", plan.toString(), "--window", window);
    }

    Path plan(String... fields) throws Exception {
        List<PlannedIndex> indexes = new ArrayList<>();
        for (String f : fields) {
            indexes.add(new PlannedIndex(List.of(f), false, false, null, true, false, List.of()));
        }
        Path file = dir.resolve("plan.json");
        IndexPlanFile.write(file, new IndexPlan("window test", List.of(new CollectionPlan("va_table", indexes))));
        return file;
    }
}
