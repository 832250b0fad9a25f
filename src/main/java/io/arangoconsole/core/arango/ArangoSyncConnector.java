package io.arangoconsole.core.arango;

import io.arangoconsole.core.sync.SyncConnector;
import io.arangoconsole.core.sync.SyncSource;
import io.arangoconsole.core.sync.SyncSpec;
import io.arangoconsole.core.sync.SyncTarget;
import java.time.Duration;

/** Opens sync ends on the shared driver clients: database sources and targets here, files in core.sync. */
public final class ArangoSyncConnector implements SyncConnector {
    /**
     * How long the whole-collection checksum of a verification may take: the server hashes every document, which on
     * a collection of many millions takes minutes, far past the short timeout that fails every other call fast.
     */
    public static final Duration CHECKSUM_TIMEOUT = Duration.ofHours(2);
    private final ArangoClients clients;

    /** @param clients shared per endpoint; the caller closes them */
    public ArangoSyncConnector(ArangoClients clients) {
        this.clients = clients;
    }

    @Override
    public SyncSource source(SyncSpec spec) {
        if (spec.source() instanceof SyncSpec.ArangoCollection a) {
            return new SyncArangoSource(clients.client(a.endpoint()),
                    clients.longRunning(a.endpoint(), CHECKSUM_TIMEOUT), a.endpoint().database(), a.collection(),
                    spec.config().watermark(), a.describe(), spec.config().batchSize());
        }
        return SyncConnector.fileSource(spec.source());
    }

    @Override
    public SyncTarget target(SyncSpec spec) {
        return new SyncArangoTarget(clients.client(spec.target()), clients.longRunning(spec.target(),
                CHECKSUM_TIMEOUT), spec.target().database(), spec.targetCollection(), spec.describeTarget());
    }
}
