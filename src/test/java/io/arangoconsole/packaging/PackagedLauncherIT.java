package io.arangoconsole.packaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.arangoconsole.sandbox.Sandbox;
import io.arangoconsole.sandbox.SandboxConfig;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The launcher that {@code mvn -Ppackage verify} packaged with jpackage, run as a DBA would after installing it: it
 * lists its commands, and its bundled Java runtime holds every module the driver needs to talk to a server.
 */
class PackagedLauncherIT {

    private static final Path DIST = Path.of("target", "dist");

    @Test
    void helpListsTheCommands() throws Exception {
        Run run = launch("--help");

        assertEquals(0, run.exit(), run.output());
        for (String command : List.of("sandbox", "stats", "indexes", "sync")) {
            assertTrue(run.output().contains("  " + command + " "), "--help lists " + command + ":\n" + run.output());
        }
    }

    @Test
    void bundledRuntimeTalksToAServer() throws Exception {
        try (Sandbox sandbox = Sandbox.start(SandboxConfig.defaults().withRecords(300))) {
            Run run = launch("stats", "--url", sandbox.url(), "--database", "demo", "--json");

            assertEquals(0, run.exit(), run.output());
            assertTrue(run.output().contains("\"va_table\":{\"count\":300"), run.output());
        }
    }

    /** The installed launcher of this OS's app image. */
    private static Path launcher() {
        String os = System.getProperty("os.name").toLowerCase(Locale.ROOT);
        Path path = os.contains("mac") ? DIST.resolve("arango-console.app/Contents/MacOS/arango-console")
                : os.contains("win") ? DIST.resolve("arango-console/arango-console.exe")
                : DIST.resolve("arango-console/bin/arango-console");
        assertTrue(Files.isExecutable(path), "no packaged launcher at " + path + ": run mvn -Ppackage verify");
        return path;
    }

    private record Run(int exit, String output) {
    }

    private static Run launch(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(launcher().toString());
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().remove("ARANGO_PASSWORD");
        Process process = builder.start();
        byte[] out = process.getInputStream().readAllBytes();
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the launcher ended within a minute");
        return new Run(process.exitValue(), new String(out, StandardCharsets.UTF_8));
    }
}
