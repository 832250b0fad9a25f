package io.arangoconsole.core.arango;

import io.arangoconsole.settings.SyncDefaults;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.arangoconsole.core.connection.ConnectionTarget;
import io.arangoconsole.core.sync.SyncJobConfig;
import io.arangoconsole.core.sync.SyncSpec;
import io.arangoconsole.sandbox.Sandbox;
import io.arangoconsole.sandbox.SandboxConfig;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A server takes longer to checksum a large collection than the console gives any other call: the verification at
 * the end of a sync still gets its answer, rather than failing a run that copied everything.
 */
class SyncChecksumTimeoutTest {

    private Sandbox sandbox;
    private ArangoClients clients;

    @BeforeEach
    void start() {
        sandbox = Sandbox.start(SandboxConfig.defaults().withRecords(300));
        clients = new ArangoClients(Duration.ofMillis(500));
    }

    @AfterEach
    void stop() {
        clients.close();
        sandbox.close();
    }

    @Test
    void aChecksumSlowerThanTheShortTimeoutIsAnswered() {
        ConnectionTarget demo = new ConnectionTarget(sandbox.url(), "root", "", "demo",
                ConnectionTarget.Label.PRIMARY);
        SyncSpec.Source from = new SyncSpec.ArangoCollection(demo, "va_table");
        SyncSpec spec = new SyncSpec(from, demo, "va_table", SyncJobConfig.defaults(
                SyncSpec.jobIdFor(from, demo, "va_table"), "submissiondate", SyncDefaults.CHECKPOINTS));
        ArangoSyncConnector connector = new ArangoSyncConnector(clients);
        sandbox.faults().latency(r -> r.path().endsWith("/checksum") ? 1_200 : 0);

        String source = connector.source(spec).checksum();
        String target = connector.target(spec).checksum();

        assertFalse(source.isEmpty());
        assertEquals(source, target, "one collection, one checksum");
    }
}
