package io.arangoconsole.core.arango;

import io.arangoconsole.core.connection.ConnectionTarget;
import io.arangoconsole.core.indexes.ExistingIndex;
import io.arangoconsole.core.indexes.IndexGateway;
import io.arangoconsole.core.indexes.IndexSpec;
import io.arangoconsole.core.stats.StatsSource;
import io.arangoconsole.core.indexes.ProofSource;

import java.util.List;

/**
 * The driver-backed index services for a target: the gateway that builds and drops indexes, and the source the
 * explain proof runs on. Create calls go through a client whose timeout allows for a whole build (ArangoDB answers
 * only once the index is built, minutes on a large collection); every other call keeps the short timeout, so an
 * unreachable server still fails in seconds. Both come from the console's shared {@link ArangoClients}, so a
 * connection profile's endpoints, TLS, protocol and JWT apply to builds as to every other call.
 */
public final class IndexConnections implements AutoCloseable {
    private final ArangoClients clients;
    private final boolean ownsClients;

    /** Index services on clients of their own (the command line); {@link #close()} shuts them down. */
    public IndexConnections() {
        this(new ArangoClients(), true);
    }

    /** Index services on the console's shared clients, which the caller keeps and closes. */
    public IndexConnections(ArangoClients shared) {
        this(shared, false);
    }

    private IndexConnections(ArangoClients clients, boolean ownsClients) {
        this.clients = clients;
        this.ownsClients = ownsClients;
    }

    /** Index calls on the target's database. */
    public IndexGateway gateway(ConnectionTarget target) {
        IndexGateway quick = new IndexGatewayArango(clients.client(target), target);
        IndexGateway slow = new IndexGatewayArango(clients.longRunning(target), target);
        return TimedCalls.wrap(IndexGateway.class, new IndexGateway() {
            @Override
            public List<String> collections() {
                return quick.collections();
            }

            @Override
            public CreatedIndex create(IndexSpec spec) {
                return slow.create(spec);
            }

            @Override
            public List<ExistingIndex> list(String collection, boolean withHidden) {
                return quick.list(collection, withHidden);
            }

            @Override
            public int shards(String collection) {
                return quick.shards(collection);
            }

            @Override
            public void drop(String collection, String id) {
                quick.drop(collection, id);
            }
        }, clients.recorder(), "indexes", target);
    }

    /** Explain and timed runs of the proof queries on the target's database. */
    public ProofSource proof(ConnectionTarget target) {
        return ProofSource.of(TimedCalls.wrap(StatsSource.class, new ArangoStatsSource(clients.client(target),
                target.database(), target.label().display()), clients.recorder(), "proof", target));
    }

    /** Shuts the clients down when they are this object's own. */
    @Override
    public void close() {
        if (ownsClients) {
            clients.close();
        }
    }
}
