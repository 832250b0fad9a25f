package io.arangoconsole.app;

import ch.qos.logback.classic.Level;
import io.arangoconsole.core.connection.ConnectionTarget;
import io.arangoconsole.sandbox.SandboxConfig;
import io.arangoconsole.testing.LogCapture;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The sandbox started ahead of the window (decision 0080): start() takes that one over, no second is started. */
class EmbeddedSandboxTest {
    private static final SandboxConfig SMALL = SandboxConfig.defaults().withRecords(200);

    @Test
    void startAfterPrestartServesThePrestartedSandboxAndMarksTheTimeline() throws Exception {
        StartupTimeline timeline = new StartupTimeline();
        List<String> warmed = Collections.synchronizedList(new ArrayList<>());
        try (EmbeddedSandbox sandbox = new EmbeddedSandbox(SMALL, null, timeline, t -> warmed.add(t.endpoint()))) {
            sandbox.prestart();
            sandbox.prestart(); // a second call starts nothing more
            ConnectionTarget target = sandbox.start();
            assertEquals(target, sandbox.start());
            assertEquals(List.of(target.endpoint()), warmed, "one sandbox, warmed once, before start() returned");
            HttpResponse<String> version = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create(target.endpoint() + "/_api/version")).header("Authorization", "Basic cm9vdDo=")
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, version.statusCode());
            assertTrue(timeline.reached(StartupTimeline.Mark.DEMO_DATA_READY));
            assertTrue(timeline.reached(StartupTimeline.Mark.SANDBOX_LISTENING));
        }
    }

    @Test
    void generatedDataIsKeptOnceTheFirstCardsAreShown(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        StartupTimeline timeline = new StartupTimeline();
        try (EmbeddedSandbox sandbox = new EmbeddedSandbox(SMALL, dir, timeline, t -> { })) {
            sandbox.start();
            timeline.mark(StartupTimeline.Mark.CARDS_SHOWN);
            // well under the 60 s a console whose cards never come waits before keeping its data
            org.testfx.util.WaitForAsyncUtils.waitFor(30, java.util.concurrent.TimeUnit.SECONDS, () -> kept(dir));
        }
    }

    @Test
    void generatedDataIsKeptWhenTheConsoleClosesBeforeItsFirstCards(@org.junit.jupiter.api.io.TempDir
                                                                     java.nio.file.Path dir) throws Exception {
        try (EmbeddedSandbox sandbox = new EmbeddedSandbox(SMALL, dir, new StartupTimeline(), t -> { })) {
            sandbox.start();
        }
        assertTrue(kept(dir), "closing writes the data at once and waits for it, as before");
    }

    private static boolean kept(java.nio.file.Path dir) throws java.io.IOException {
        try (var files = java.nio.file.Files.list(dir)) {
            return files.anyMatch(f -> f.getFileName().toString().endsWith(".bin"));
        }
    }

    @Test
    void aFailedWarmUpDoesNotStopTheStartAndWarnsOnce() {
        try (LogCapture log = LogCapture.of(EmbeddedSandbox.class);
             EmbeddedSandbox sandbox = new EmbeddedSandbox(SMALL, null, new StartupTimeline(), t -> {
                 throw new IllegalStateException("driver could not start");
             })) {
            sandbox.prestart();
            assertTrue(sandbox.start().endpoint().startsWith("http://"));
            assertEquals(1, log.withStackTrace(Level.WARN).size());
        }
    }

    @Test
    void startAfterCloseRefuses() {
        EmbeddedSandbox sandbox = new EmbeddedSandbox(SMALL, null, new StartupTimeline(), t -> { });
        sandbox.prestart();
        sandbox.close();
        IllegalStateException e = assertThrows(IllegalStateException.class, sandbox::start);
        assertEquals("the console is closing", e.getMessage());
    }

    @Test
    void onlyTheFirstOfEachMarkCountsAndCardsShownRunsItsActionsOnce() {
        StartupTimeline timeline = new StartupTimeline();
        List<String> ran = new ArrayList<>();
        timeline.onCardsShown(() -> ran.add("before"));
        timeline.mark(StartupTimeline.Mark.WINDOW_SHOWN, System.nanoTime());
        String first = timeline.summary();
        timeline.mark(StartupTimeline.Mark.WINDOW_SHOWN, System.nanoTime() + 5_000_000_000L);
        assertEquals(first, timeline.summary(), "a later reconnection is not a start");
        timeline.mark(StartupTimeline.Mark.CARDS_SHOWN);
        timeline.mark(StartupTimeline.Mark.CARDS_SHOWN);
        timeline.onCardsShown(() -> ran.add("after"));
        assertEquals(List.of("before", "after"), ran);
        assertSame(true, timeline.summary().startsWith("window shown "));
    }
}
