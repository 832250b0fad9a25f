package io.arangoconsole.core.indexes;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ScheduledFuture;

/** The queue's mutable record of one job; guarded by the queue's monitor. */
final class JobEntry {
    final long id;
    final IndexSpec spec;
    IndexJob.State state = IndexJob.State.QUEUED;
    double percent;
    Instant started;
    Instant finished;
    String message;
    String indexId;
    String indexName;
    /** The collection's shards on a cluster, 0 on a single server; -1 until asked (once, at the first poll). */
    int shards = -1;
    boolean cancelRequested;
    boolean dropped;
    /** Why dropping the cancelled build's index failed; kept so the job's end says so instead of "Created". */
    String dropError;
    /** A failed progress lookup is logged once per job, not every poll. */
    boolean lookupFailureLogged;
    ScheduledFuture<?> poll;
    /** The window the build may start in; null for a build that starts when its turn comes. */
    BuildWindow window;

    JobEntry(long id, IndexSpec spec, String message) {
        this.id = id;
        this.spec = spec;
        this.message = message;
    }

    IndexJob snapshot(Instant now) {
        Instant end = finished != null ? finished : now;
        Duration elapsed = started == null ? Duration.ZERO : Duration.between(started, end);
        return new IndexJob(id, spec.collection(), spec.fields(), state, percent, elapsed, eta(elapsed), message,
                indexId, indexName, Math.max(0, shards));
    }

    /** Time left at the rate seen so far; unknown until the server reports some progress. */
    private Duration eta(Duration elapsed) {
        if (state != IndexJob.State.RUNNING || percent <= 0 || percent >= 100) {
            return null;
        }
        return Duration.ofMillis(Math.round(elapsed.toMillis() * (100 - percent) / percent));
    }

    void finish(IndexJob.State finalState, String finalMessage, Instant now) {
        state = finalState;
        message = finalMessage;
        finished = now;
        if (finalState == IndexJob.State.DONE || finalState == IndexJob.State.EXISTING) {
            percent = 100;
        }
        if (poll != null) {
            poll.cancel(false);
        }
    }

    /** Ends the build as the server's answer says ({@code created}, or null with {@code failure}), cancel included. */
    void ended(IndexGateway.CreatedIndex created, RuntimeException failure, Instant now) {
        if (created != null) {
            indexId = created.id();
            indexName = created.name();
        }
        if (dropError != null && created != null && created.created()) {
            String name = indexName != null ? indexName : indexId;
            finish(IndexJob.State.CANCELLED, "Cancelled, but dropping the partial index failed: " + dropError
                    + "; drop it by hand (index " + name + " on " + spec.collection() + ").", now);
        } else if (cancelRequested && (created == null || created.created())) {
            finish(IndexJob.State.CANCELLED, "Cancelled; the partly built index was dropped.", now);
        } else if (created != null) {
            finish(created.created() ? IndexJob.State.DONE : IndexJob.State.EXISTING, created.created()
                    ? "Created as " + created.name() + "." : "Already exists as " + created.name() + ".", now);
        } else {
            finish(IndexJob.State.FAILED, FailureMessages.forBuild(spec, failure), now);
        }
    }
}
