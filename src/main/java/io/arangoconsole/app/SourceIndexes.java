package io.arangoconsole.app;

import io.arangoconsole.core.arango.ArangoClients;
import io.arangoconsole.core.arango.IndexConnections;
import io.arangoconsole.core.connection.ConnectionTarget;
import io.arangoconsole.core.indexes.IndexJob;
import io.arangoconsole.core.indexes.IndexJobQueue;
import io.arangoconsole.core.indexes.IndexService;
import io.arangoconsole.core.indexes.IndexSpec;
import io.arangoconsole.core.sync.SourceIndexBuilder;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.BiConsumer;

/**
 * The Sync pane's "build the source index": an index queue on the sync's source server (not the console's own
 * connection), one build at a time, the same queue code the Indexes pane uses. Each server's queue is handed to
 * {@code follow} when first used, so the Jobs pane lists its builds (with progress and cancel) like every other.
 */
final class SourceIndexes implements SourceIndexBuilder, AutoCloseable {
    private final IndexConnections connections;
    private final ExecutorService builds = Executors.newSingleThreadExecutor(Threads.daemon("source-index-build"));
    private final ScheduledExecutorService timer =
            Executors.newSingleThreadScheduledExecutor(Threads.daemon("source-index-timer"));

    private final Map<String, IndexService> services = new ConcurrentHashMap<>();
    private final BiConsumer<String, IndexService> follow;

    /** @param follow told once per source server of its queue, with how the Jobs pane names that server */
    SourceIndexes(ArangoClients clients, BiConsumer<String, IndexService> follow) {
        this.connections = new IndexConnections(clients);
        this.follow = follow;
    }

    @Override
    public void build(ConnectionTarget server, String collection, List<String> fields) {
        IndexJobQueue queue = service(server).queue();
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

    /** The queue of {@code server} (endpoint, database and user), made and announced on first use. */
    IndexService service(ConnectionTarget server) {
        String key = server.endpoint() + "|" + server.database() + "|" + server.user();
        return services.computeIfAbsent(key, k -> {
            var gateway = connections.gateway(server);
            IndexService made = new IndexService(gateway, new IndexJobQueue(gateway, builds, timer));
            follow.accept("sync source " + server.endpoint(), made);
            return made;
        });
    }

    @Override
    public void close() {
        builds.shutdownNow();
        timer.shutdownNow();
        connections.close();
    }
}
