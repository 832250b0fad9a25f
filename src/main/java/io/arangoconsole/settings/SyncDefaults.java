package io.arangoconsole.settings;

import io.arangoconsole.core.sync.CheckpointPlace;

/**
 * The defaults of sync jobs that are a user's convention rather than the console's: where checkpoints are kept. The
 * Sync pane and {@code sync run} start from these; a job may name others (README, "Checkpoints").
 */
public final class SyncDefaults {
    /** The collection of the target database that holds the checkpoints. */
    public static final String CHECKPOINT_COLLECTION = "system_configs";
    /** The attribute of a checkpoint document with the time of the last sync. */
    public static final String CHECKPOINT_DATE_ATTRIBUTE = "last_sync_date";
    /** Both together. */
    public static final CheckpointPlace CHECKPOINTS = new CheckpointPlace(CHECKPOINT_COLLECTION,
            CHECKPOINT_DATE_ATTRIBUTE);

    private SyncDefaults() {
    }
}
