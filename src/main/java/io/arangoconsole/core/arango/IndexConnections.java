package io.arangoconsole.core.arango;

import io.arangoconsole.core.connection.ConnectionTarget;
import io.arangoconsole.core.indexes.IndexGateway;
import io.arangoconsole.core.indexes.ProofSource;

import java.time.Duration;

/**
 * The driver-backed index services for a target: the gateway that builds and drops indexes, and the source the
 * explain proof runs on. They share clients of their own whose timeout allows for a whole build: ArangoDB answers a
 * create call only once the index is built, which takes minutes on a large collection.
 */
public final class IndexConnections implements AutoCloseable {
    /** How long one build may take before the driver gives up waiting (the build goes on on the server). */
    public static final Duration BUILD_TIMEOUT = Duration.ofHours(2);
    private final ArangoClients clients = new ArangoClients(BUILD_TIMEOUT);

    /** Index calls on the target's database. */
    public IndexGateway gateway(ConnectionTarget target) {
        return new IndexGatewayArango(clients.client(target), target.database());
    }

    /** Explain and timed runs of the proof queries on the target's database. */
    public ProofSource proof(ConnectionTarget target) {
        return ProofSource.of(new ArangoStatsSource(clients.client(target), target.database(),
                target.label().display()));
    }

    /** Shuts the clients down. */
    @Override
    public void close() {
        clients.close();
    }
}
