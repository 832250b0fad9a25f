package io.arangoconsole.core.sync;

/** Where a job is in its life. The last four are final. */
public enum SyncState {
    PENDING, RUNNING, RETRYING, PAUSED, VERIFYING, SUCCEEDED, FAILED, CANCELLED;

    /** Whether the job has ended. */
    public boolean isFinal() {
        return this == SUCCEEDED || this == FAILED || this == CANCELLED;
    }
}
