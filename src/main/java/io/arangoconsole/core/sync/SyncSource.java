package io.arangoconsole.core.sync;

import java.util.List;

/**
 * Where a sync reads from, one batch at a time so that memory does not depend on the source's size. Blocking; the
 * engine calls {@link #open} again after a transient failure to continue after the last record it received.
 */
public interface SyncSource extends AutoCloseable {

    /** "arangodb", "jsonl" or "csv"; database sources also say which server kind in {@link #serverKind()}. */
    String kind();

    /** Human-readable origin for messages and history, e.g. the file path or {@code url/db/collection}. */
    String describe();

    /**
     * (Re)starts reading after {@code after}: database sources in ascending {@code (watermark, _key)} order strictly
     * after its watermark and key, file sources after its line. Null reads everything.
     */
    void open(Position after);

    /**
     * (Re)starts reading a database source in {@code _key} order strictly after {@code afterKey} (null: from the
     * first), the order of its primary index, so that nothing is sorted whether or not the watermark has an index.
     * File sources have one order: they read from their first line (a non-null key is not theirs to resume from).
     */
    default void openByKey(String afterKey) {
        if (afterKey != null) {
            throw new UnsupportedOperationException(describe() + " resumes by line, not by _key");
        }
        open(null);
    }

    /** Up to {@code max} records; an empty list at the end. */
    List<SourceRecord> nextBatch(int max);

    /** How many records {@link #open} with {@code after} will give, or -1 when unknown. */
    long estimateRemaining(Position after);

    /** Whether records come in {@code (watermark, _key)} order, so the checkpoint can resume by watermark. */
    default boolean ordered() {
        return false;
    }

    /**
     * The documents of the whole source collection (database sources), or -1 when it cannot say; files count what
     * they leave while they are read.
     */
    default long count() {
        return -1;
    }

    /** The server kind for checksum comparison ("sandbox", "arangodb"), or null for files. */
    default String serverKind() {
        return null;
    }

    /** The collection checksum ({@code withData=true&withRevisions=false}), or null when the source has none. */
    default String checksum() {
        return null;
    }

    /**
     * Why reading this source will be slow, for the job's status while it runs (e.g. a database source with no index
     * for its {@code (watermark, _key)} order sorts everything before the first batch); null when nothing is.
     */
    default String readNote() {
        return null;
    }

    /** Releases cursors and files. */
    @Override
    void close();
}
