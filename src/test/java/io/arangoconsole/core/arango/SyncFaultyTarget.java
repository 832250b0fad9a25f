package io.arangoconsole.core.arango;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.arangoconsole.core.sync.Checkpoint;
import io.arangoconsole.core.sync.ImportResult;
import io.arangoconsole.core.sync.OnDuplicate;
import io.arangoconsole.core.sync.Position;
import io.arangoconsole.core.sync.SyncTarget;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntConsumer;

/**
 * The real driver-backed target with hooks that run before the n-th import and the n-th checkpoint save (1-based),
 * so tests can kill a run, restart the server or cancel at a chosen point. Everything else goes straight through.
 */
final class SyncFaultyTarget implements SyncTarget {
    private final SyncTarget real;
    volatile IntConsumer beforeImport = n -> { };
    volatile IntConsumer beforeSave = n -> { };
    private int imports;
    private int saves;

    SyncFaultyTarget(SyncTarget real) {
        this.real = real;
    }

    @Override
    public String describe() {
        return real.describe();
    }

    @Override
    public String collection() {
        return real.collection();
    }

    @Override
    public String collectionId() {
        return real.collectionId();
    }

    @Override
    public void prepare() {
        real.prepare();
    }

    @Override
    public ImportResult importBatch(List<ObjectNode> docs, OnDuplicate onDuplicate) {
        beforeImport.accept(++imports);
        return real.importBatch(docs, onDuplicate);
    }

    @Override
    public Map<String, ObjectNode> fetch(List<String> keys) {
        return real.fetch(keys);
    }

    @Override
    public Optional<Checkpoint> loadCheckpoint(String jobId) {
        return real.loadCheckpoint(jobId);
    }

    @Override
    public void saveCheckpoint(Checkpoint checkpoint) {
        beforeSave.accept(++saves);
        real.saveCheckpoint(checkpoint);
    }

    @Override
    public long count() {
        return real.count();
    }

    @Override
    public long countRange(String watermark, Position after, Position upTo) {
        return real.countRange(watermark, after, upTo);
    }

    @Override
    public String checksum() {
        return real.checksum();
    }

    @Override
    public String serverKind() {
        return real.serverKind();
    }

    @Override
    public void close() {
        real.close();
    }
}
