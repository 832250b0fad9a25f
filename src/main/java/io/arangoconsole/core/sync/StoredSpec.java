package io.arangoconsole.core.sync;

import io.arangoconsole.core.connection.ConnectionTarget;
import java.nio.file.Path;
import java.util.function.UnaryOperator;

/**
 * What the history keeps of a run's {@link SyncSpec} so that a later session can verify it again: endpoints, users,
 * databases, collections, the file and the job settings, never a password.
 *
 * @param sourceKind {@code arangodb}, {@code jsonl} or {@code csv}
 * @param source     the source endpoint of an {@code arangodb} run, else null
 * @param sourceName the source collection, or the file's path
 * @param csv        the CSV options of a {@code csv} run, else null
 * @param checkpoints where the run kept its checkpoint; null in records written before it was configurable
 */
public record StoredSpec(String sourceKind, Endpoint source, String sourceName, CsvOptions csv, Endpoint target,
                         String targetCollection, String jobId, String watermark, int batchSize,
                         OnDuplicate onDuplicate, CheckpointPlace checkpoints) {

    /** A server without its password. */
    public record Endpoint(String endpoint, String user, String database, ConnectionTarget.Label label) {
        static Endpoint of(ConnectionTarget t) {
            return new Endpoint(t.endpoint(), t.user(), t.database(), t.label());
        }

        ConnectionTarget withPassword(String password) {
            return new ConnectionTarget(endpoint, user, password, database, label);
        }
    }

    /** The secret-free part of {@code spec}. */
    public static StoredSpec of(SyncSpec spec) {
        SyncJobConfig c = spec.config();
        Endpoint target = Endpoint.of(spec.target());
        if (spec.source() instanceof SyncSpec.ArangoCollection a) {
            return new StoredSpec("arangodb", Endpoint.of(a.endpoint()), a.collection(), null, target,
                    spec.targetCollection(), c.jobId(), c.watermark(), c.batchSize(), c.onDuplicate(), c.checkpoints());
        }
        if (spec.source() instanceof SyncSpec.CsvFile f) {
            return new StoredSpec("csv", null, f.file().toString(), f.options(), target, spec.targetCollection(),
                    c.jobId(), c.watermark(), c.batchSize(), c.onDuplicate(), c.checkpoints());
        }
        SyncSpec.JsonlFile f = (SyncSpec.JsonlFile) spec.source();
        return new StoredSpec("jsonl", null, f.file().toString(), null, target, spec.targetCollection(), c.jobId(),
                c.watermark(), c.batchSize(), c.onDuplicate(), c.checkpoints());
    }

    /**
     * The spec again, each server's password supplied by {@code passwords} (given the server with an empty one),
     * for verifying the run; null when the record is unreadable (an unknown source kind). A record without its
     * checkpoint place (an older one) gets {@code fallback}.
     */
    public SyncSpec toSpec(UnaryOperator<ConnectionTarget> passwords, CheckpointPlace fallback) {
        SyncSpec.Source from = switch (sourceKind == null ? "" : sourceKind) {
            case "arangodb" -> source == null ? null
                    : new SyncSpec.ArangoCollection(passwords.apply(source.withPassword("")), sourceName);
            case "jsonl" -> new SyncSpec.JsonlFile(Path.of(sourceName));
            case "csv" -> new SyncSpec.CsvFile(Path.of(sourceName), csv == null ? CsvOptions.defaults() : csv);
            default -> null;
        };
        if (from == null || target == null) {
            return null;
        }
        SyncJobConfig config = SyncJobConfig.defaults(jobId, watermark, checkpoints == null ? fallback : checkpoints)
                .withBatchSize(batchSize)
                .withOnDuplicate(onDuplicate == null ? OnDuplicate.UPDATE : onDuplicate);
        return new SyncSpec(from, passwords.apply(target.withPassword("")), targetCollection, config);
    }
}
