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
            SyncSide side = new SyncSide("source", a.endpoint().endpoint(), a.endpoint().user(),
                    a.endpoint().database(), a.collection(), clients.timeoutSeconds(a.endpoint()));
            return TimedCalls.wrap(SyncSource.class, new SyncArangoSource(clients.client(a.endpoint()),
                    clients.longRunning(a.endpoint()), side, spec.config().watermark(), a.describe(),
                    spec.config().batchSize()), clients.recorder(), "sync.source", a.endpoint());
        }
        return SyncConnector.fileSource(spec.source());
    }

    @Override
    public SyncTarget target(SyncSpec spec) {
        SyncSide side = new SyncSide("target", spec.target().endpoint(), spec.target().user(),
                spec.target().database(), spec.targetCollection(), clients.timeoutSeconds(spec.target()));
        return TimedCalls.wrap(SyncTarget.class, new SyncArangoTarget(clients.client(spec.target()),
                clients.longRunning(spec.target()), side, spec.describeTarget(), spec.config().checkpoints()),
                clients.recorder(),
                "sync.target", spec.target());
    }
}
