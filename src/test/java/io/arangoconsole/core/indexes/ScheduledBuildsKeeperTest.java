package io.arangoconsole.core.indexes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Builds scheduled for a window survive a console restart: what one session's queue had waiting is scheduled again
 * in the next session's first queue of the same profile and database, with the same windows (a daily one in its
 * zone, a request-rate one over the new session's rate); another scope gets nothing; nothing waiting, no file. A
 * schedule is on disk when the call that made it returns, before the queue's listener (the pane) sees it, so a kill
 * right after loses nothing; one that cannot be written is not scheduled.
 */
class ScheduledBuildsKeeperTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final String SERVER = "http://staging:8529";
    private final WindowFixture fx = WindowFixture.shop(Instant.parse("2026-12-04T10:00:00Z"), 100);
    @TempDir
    Path dir;

    @AfterEach
    void stop() {
        fx.close();
    }

    private Map<IndexSpec, BuildWindow> onDisk(String scope) throws Exception {
        return new ScheduledBuildsFile(dir.resolve("scheduled-builds")).load(scope, () -> 500);
    }

    @Test
    void scheduledBuildsAreScheduledAgainAfterARestart() throws Exception {
        ScheduledBuildsFile file = new ScheduledBuildsFile(dir.resolve("scheduled-builds"));
        ScheduledExecutorService firstTimer = fx.timer();
        ScheduledBuildsKeeper first = new ScheduledBuildsKeeper(file, server -> () -> 500, firstTimer);
        IndexJobQueue before = fx.queue(firstTimer);
        first.attach("staging/shop", SERVER, before);
        BuildWindow night = BuildWindow.parse("02:00-04:00", BERLIN);
        BuildWindow quiet = BuildWindow.parse("under 50/s", BERLIN, () -> 500);
        before.schedule(IndexSpec.of("products", "category"), night);
        before.schedule(IndexSpec.of("orders", "state"), night);
        before.schedule(IndexSpec.of("events", "type"), quiet);
        firstTimer.shutdownNow(); // the console is killed: nothing more is written

        ScheduledExecutorService secondTimer = fx.timer();
        ScheduledBuildsKeeper second = new ScheduledBuildsKeeper(file, server -> () -> 500, secondTimer);
        IndexJobQueue after = fx.queue(secondTimer);
        second.attach("staging/shop", SERVER, after);
        IndexJobQueue elsewhere = fx.queue(secondTimer);
        second.attach("staging/demo", SERVER, elsewhere);
        WindowFixture.await(() -> after.waiting().size() == 3);

        Map<IndexSpec, BuildWindow> back = after.waiting();
        assertEquals(List.of(IndexSpec.of("products", "category"), IndexSpec.of("orders", "state"),
                IndexSpec.of("events", "type")), List.copyOf(back.keySet()), "restored as scheduled, in order");
        assertEquals("02:00\u201304:00 local", back.get(IndexSpec.of("orders", "state")).describe());
        assertEquals(BERLIN, back.get(IndexSpec.of("orders", "state")).zone());
        assertEquals("when requests stay under 50/s for 5 min", back.get(IndexSpec.of("events", "type")).describe());
        assertTrue(after.jobs().stream().allMatch(j -> j.state() == IndexJob.State.SCHEDULED), "" + after.jobs());
        assertTrue(elsewhere.waiting().isEmpty(), "another database of the profile keeps its own");

        after.jobs().forEach(j -> after.cancel(j.id()));
        try (var files = Files.list(dir.resolve("scheduled-builds"))) {
            assertEquals(0, files.count(), "nothing waiting: nothing kept, as soon as the cancels returned");
        }
    }

    @Test
    void aScheduleIsOnDiskWhenTheCallReturnsAndBeforeTheListenerSeesIt() throws Exception {
        ScheduledExecutorService timer = fx.timer();
        IndexJobQueue queue = fx.queue(timer);
        new ScheduledBuildsKeeper(new ScheduledBuildsFile(dir.resolve("scheduled-builds")), server -> () -> 500,
                timer).attach("staging/shop", SERVER, queue);
        CompletableFuture<Map<IndexSpec, BuildWindow>> onDiskWhenSeen = new CompletableFuture<>();
        queue.setListener(jobs -> {
            if (jobs.stream().anyMatch(j -> j.state() == IndexJob.State.SCHEDULED) && !onDiskWhenSeen.isDone()) {
                try {
                    onDiskWhenSeen.complete(onDisk("staging/shop"));
                } catch (Exception e) {
                    onDiskWhenSeen.completeExceptionally(e);
                }
            }
        });
        IndexService service = new IndexService(null, queue);
        BuildWindow night = BuildWindow.parse("02:00-04:00", BERLIN);

        IndexJob job = service.schedule(IndexSpec.of("products", "category"), night);

        assertEquals(List.of(IndexSpec.of("products", "category")), List.copyOf(onDisk("staging/shop").keySet()),
                "on disk when schedule returned");
        assertEquals(List.of(IndexSpec.of("products", "category")), List.copyOf(onDiskWhenSeen
                .get(WindowFixture.CEILING.toSeconds(), TimeUnit.SECONDS).keySet()), "on disk before it was shown");
        queue.scheduleAll(List.of(IndexSpec.of("orders", "state"), IndexSpec.of("events", "type")), night);
        assertEquals(3, onDisk("staging/shop").size(), "schedule all: on disk when it returned");
        assertTrue(queue.cancel(job.id()));
        assertEquals(List.of(IndexSpec.of("orders", "state"), IndexSpec.of("events", "type")),
                List.copyOf(onDisk("staging/shop").keySet()), "a cancel is on disk when it returned");
    }

    @Test
    void aScheduleThatCannotBeWrittenIsNotScheduledAndSaysSo() throws Exception {
        Files.writeString(dir.resolve("scheduled-builds"), "a file where the directory should be");
        ScheduledExecutorService timer = fx.timer();
        IndexJobQueue queue = fx.queue(timer);
        new ScheduledBuildsKeeper(new ScheduledBuildsFile(dir.resolve("scheduled-builds")), server -> () -> 500,
                timer).attach("staging/shop", SERVER, queue);

        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> queue.schedule(IndexSpec.of("products", "category"), BuildWindow.parse("02:00-04:00", BERLIN)));

        assertEquals("Nothing was scheduled: the scheduled builds could not be written to disk for the next start "
                + "(the log has the cause).", e.getMessage());
        assertEquals(List.of(), queue.jobs());
    }
}
