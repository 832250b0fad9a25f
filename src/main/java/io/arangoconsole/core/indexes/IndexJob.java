package io.arangoconsole.core.indexes;

import java.time.Duration;
import java.util.List;

/**
 * One index build as the queue shows it: where it stands, percent done (from the server's {@code progress}), time
 * spent, the estimated time left ({@code eta}, null until progress is known) and a one-sentence {@code message}.
 * {@code indexId} (the server's {@code collection/number}) and {@code indexName} are null until known.
 * {@code shards} is the collection's number of shards on a cluster, where {@code percent} is the coordinator's mean
 * over them (3.12 reports no per-shard figure); 0 on a single server or until known.
 */
public record IndexJob(long id, String collection, List<String> fields, State state, double percent,
                       Duration elapsed, Duration eta, String message, String indexId, String indexName,
                       int shards) {

    public IndexJob {
        fields = List.copyOf(fields);
    }

    /** A job on a single server (or before the shards are known): {@code shards} 0. */
    public IndexJob(long id, String collection, List<String> fields, State state, double percent, Duration elapsed,
                    Duration eta, String message, String indexId, String indexName) {
        this(id, collection, fields, state, percent, elapsed, eta, message, indexId, indexName, 0);
    }

    /** Life of a job: SCHEDULED (waiting for its build window), QUEUED, RUNNING, then one of the final states. */
    public enum State {
        SCHEDULED, QUEUED, RUNNING, DONE, EXISTING, FAILED, CANCELLED;

        /** True once the job will not change again. */
        public boolean finished() {
            return this != SCHEDULED && this != QUEUED && this != RUNNING;
        }
    }

    /** {@code orders [placed_at, state]}. */
    public String describe() {
        return collection + " [" + String.join(", ", fields) + "]";
    }
}
