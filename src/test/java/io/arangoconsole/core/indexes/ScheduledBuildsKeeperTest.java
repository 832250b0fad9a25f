package io.arangoconsole.core.indexes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.arangoconsole.core.arango.IndexConnections;
import io.arangoconsole.core.connection.ConnectionTarget;
import io.arangoconsole.sandbox.Sandbox;
import io.arangoconsole.sandbox.SandboxConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Builds scheduled for a window survive a console restart: what one session's queue had waiting is scheduled again
 * in the next session's first queue of the same profile and database, with the same windows (a daily one in its
 * zone, a request-rate one over the new session's rate); another scope gets nothing; nothing waiting, no file.
 */
class ScheduledBuildsKeeperTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private Sandbox shop;
    private IndexConnections connections;
    private IndexGateway gateway;
    private final List<ExecutorService> executors = new java.util.ArrayList<>();
    @TempDir
    Path dir;

    @BeforeEach
    void start() {
        shop = Sandbox.start(SandboxConfig.defaults().withDataset(SandboxConfig.Dataset.SHOP).withRecords(100));
        connections = new IndexConnections();
        gateway = connections.gateway(new ConnectionTarget(shop.url(), "root", "", "shop",
                ConnectionTarget.Label.PRIMARY));
    }

    @AfterEach
    void stop() {
        executors.forEach(ExecutorService::shutdownNow);
        connections.close();
        shop.close();
    }

    private ScheduledExecutorService timer() {
        ScheduledExecutorService t = Executors.newSingleThreadScheduledExecutor();
        executors.add(t);
        return t;
    }

    private IndexJobQueue queue(ScheduledExecutorService timer) {
        ExecutorService builds = Executors.newSingleThreadExecutor();
        executors.add(builds);
        return new IndexJobQueue(gateway, builds, timer);
    }

    @Test
    void scheduledBuildsAreScheduledAgainAfterARestart() throws Exception {
        ScheduledBuildsFile file = new ScheduledBuildsFile(dir.resolve("scheduled-builds"));
        ScheduledExecutorService firstTimer = timer();
        ScheduledBuildsKeeper first = new ScheduledBuildsKeeper(file, server -> () -> 500, firstTimer);
        IndexJobQueue before = queue(firstTimer);
        first.attach("staging/shop", "http://staging:8529", before);
        BuildWindow night = BuildWindow.parse("02:00-04:00", BERLIN);
        BuildWindow quiet = BuildWindow.parse("under 50/s", BERLIN, () -> 500);
        before.schedule(IndexSpec.of("products", "category"), night);
        before.schedule(IndexSpec.of("orders", "state"), night);
        before.schedule(IndexSpec.of("events", "type"), quiet);
        first.save("staging/shop");
        firstTimer.shutdownNow();

        ScheduledExecutorService secondTimer = timer();
        ScheduledBuildsKeeper second = new ScheduledBuildsKeeper(file, server -> () -> 500, secondTimer);
        IndexJobQueue after = queue(secondTimer);
        second.attach("staging/shop", "http://staging:8529", after);
        IndexJobQueue elsewhere = queue(secondTimer);
        second.attach("staging/demo", "http://staging:8529", elsewhere);
        long end = System.currentTimeMillis() + 10_000;
        while (after.waiting().size() < 3 && System.currentTimeMillis() < end) {
            Thread.sleep(20);
        }

        Map<IndexSpec, BuildWindow> back = after.waiting();
        assertEquals(List.of(IndexSpec.of("products", "category"), IndexSpec.of("orders", "state"),
                IndexSpec.of("events", "type")), List.copyOf(back.keySet()), "restored as scheduled, in order");
        assertEquals("02:00\u201304:00 local", back.get(IndexSpec.of("orders", "state")).describe());
        assertEquals(BERLIN, back.get(IndexSpec.of("orders", "state")).zone());
        assertEquals("when requests stay under 50/s for 5 min", back.get(IndexSpec.of("events", "type")).describe());
        assertTrue(after.jobs().stream().allMatch(j -> j.state() == IndexJob.State.SCHEDULED), "" + after.jobs());
        assertTrue(elsewhere.waiting().isEmpty(), "another database of the profile keeps its own");

        after.jobs().forEach(j -> after.cancel(j.id()));
        second.save("staging/shop");
        try (var files = Files.list(dir.resolve("scheduled-builds"))) {
            assertEquals(0, files.count(), "nothing waiting: nothing kept");
        }
    }
}
