package io.arangoconsole.core.arango;

import io.arangoconsole.settings.SyncDefaults;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.arangoconsole.core.connection.ConnectionTarget;
import io.arangoconsole.core.sync.RetryPolicy;
import io.arangoconsole.core.sync.SyncJob;
import io.arangoconsole.core.sync.SyncJobConfig;
import io.arangoconsole.core.sync.SyncProgress;
import io.arangoconsole.core.sync.SyncResult;
import io.arangoconsole.core.sync.SyncSpec;
import io.arangoconsole.core.sync.SyncState;
import io.arangoconsole.sandbox.Sandbox;
import io.arangoconsole.sandbox.SandboxConfig;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 11, item 3: a source whose first cursor batch takes longer than the request timeout (a server sorting a large
 * collection before it can answer). The job says the read timed out, asks once more through the long-call client,
 * and gets its answer; it never repeats the request that already timed out with the same timeout.
 */
class SyncCursorTimeoutTest {
    private static final long SLOW_MILLIS = 2_500;
    private Sandbox source;
    private Sandbox target;
    private ArangoClients clients;
    /** Cursor creations on the source and how many of them the sandbox made slow. */
    private final AtomicInteger creations = new AtomicInteger();

    @BeforeEach
    void start() {
        source = Sandbox.start(SandboxConfig.defaults().withRecords(300));
        target = Sandbox.start(SandboxConfig.defaults().withRecords(0));
        clients = new ArangoClients(Duration.ofSeconds(1));
    }

    @AfterEach
    void stop() {
        clients.close();
        source.close();
        target.close();
    }

    @Test
    void aCursorPastTheRequestTimeoutIsAskedOnceMoreWithTheLongTimeoutAndTheRunEndsEqual() {
        // the first two cursor creations (the read, and its one retry) take 2.5 s: longer than the 1 s timeout
        source.faults().latency(r -> "POST".equals(r.method()) && r.path().endsWith("/_api/cursor")
                && creations.incrementAndGet() <= 2 ? SLOW_MILLIS : 0);
        ConnectionTarget from = new ConnectionTarget(source.url(), "root", "", "demo", ConnectionTarget.Label.PRIMARY);
        ConnectionTarget to = new ConnectionTarget(target.url(), "root", "", "demo", ConnectionTarget.Label.PRIMARY);
        SyncSpec.Source src = new SyncSpec.ArangoCollection(from, "va_table");
        SyncSpec spec = new SyncSpec(src, to, "va_copy", SyncJobConfig.defaults(SyncSpec.jobIdFor(src, to,
                "va_copy"), "submissiondate",
                        SyncDefaults.CHECKPOINTS).withRetry(new RetryPolicy(8, Duration.ofMillis(50),
                Duration.ofMillis(200))));
        ArangoSyncConnector connector = new ArangoSyncConnector(clients);
        List<SyncProgress> seen = new CopyOnWriteArrayList<>();

        SyncResult r = new SyncJob(connector.source(spec), connector.target(spec), spec.config(), seen::add).run();

        // (the target may time out too on a loaded machine, with its 1 s timeout: not what this test is about)
        List<String> retries = seen.stream().filter(p -> p.state() == SyncState.RETRYING)
                .map(SyncProgress::message).filter(m -> m.contains("the source")).toList();
        assertEquals(1, retries.size(), "one retry, not one per attempt of the same request: " + retries);
        assertTrue(retries.get(0).startsWith("Timed out after 1 s waiting for the source " + source.url()),
                retries.get(0));
        assertTrue(retries.get(0).contains("to start reading; asking again with a longer timeout; retrying in"),
                retries.get(0));
        assertTrue(retries.get(0).endsWith("(1 of 8)."), retries.get(0));
        assertEquals(SyncState.SUCCEEDED, r.state(), r.message());
        assertEquals(300, r.read());
        assertEquals(300, r.written());
        assertTrue(r.verified() && r.message().startsWith("equal"), r.message());
        assertTrue(r.accountedFor(), r.toString());
    }
}
