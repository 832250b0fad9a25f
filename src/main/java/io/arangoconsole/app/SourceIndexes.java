package io.arangoconsole.app;

import io.arangoconsole.core.arango.ArangoClients;
import io.arangoconsole.core.arango.IndexConnections;
import io.arangoconsole.core.connection.ConnectionTarget;
import io.arangoconsole.core.indexes.IndexJob;
import io.arangoconsole.core.indexes.IndexJobQueue;
import io.arangoconsole.core.indexes.IndexSpec;
import io.arangoconsole.core.sync.SourceIndexBuilder;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

/**
 * The Sync pane's "build the source index": an index queue on the sync's source server (not the console's own
 * connection), one build at a time, the same queue code the Indexes pane uses.
 */
final class SourceIndexes implements SourceIndexBuilder, AutoCloseable {
    private final IndexConnections connections;
    private final ExecutorService builds = Executors.newSingleThreadExecutor(Threads.daemon("source-index-build"));
    private final ScheduledExecutorService timer =
            Executors.newSingleThreadScheduledExecutor(Threads.daemon("source-index-timer"));

    SourceIndexes(ArangoClients clients) {
        this.connections = new IndexConnections(clients);
    }

    @Override
    public void build(ConnectionTarget server, String collection, List<String> fields) {
        IndexJobQueue queue = new IndexJobQueue(connections.gateway(server), builds, timer);
        IndexJob job = queue.submit(IndexSpec.of(collection, fields.toArray(String[]::new)));
        try {
            queue.awaitIdle(ArangoClients.LONG_CALL_TIMEOUT);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while the index was being built on " + server.endpoint()
                    + ".", e);
        }
        IndexJob end = queue.job(job.id()).orElse(job);
        if (end.state() != IndexJob.State.DONE && end.state() != IndexJob.State.EXISTING) {
            throw new IllegalStateException("The index " + end.describe() + " was not built on " + server.endpoint()
                    + (end.message() == null ? "." : ": " + end.message()));
        }
    }

    @Override
    public void close() {
        builds.shutdownNow();
        timer.shutdownNow();
        connections.close();
    }
}
