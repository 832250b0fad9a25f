package io.arangoconsole.core.indexes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.arangodb.ArangoDB;
import com.arangodb.Protocol;
import io.arangoconsole.core.arango.IndexGatewayArango;
import io.arangoconsole.sandbox.Sandbox;
import io.arangoconsole.sandbox.SandboxConfig;
import io.arangoconsole.sandbox.SandboxMode;
import io.arangoconsole.sandbox.cluster.ClusterOptions;
import io.arangoconsole.ui.common.Formats;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * An index build on the sandbox cluster through a coordinator: the job knows the collection's shards, reports the
 * coordinator's mean progress while it runs, and says "across 3 shards"; on a single server it says nothing of shards.
 */
class ClusterIndexProgressTest {
    private static Sandbox cluster;
    private static ArangoDB arango;

    @BeforeAll
    static void start() {
        cluster = Sandbox.start(SandboxConfig.defaults().withRecords(4_000), SandboxMode.cluster(
                ClusterOptions.defaults()));
        arango = new ArangoDB.Builder().host(cluster.host(), cluster.port()).user("root").password("")
                .protocol(Protocol.HTTP_JSON).build();
    }

    @AfterAll
    static void stop() {
        arango.shutdown();
        cluster.close();
    }

    @Test
    void aBuildOnAClusterReportsProgressAcrossItsShards() throws Exception {
        ExecutorService builds = Executors.newSingleThreadExecutor();
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
        try {
            IndexGateway gateway = new IndexGatewayArango(arango, "demo");
            assertEquals(3, gateway.shards("va_table"), "the demo collections are sharded 3 x 2");
            IndexJobQueue queue = new IndexJobQueue(gateway, builds, timer, Clock.systemUTC(), Duration.ofMillis(50));
            cluster.faults().indexBuildDelay(250);
            IndexJob job = queue.submit(IndexSpec.of("va_table", "status"));
            await(() -> queue.job(job.id()).orElseThrow().percent() > 0);
            IndexJob running = queue.job(job.id()).orElseThrow();
            assertEquals(IndexJob.State.RUNNING, running.state());
            assertEquals(3, running.shards());
            assertTrue(running.percent() < 100, running.toString());
            assertTrue(Formats.progress(running.percent(), running.shards()).matches("\\d+% across 3 shards"),
                    Formats.progress(running.percent(), running.shards()));
            cluster.faults().indexBuildDelay(0);
            assertTrue(queue.awaitIdle(Duration.ofSeconds(30)));
            assertEquals(IndexJob.State.DONE, queue.job(job.id()).orElseThrow().state());
        } finally {
            cluster.faults().reset();
            builds.shutdownNow();
            timer.shutdownNow();
        }
    }

    @Test
    void aSingleServerHasNoShardsToTell() {
        try (Sandbox single = Sandbox.start(SandboxConfig.defaults().withRecords(100))) {
            ArangoDB client = new ArangoDB.Builder().host(single.host(), single.port()).user("root").password("")
                    .protocol(Protocol.HTTP_JSON).build();
            try {
                assertEquals(0, new IndexGatewayArango(client, "demo").shards("va_table"));
                assertEquals("40%", Formats.progress(40, 0));
            } finally {
                client.shutdown();
            }
        }
    }

    private static void await(BooleanSupplier condition) throws InterruptedException {
        long until = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > until) {
                throw new AssertionError("timed out");
            }
            Thread.sleep(20);
        }
    }
}
