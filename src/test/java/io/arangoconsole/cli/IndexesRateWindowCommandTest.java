package io.arangoconsole.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.arangoconsole.core.indexes.IndexJobQueue;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/**
 * {@code indexes apply --window "under N/s"} against a sandbox whose request rate the test sets: the clock jumps
 * instead of sleeping, and every jump sends the sandbox as many requests as the rate asks for that stretch of time,
 * so the rate the command reads from the sandbox's own metrics is the one the test chose. It waits until the rate
 * stayed under the limit for 5 minutes, then builds (exit 0); when the rate reaches the limit during the builds it
 * exits 1, saying which build keeps going, and that build does finish on the server.
 */
class IndexesRateWindowCommandTest extends WindowedApplyTest {
    private static final Duration CEILING = Duration.ofSeconds(30);
    private final HttpClient http = HttpClient.newHttpClient();
    private Instant now = Instant.parse("2026-12-03T10:00:00Z");
    /** Requests per second the test sends while the clock stands before {@link #busyUntil}. */
    private double busyRate;
    private Instant busyUntil = Instant.MIN;
    /** Requests per second sent while the command waits for its builds. */
    private double rateWhileBuilding;
    /** When the command first waited for its builds: the window had opened. */
    private Instant buildsFrom;

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
            load(now.isBefore(busyUntil) ? busyRate : 0, when);
        }

        @Override
        public boolean awaitIdle(IndexJobQueue queue, Instant until) throws InterruptedException {
            if (buildsFrom == null) {
                buildsFrom = now;
            }
            // calm: the builds get all the real time they need (the ceiling is reached only by a fault)
            boolean idle = queue.awaitIdle(rateWhileBuilding > 0 ? Duration.ZERO : CEILING);
            if (!idle) {
                load(rateWhileBuilding, until);
            }
            return idle;
        }
    };

    /** Sends the sandbox {@code perSecond} requests for each second from now to {@code until}, then moves there. */
    private void load(double perSecond, Instant until) {
        long requests = Math.round(perSecond * Duration.between(now, until).toMillis() / 1000.0);
        for (long i = 0; i < requests; i++) {
            assertEquals(200, get("/_api/version").statusCode());
        }
        now = until;
    }

    private HttpResponse<String> get(String path) {
        String auth = Base64.getEncoder().encodeToString(("root:" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        try {
            return http.send(HttpRequest.newBuilder(URI.create(sandbox.url() + path))
                    .header("Authorization", "Basic " + auth).build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    @Override
    WindowClock clock() {
        return clock;
    }

    @Test
    void waitsUntilTheRateStayedUnderTheLimitForFiveMinutesThenBuilds() throws Exception {
        busyRate = 5;
        busyUntil = now.plus(Duration.ofMinutes(2));

        assertEquals(0, apply(plan("status"), "under 2/s"), err.toString());

        assertTrue(out.toString().startsWith("Waiting for the window when requests stay under 2/s for 5 min: the "
                + "request rate of " + sandbox.url() + " is read every 10 s."), out.toString());
        assertTrue(out.toString().contains("1 created"), out.toString());
        assertNotNull(buildsFrom, "the builds were waited for");
        Instant calmFrom = busyUntil.plus(Duration.ofMinutes(5));
        assertFalse(buildsFrom.isBefore(calmFrom), "built at " + buildsFrom + ", before 5 calm minutes");
        assertTrue(buildsFrom.isBefore(calmFrom.plus(WindowedApply.RATE_EVERY.multipliedBy(3))),
                "built at " + buildsFrom + ", long after the rate had been calm for 5 minutes");
    }

    @Test
    void aRateThatReachesTheLimitDuringTheBuildsExitsOneAndTheStartedBuildKeepsGoing() throws Exception {
        sandbox.faults().indexBuildDelay(2_000);
        rateWhileBuilding = 5;

        assertEquals(1, apply(plan("status", "submissiondate"), "under 2/s"), out.toString());

        assertEquals("The window when requests stay under 2/s for 5 min closed before the builds finished: 1 build "
                + "already started keeps going on the server; 1 not started (run again in the next window).",
                err.toString().strip());
        long end = System.nanoTime() + CEILING.toNanos();
        String indexes = get("/_db/demo/_api/index?collection=va_table").body();
        while (!indexes.contains("\"status\"") && System.nanoTime() < end) {
            Thread.sleep(20);
            indexes = get("/_db/demo/_api/index?collection=va_table").body();
        }
        assertTrue(indexes.contains("\"status\""), "the started build finished on the server: " + indexes);
        assertFalse(indexes.contains("submissiondate"), "the build that never started was not started: " + indexes);
    }

    @Test
    void aZeroRateIsUsage() throws Exception {
        assertEquals(2, apply(plan("status"), "under 0/s"));
        assertTrue(err.toString().contains("The window 'under 0/s' needs a rate above 0/s."), err.toString());
    }
}
