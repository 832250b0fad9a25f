package io.arangoconsole.core.indexes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.arangoconsole.core.monitoring.SeriesNames;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ScheduledExecutorService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An "under N/s" build read back after a restart reads the rate of the server it was scheduled for, never the one the
 * console is connected to: while another server is monitored (and quiet) it waits and its line says why; once its own
 * server is monitored again and quiet for 5 minutes, it builds.
 */
class ScheduledBuildsServerRateTest {
    private static final String OTHER = "http://db-b.example:8529";
    private final WindowFixture fx = WindowFixture.shop(Instant.parse("2026-12-04T10:00:00Z"), 100);
    @TempDir
    Path dir;

    @AfterEach
    void stop() {
        fx.close();
    }

    /** One monitoring sample a minute of {@code perSecond}, for {@code minutes}, the queue looking at its windows. */
    private void quietFor(RequestRates rates, IndexJobQueue queue, int minutes) {
        for (int minute = 0; minute <= minutes; minute++) {
            rates.sampled(fx.now(), Map.of(SeriesNames.HTTP_REQUESTS_PER_S, 5.0));
            queue.checkWindows();
            if (minute < minutes) {
                fx.advance(Duration.ofMinutes(1));
            }
        }
    }

    @Test
    void aRestoredRateWindowReadsItsOwnServersRateAndSaysWhyItWaitsWhileAnotherIsConnected() throws Exception {
        String own = fx.sandbox().url();
        ScheduledBuildsFile file = new ScheduledBuildsFile(dir.resolve("scheduled-builds"));
        IndexSpec spec = IndexSpec.of("products", "category");
        file.save("staging/shop", Map.of(spec, BuildWindow.parse("under 50/s", WindowFixture.UTC, () -> 0)));

        // the next session: connected to the build's server, which restores it, then to another one
        RequestRates rates = new RequestRates(fx.clock, Duration.ofMinutes(2));
        rates.monitoring(own);
        ScheduledExecutorService timer = fx.timer();
        IndexJobQueue queue = fx.queue(timer);
        new ScheduledBuildsKeeper(file, rates::of, timer).attach("staging/shop", own, queue);
        WindowFixture.await(() -> !queue.waiting().isEmpty());
        assertEquals(1, queue.jobs().size(), "restored: " + queue.jobs());
        long id = queue.jobs().get(0).id();

        rates.monitoring(OTHER);
        quietFor(rates, queue, 7);
        IndexJob waiting = queue.job(id).orElseThrow();
        assertEquals(IndexJob.State.SCHEDULED, waiting.state(), "another server's quiet does not open it");
        assertEquals("window when requests stay under 50/s for 5 min (waits: the rate of " + own + " is read only "
                + "while the console is connected to it)", waiting.message());

        rates.monitoring(own);
        quietFor(rates, queue, 4);
        assertEquals(IndexJob.State.SCHEDULED, queue.job(id).orElseThrow().state(), "its own server calm 4 min");
        assertEquals("window when requests stay under 50/s for 5 min", queue.job(id).orElseThrow().message());
        quietFor(rates, queue, 1);
        assertTrue(queue.awaitIdle(WindowFixture.CEILING), "built once its own server was calm for 5 min");
        assertEquals(IndexJob.State.DONE, queue.job(id).orElseThrow().state(), queue.job(id).toString());
    }
}
