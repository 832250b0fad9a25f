package io.arangoconsole.core.sync;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One record read from a sync source: a document ({@code doc} set), a reject ({@code rejectReason} set), or a
 * duplicate of a key an earlier line of the same file already gave ({@code firstLine} that line, and a reason too).
 * File sources give the 1-based {@code line} the record starts on; database sources give 0 and identify records by
 * {@code key}, which may be null for a reject that has no usable key.
 */
public record SourceRecord(long line, String key, ObjectNode doc, String rejectReason, long firstLine) {

    /** A document read from line {@code line} (0 for database sources). */
    public static SourceRecord document(long line, ObjectNode doc) {
        return new SourceRecord(line, doc.path("_key").asText(null), doc, null, 0);
    }

    /** A record that cannot be synced, with the reason the reject file shows. */
    public static SourceRecord reject(long line, String key, String reason) {
        return new SourceRecord(line, key, null, reason, 0);
    }

    /**
     * A later line of a file repeating the {@code _key} of line {@code firstLine} that the job's rule
     * ({@code ignore} or {@code error}) keeps out: the first line wins; not synced, reported.
     */
    public static SourceRecord duplicate(long line, String key, long firstLine, OnDuplicate rule) {
        return new SourceRecord(line, key, null, "duplicate _key '" + key + "': line " + firstLine
                + " has it already; the first line is synced and this one is not (on-duplicate "
                + rule.apiValue() + ")", firstLine);
    }

    /**
     * A later line of a file repeating the {@code _key} of line {@code firstLine} that the job's rule
     * ({@code update} or {@code replace}) applies over the earlier one: the last line wins; synced, and counted as a
     * duplicate.
     */
    public static SourceRecord superseding(long line, ObjectNode doc, long firstLine) {
        return new SourceRecord(line, doc.path("_key").asText(null), doc, null, firstLine);
    }

    /** Whether this record goes to the reject file instead of the target (duplicates included). */
    public boolean isReject() {
        return rejectReason != null;
    }

    /** Whether this record repeats a key an earlier line of the file gave (synced or not, as the rule says). */
    public boolean isDuplicate() {
        return firstLine > 0;
    }

    /** "line 12" for file records, "key abc" for database records: how messages name a record. */
    public String where() {
        return line > 0 ? "line " + line : "key " + key;
    }
}
