package io.arangoconsole.core.indexes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Index builds scheduled for a quiet window (issue 15 item 6), against the shop sandbox over HTTP, on a clock the
 * test moves: SCHEDULED with the window until it opens, built once it does; a build whose turn comes after the
 * window closed waits for the next one. Nothing here waits a fixed time: the clock is driven, a build is held on the
 * server until the test let it go, and the tests wait for the state they check (30 s only a fault reaches).
 */
class ScheduledBuildsSandboxTest {
    private static final java.time.ZoneId UTC = WindowFixture.UTC;
    private final WindowFixture fx = WindowFixture.shop(Instant.parse("2026-12-03T23:30:00Z"), 400);
    private final IndexService service = fx.service();

    @AfterEach
    void stop() {
        fx.close();
    }

    @Test
    void aBuildScheduledForTwoToFourWaitsThenBuildsInsideTheWindow() throws Exception {
        BuildWindow window = BuildWindow.parse("02:00-04:00", UTC);
        IndexSpec spec = IndexSpec.of("products", "category");

        IndexJob job = service.schedule(spec, window);
        service.queue().checkWindows();

        assertEquals(IndexJob.State.SCHEDULED, service.queue().job(job.id()).orElseThrow().state());
        assertEquals("window 02:00\u201304:00 local", service.queue().job(job.id()).orElseThrow().message());
        IndexDiff diff = service.diff(new IndexPlan("p", List.of(new CollectionPlan("products",
                List.of(new PlannedIndex(List.of("category"), false, false, null, true, false, List.of()))))), false);
        assertEquals("scheduled: window 02:00\u201304:00 local", diff.rows().get(0).reason());
        assertTrue(service.diff(new IndexPlan("p", List.of()), true).rows().stream()
                .noneMatch(r -> r.fields().equals(List.of("category"))), "nothing built before the window");

        fx.set(Instant.parse("2026-12-04T02:00:00Z"));
        service.queue().checkWindows();

        assertTrue(service.queue().awaitIdle(WindowFixture.CEILING));
        assertEquals(IndexJob.State.DONE, service.queue().job(job.id()).orElseThrow().state());
    }

    @Test
    void aBuildWhoseTurnComesAfterTheWindowClosedWaitsForTheNextOne() throws Exception {
        fx.set(Instant.parse("2026-12-04T03:59:59Z"));
        CountDownLatch release = new CountDownLatch(1);
        fx.sandbox().faults().latency(r -> {
            // the first build is held on the server until the clock has passed the window's end
            if (r.method().equals("POST") && r.path().endsWith("/_api/index")) {
                try {
                    release.await(WindowFixture.CEILING.toSeconds(), TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return 0;
        });
        BuildWindow window = BuildWindow.parse("02:00-04:00", UTC);
        IndexJob first = service.schedule(IndexSpec.of("products", "category"), window);
        IndexJob second = service.schedule(IndexSpec.of("products", "stock"), window);
        service.queue().checkWindows();
        assertEquals(IndexJob.State.RUNNING, service.queue().job(first.id()).orElseThrow().state());

        fx.set(Instant.parse("2026-12-04T04:00:01Z"));
        release.countDown();
        WindowFixture.await(() -> service.queue().job(first.id()).orElseThrow().state().finished());

        assertEquals(IndexJob.State.DONE, service.queue().job(first.id()).orElseThrow().state(),
                "a started build keeps going after the window closed");
        IndexJob waiting = service.queue().job(second.id()).orElseThrow();
        assertEquals(IndexJob.State.SCHEDULED, waiting.state());
        assertEquals("window 02:00\u201304:00 local (closed before its turn; waits for the next)", waiting.message());
    }
}
