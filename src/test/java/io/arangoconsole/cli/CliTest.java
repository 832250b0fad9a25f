package io.arangoconsole.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.arangoconsole.sandbox.SandboxConfig;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CliTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private final List<SandboxConfig> started = new ArrayList<>();
    private boolean awaited;

    private final SandboxRunner recording = new SandboxRunner() {
        @Override
        public String start(SandboxConfig config) {
            started.add(config);
            return "http://" + config.host() + ":" + (config.port() == 0 ? 41234 : config.port());
        }

        @Override
        public void awaitShutdown() {
            awaited = true;
        }
    };

    private int run(SandboxRunner runner, String... args) {
        return Cli.execute(runner, new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    @Test
    void helpListsTheSandboxCommand() {
        assertEquals(0, run(recording, "--help"));
        assertTrue(out.toString().contains("arango-console"), out.toString());
        assertTrue(out.toString().contains("sandbox"), out.toString());
        assertTrue(out.toString().contains("--version"), out.toString());
    }

    @Test
    void sandboxHelpListsItsOptions() {
        assertEquals(0, run(recording, "sandbox", "--help"));
        for (String option : List.of("--port", "--records", "--seed", "--no-auth", "--password", "--host")) {
            assertTrue(out.toString().contains(option), option + " missing in " + out);
        }
    }

    @Test
    void versionExitsZero() {
        assertEquals(0, run(recording, "--version"));
        assertTrue(out.toString().startsWith("arango-console "), out.toString());
    }

    @Test
    void sandboxStartsWithTheGivenConfigAndPrintsItsUrl() {
        int code = run(recording, "sandbox", "--port", "0", "--records", "500", "--seed", "7", "--no-auth",
                "--host", "0.0.0.0");
        assertEquals(0, code, err.toString());
        assertEquals(List.of(new SandboxConfig("0.0.0.0", 0, 500, 7, false, "")), started);
        assertTrue(out.toString().startsWith("Sandbox listening on http://0.0.0.0:41234 (no authentication, "
                + "database demo, 500 records in va_table)"), out.toString());
        assertTrue(awaited, "the command serves until killed");
    }

    @Test
    void sandboxTakesTheShopDataset() {
        assertEquals(0, run(recording, "sandbox", "--dataset", "shop", "--records", "1000"));
        assertEquals(List.of(new SandboxConfig("127.0.0.1", 8529, 1_000, SandboxConfig.DEFAULT_SEED, true, "",
                SandboxConfig.Dataset.SHOP)), started);
        assertTrue(out.toString().contains("database shop, 1,000 events, with orders, customers and products"),
                out.toString());
        assertEquals(2, run(recording, "sandbox", "--dataset", "bank"));
        assertTrue(err.toString().contains("--dataset must be survey or shop, not 'bank'"), err.toString());
    }

    @Test
    void sandboxDefaultsMatchAFreshArangoDb() {
        assertEquals(0, run(recording, "sandbox"));
        assertEquals(List.of(new SandboxConfig("127.0.0.1", 8529, 38_000, SandboxConfig.DEFAULT_SEED, true, "")),
                started);
        assertTrue(out.toString().contains("user root, empty password"), out.toString());
    }

    @Test
    void theSandboxPasswordComesFromTheEnvironmentNeverFromArguments() {
        int code = Cli.execute(recording, name -> name.equals("ARANGO_SANDBOX_PASSWORD") ? "s3cret" : null,
                new PrintWriter(out, true), new PrintWriter(err, true), "sandbox", "--port", "0");
        assertEquals(0, code, err.toString());
        assertEquals("s3cret", started.get(0).password());
        assertTrue(out.toString().contains("user root, password from ARANGO_SANDBOX_PASSWORD"), out.toString());
        assertFalse(out.toString().contains("s3cret"), out.toString());
        assertEquals("", err.toString(), "no warning without --password");
    }

    @Test
    void theDeprecatedPasswordOptionStillWorksAndWarnsOnStderr() {
        int code = Cli.execute(recording, name -> null, new PrintWriter(out, true), new PrintWriter(err, true),
                "sandbox", "--port", "0", "--password", "old-way");
        assertEquals(0, code, err.toString());
        assertEquals("old-way", started.get(0).password());
        assertEquals("Warning: --password is deprecated, as every user of this machine can read it in the process "
                + "list; set ARANGO_SANDBOX_PASSWORD instead.", err.toString().strip());
        assertFalse(out.toString().contains("old-way"), out.toString());
    }

    @Test
    void sandboxTakesAQueryMemoryLimit() {
        assertEquals(0, run(recording, "sandbox", "--query-memory-limit", "1000000"));
        assertEquals(1_000_000L, started.get(0).queryMemoryLimit());
        assertEquals(1_000_000L, started.get(0).effectiveQueryMemoryLimit());
        assertEquals(2, run(recording, "sandbox", "--query-memory-limit", "-7"));
        assertTrue(err.toString().contains("--query-memory-limit"), err.toString());
    }

    @Test
    void sandboxTakesTheMaximumBodySize() {
        assertEquals(0, run(recording, "sandbox", "--max-body-size", "64m"));
        assertEquals(64L << 20, started.get(0).maxBodySize());
    }

    @Test
    void aMaximumBodySizeThatIsNoSizeIsBadUsage() {
        assertEquals(2, run(recording, "sandbox", "--max-body-size", "lots"));
        assertTrue(err.toString().contains("--max-body-size must be a positive size"), err.toString());
        assertTrue(started.isEmpty());
    }

    @Test
    void badUsageExitsTwo() {
        assertEquals(2, run(recording, "sandbox", "--port", "eighty"));
        assertTrue(err.toString().contains("--port"), err.toString());
        assertEquals(2, run(recording, "frobnicate"));
        assertEquals(2, run(recording, "sandbox", "--records", "-5"));
        assertEquals(2, run(recording, "sandbox", "--port", "70000"));
        assertTrue(started.isEmpty());
    }

    @Test
    void failureExitsOneWithOneSentenceOnStderr() {
        SandboxRunner failing = new SandboxRunner() {
            @Override
            public String start(SandboxConfig config) {
                throw new IllegalStateException("Address already in use");
            }

            @Override
            public void awaitShutdown() {
            }
        };
        assertEquals(1, run(failing, "sandbox", "--port", "8529"));
        assertEquals("The sandbox could not start: Address already in use.", err.toString().strip());
        assertEquals("", out.toString());
    }
}
