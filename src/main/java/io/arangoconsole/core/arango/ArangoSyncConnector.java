package io.arangoconsole.core.arango;

import io.arangoconsole.core.sync.SyncConnector;
import io.arangoconsole.core.sync.SyncSource;
import io.arangoconsole.core.sync.SyncSpec;
import io.arangoconsole.core.sync.SyncTarget;

/** Opens sync ends on the shared driver clients: database sources and targets here, files in core.sync. */
public final class ArangoSyncConnector implements SyncConnector {
    private final ArangoClients clients;

    /** @param clients shared per endpoint; the caller closes them */
    public ArangoSyncConnector(ArangoClients clients) {
        this.clients = clients;
    }

    @Override
    public SyncSource source(SyncSpec spec) {
        if (spec.source() instanceof SyncSpec.ArangoCollection a) {
            // the whole-collection checksum of a verification is a long call: the server hashes every document
            return TimedCalls.wrap(SyncSource.class, new SyncArangoSource(clients.client(a.endpoint()),
                    clients.longRunning(a.endpoint()), a.endpoint().database(), a.collection(),
                    spec.config().watermark(), a.describe(), spec.config().batchSize()), clients.recorder(),
                    "sync.source", a.endpoint());
        }
        return SyncConnector.fileSource(spec.source());
    }

    @Override
    public SyncTarget target(SyncSpec spec) {
        return TimedCalls.wrap(SyncTarget.class, new SyncArangoTarget(clients.client(spec.target()),
                clients.longRunning(spec.target()), spec.target().database(), spec.targetCollection(),
                spec.describeTarget()), clients.recorder(), "sync.target", spec.target());
    }
}
