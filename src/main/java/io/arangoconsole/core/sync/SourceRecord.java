package io.arangoconsole.core.sync;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One record read from a sync source: either a document ({@code doc} set) or a reject ({@code rejectReason} set).
 * File sources give the 1-based {@code line} the record starts on; database sources give 0 and identify records by
 * {@code key}, which may be null for a reject that has no usable key.
 */
public record SourceRecord(long line, String key, ObjectNode doc, String rejectReason) {

    /** A document read from line {@code line} (0 for database sources). */
    public static SourceRecord document(long line, ObjectNode doc) {
        return new SourceRecord(line, doc.path("_key").asText(null), doc, null);
    }

    /** A record that cannot be synced, with the reason the reject file shows. */
    public static SourceRecord reject(long line, String key, String reason) {
        return new SourceRecord(line, key, null, reason);
    }

    /** Whether this record goes to the reject file instead of the target. */
    public boolean isReject() {
        return rejectReason != null;
    }

    /** "line 12" for file records, "key abc" for database records: how messages name a record. */
    public String where() {
        return line > 0 ? "line " + line : "key " + key;
    }
}
