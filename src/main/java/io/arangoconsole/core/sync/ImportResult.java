package io.arangoconsole.core.sync;

import java.util.List;

/**
 * What one bulk import reported: counts as in {@code POST /_api/import} and, per refused document, its 0-based index
 * in the submitted list with the server's message.
 */
public record ImportResult(long created, long updated, long ignored, long errors, List<DocumentError> details) {

    /**
     * One refused document; {@code failover} when the server refused it only because a DB-Server was failing over
     * (it is sent again after a wait, not rejected).
     */
    public record DocumentError(int index, String message, boolean failover) {
        public DocumentError(int index, String message) {
            this(index, message, false);
        }
    }

    /** The result of importing nothing. */
    public static ImportResult empty() {
        return new ImportResult(0, 0, 0, 0, List.of());
    }
}
