package io.arangoconsole.core.indexes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.arangoconsole.core.arango.IndexConnections;
import io.arangoconsole.core.connection.ConnectionTarget;
import io.arangoconsole.sandbox.Sandbox;
import io.arangoconsole.sandbox.SandboxConfig;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Index builds scheduled for a quiet window (issue 15 item 6), against the shop sandbox over HTTP, on a clock the
 * test moves: SCHEDULED with the window until it opens, built once it does; a quiet-rate window opens only after the
 * rate stayed low for the whole calm period.
 */
class ScheduledBuildsSandboxTest {
    private static final ZoneId UTC = ZoneOffset.UTC;
    private Sandbox shop;
    private IndexConnections connections;
    private final ExecutorService builds = Executors.newSingleThreadExecutor();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-12-03T23:30:00Z"));
    private IndexService service;

    @BeforeEach
    void start() {
        shop = Sandbox.start(SandboxConfig.defaults().withDataset(SandboxConfig.Dataset.SHOP).withRecords(400));
        connections = new IndexConnections();
        ConnectionTarget target = new ConnectionTarget(shop.url(), "root", "", "shop", ConnectionTarget.Label.PRIMARY);
        IndexGateway gateway = connections.gateway(target);
        Clock clock = new Clock() {
            @Override
            public ZoneId getZone() {
                return UTC;
            }

            @Override
            public Clock withZone(ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now.get();
            }
        };
        service = new IndexService(gateway, new IndexJobQueue(gateway, builds, timer, clock, Duration.ofMillis(20)));
    }

    @AfterEach
    void stop() {
        builds.shutdownNow();
        timer.shutdownNow();
        connections.close();
        shop.close();
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
        Thread.sleep(100);
        assertTrue(service.diff(new IndexPlan("p", List.of()), true).rows().stream()
                .noneMatch(r -> r.fields().equals(List.of("category"))), "nothing built before the window");

        now.set(Instant.parse("2026-12-04T02:00:00Z"));
        service.queue().checkWindows();

        assertTrue(service.queue().awaitIdle(Duration.ofSeconds(20)));
        assertEquals(IndexJob.State.DONE, service.queue().job(job.id()).orElseThrow().state());
    }

    @Test
    void aBuildWhoseTurnComesAfterTheWindowClosedWaitsForTheNextOne() throws Exception {
        now.set(Instant.parse("2026-12-04T03:59:59Z"));
        shop.faults().indexBuildDelay(500);
        BuildWindow window = BuildWindow.parse("02:00-04:00", UTC);
        IndexJob first = service.schedule(IndexSpec.of("products", "category"), window);
        IndexJob second = service.schedule(IndexSpec.of("products", "stock"), window);
        service.queue().checkWindows();
        assertEquals(IndexJob.State.RUNNING, service.queue().job(first.id()).orElseThrow().state());

        now.set(Instant.parse("2026-12-04T04:00:01Z"));
        for (int i = 0; i < 200 && !service.queue().job(first.id()).orElseThrow().state().finished(); i++) {
            Thread.sleep(20);
        }

        assertEquals(IndexJob.State.DONE, service.queue().job(first.id()).orElseThrow().state(),
                "a started build keeps going after the window closed");
        IndexJob waiting = service.queue().job(second.id()).orElseThrow();
        assertEquals(IndexJob.State.SCHEDULED, waiting.state());
        assertEquals("window 02:00\u201304:00 local (closed before its turn; waits for the next)", waiting.message());
    }

    @Test
    void aQuietWindowOpensOnlyAfterTheRateStayedLowForFiveMinutes() {
        double[] rate = {120};
        BuildWindow quiet = BuildWindow.quiet(50, Duration.ofMinutes(5), () -> rate[0]);
        Instant t = Instant.parse("2026-12-04T10:00:00Z");

        assertFalse(quiet.isOpen(t));
        rate[0] = 10;
        assertFalse(quiet.isOpen(t.plusSeconds(60)), "calm for 0 min");
        assertFalse(quiet.isOpen(t.plusSeconds(300)), "calm for 4 min");
        rate[0] = 80;
        assertFalse(quiet.isOpen(t.plusSeconds(330)), "busy again: the calm starts over");
        rate[0] = 10;
        assertFalse(quiet.isOpen(t.plusSeconds(360)));
        assertTrue(quiet.isOpen(t.plusSeconds(660)), "calm for 5 min");
        rate[0] = Double.NaN;
        assertFalse(quiet.isOpen(t.plusSeconds(700)), "an unknown rate is not a quiet one");
        assertEquals("when requests stay under 50/s for 5 min", quiet.describe());
        assertNull(quiet.closesAt(t));
    }

    @Test
    void dailyWindowsSpanMidnightAndBadTextIsOneSentence() {
        BuildWindow night = BuildWindow.parse("23:00-01:30", UTC);
        assertTrue(night.isOpen(Instant.parse("2026-12-04T00:15:00Z")));
        assertFalse(night.isOpen(Instant.parse("2026-12-04T12:00:00Z")));
        assertEquals(Instant.parse("2026-12-04T01:30:00Z"), night.closesAt(Instant.parse("2026-12-03T23:10:00Z")));
        assertEquals(Instant.parse("2026-12-04T23:00:00Z"), night.nextOpening(Instant.parse("2026-12-04T12:00:00Z")));
        IllegalArgumentException bad = assertThrows(IllegalArgumentException.class,
                () -> BuildWindow.parse("2am-4am", UTC));
        assertEquals("The window '2am-4am' is not a time range like 02:00-04:00: times are HH:mm, 00:00 to 23:59.",
                bad.getMessage());
    }
}
