package io.arangoconsole.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.arangoconsole.core.arango.ArangoClients;
import io.arangoconsole.core.connection.ConnectionTarget;
import io.arangoconsole.core.indexes.IndexJob;
import io.arangoconsole.core.indexes.IndexService;
import io.arangoconsole.sandbox.Sandbox;
import io.arangoconsole.sandbox.SandboxConfig;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;

/**
 * The Sync pane's "Build source index..." goes through an index queue of the source server that the Jobs pane
 * follows: one queue per server, announced once with the server's name, holding every build made through it.
 */
class SourceIndexesTest {

    @Test
    void buildsOnTheSourceGoThroughOneFollowedQueuePerServer() {
        Map<String, IndexService> followed = new ConcurrentHashMap<>();
        try (Sandbox sandbox = Sandbox.start(SandboxConfig.defaults().withRecords(500));
             ArangoClients clients = new ArangoClients();
             SourceIndexes indexes = new SourceIndexes(clients, followed::put)) {
            ConnectionTarget source = new ConnectionTarget(sandbox.url(), "root", "", "demo",
                    ConnectionTarget.Label.PRIMARY);

            indexes.build(source, "va_table", List.of("submissiondate", "_key"));
            indexes.build(source, "system_configs", List.of("last_sync_date", "_key"));

            assertEquals(List.of("sync source " + sandbox.url()), List.copyOf(followed.keySet()),
                    "the Jobs pane is told of the source's queue once, with the server it builds on");
            IndexService service = followed.get("sync source " + sandbox.url());
            assertSame(service, indexes.service(source));
            List<IndexJob> jobs = service.queue().jobs();
            assertEquals(2, jobs.size());
            assertTrue(jobs.stream().allMatch(j -> j.state() == IndexJob.State.DONE), jobs.toString());
        }
    }
}
