package io.arangoconsole.core.sync;

import java.util.Locale;
import java.util.Objects;

/**
 * Whether a stored checkpoint may be trusted: it must belong to the target collection instance that is there now
 * (same {@code globallyUniqueId}: a collection dropped and created again is another one), the target must hold at
 * least the documents the checkpoint expects (a server restarted empty holds fewer), and its last run must have
 * ended verified (a run that read everything but found differences leaves {@code readDone} without
 * {@code complete}). A sync never removes documents, so nothing is subtracted from the expected count.
 */
final class CheckpointCheck {
    private CheckpointCheck() {
    }

    /**
     * Null when {@code checkpoint} can be resumed or continued incrementally; else why not, as the start of one
     * sentence ("The target collection 'c' holds 53,000 documents, fewer than the 100,000 its checkpoint expects").
     */
    static String problem(Checkpoint checkpoint, String collection, String collectionId, long count) {
        if (collectionId != null && !Objects.equals(checkpoint.collectionId(), collectionId)) {
            return checkpoint.collectionId() == null
                    ? "The checkpoint does not say which instance of the target collection '" + collection
                            + "' it was written for"
                    : "The target collection '" + collection + "' is not the one the checkpoint was written for "
                            + "(it was dropped and created again, or the server was replaced)";
        }
        if (count < checkpoint.expectedCount()) {
            return String.format(Locale.ROOT, "The target collection '%s' holds %,d documents, fewer than the %,d "
                    + "its checkpoint expects", collection, count, checkpoint.expectedCount());
        }
        if (checkpoint.readDone() && !checkpoint.complete()) {
            return "The last run of this sync did not end verified equal";
        }
        return null;
    }
}
