package io.arangoconsole.cli;

import io.arangoconsole.sandbox.SandboxConfig;
import io.arangoconsole.sandbox.SandboxMode;
import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code sandbox --cluster [--coordinators N] [--dbservers N]} as a person types it. */
class SandboxClusterCliTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private final List<SandboxMode> modes = new ArrayList<>();

    private final SandboxRunner recording = new SandboxRunner() {
        @Override
        public String start(SandboxConfig config) {
            throw new AssertionError("the mode-aware start is the one to call");
        }

        @Override
        public List<String> start(SandboxConfig config, SandboxMode mode) {
            modes.add(mode);
            int n = mode.isCluster() ? mode.cluster().coordinators() : 1;
            List<String> urls = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                urls.add("http://127.0.0.1:" + (config.port() + i));
            }
            return urls;
        }

        @Override
        public void awaitShutdown() {
        }
    };

    private int run(String... args) {
        return Cli.execute(recording, new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    @Test
    void clusterDefaultsToThreeCoordinatorsAndThreeDbServersAndListsTheirUrls() {
        assertEquals(0, run("sandbox", "--cluster", "--port", "9000"));
        assertEquals(1, modes.size());
        assertEquals(3, modes.get(0).cluster().coordinators());
        assertEquals(3, modes.get(0).cluster().dbServers());
        assertFalse(modes.get(0).faultsApi());
        assertTrue(out.toString().contains("http://127.0.0.1:9000, http://127.0.0.1:9001, http://127.0.0.1:9002"),
                out.toString());
        assertTrue(out.toString().contains("3 Coordinators, 3 DB-Servers"), out.toString());
    }

    @Test
    void clusterTakesItsShape() {
        assertEquals(0, run("sandbox", "--cluster", "--coordinators", "2", "--dbservers", "4", "--port", "9000"));
        assertEquals(2, modes.get(0).cluster().coordinators());
        assertEquals(4, modes.get(0).cluster().dbServers());
    }

    @Test
    void aShapeWithoutClusterOrOutOfRangeIsBadUsage() {
        assertEquals(2, run("sandbox", "--coordinators", "2"));
        assertTrue(err.toString().contains("--coordinators and --dbservers need --cluster"), err.toString());
        assertEquals(2, run("sandbox", "--cluster", "--dbservers", "0"));
        assertEquals(2, run("sandbox", "--cluster", "--port", "65534"));
        assertTrue(modes.isEmpty());
    }

    @Test
    void withoutClusterItIsASingleServer() {
        assertEquals(0, run("sandbox", "--port", "9000"));
        assertFalse(modes.get(0).isCluster());
        assertTrue(out.toString().startsWith("Sandbox listening on http://127.0.0.1:9000 "), out.toString());
    }
}
