package io.arangoconsole.core.sync;

import java.util.ArrayList;
import java.util.List;

/**
 * A file source whose later lines repeating a {@code _key} are duplicates, decided by the job's {@code onDuplicate}
 * rule as for documents already in the target: {@code ignore} and {@code error} keep the first line (the later ones
 * become rejects naming the line of the first, not synced); {@code update} and {@code replace} apply the later line
 * over the earlier one (the last line wins). Either way a file leaves one document per distinct key, so the job can
 * count what it should leave on the target. (Re)opening after a line reads the lines before it again to learn their
 * keys; a pass read to the end is kept, so a verification knows which line of a key is the last.
 */
final class DistinctKeySource implements SyncSource {
    private final SyncSource file;
    private final OnDuplicate rule;
    private KeyLines seen;
    /** The keys of the last pass that read the whole file, or null before one. */
    private KeyLines complete;
    private long documents;

    DistinctKeySource(SyncSource file, OnDuplicate rule) {
        this.file = file;
        this.rule = rule == null ? OnDuplicate.UPDATE : rule;
    }

    /** Whether the first line of a key wins ({@code ignore}, {@code error}), else the last. */
    boolean firstWins() {
        return rule == OnDuplicate.IGNORE || rule == OnDuplicate.ERROR;
    }

    /**
     * Whether {@code record} (a document of this source) is what the target should hold for its key: the first line
     * when the first wins, else the key's last line (known after a whole pass: {@link #learnAll} makes one).
     */
    boolean isFinal(SourceRecord record) {
        if (firstWins()) {
            return !record.isDuplicate();
        }
        return complete == null || complete.lastLine(record.key()) == Math.max(1, record.line());
    }

    /** Reads the whole file once when no pass did yet, so {@link #isFinal} knows each key's last line. */
    void learnAll() {
        if (complete != null || firstWins()) {
            return;
        }
        open(null);
        while (!nextBatch(1000).isEmpty()) {
            // reading to the end records every key's last line
        }
    }

    @Override
    public String kind() {
        return file.kind();
    }

    @Override
    public String describe() {
        return file.describe();
    }

    @Override
    public void open(Position after) {
        seen = new KeyLines();
        documents = 0;
        long skip = after == null ? 0 : after.line();
        file.open(null);
        if (skip <= 0) {
            return;
        }
        // learn the keys of the lines before the resume point, then read on right after it
        boolean past = false;
        while (!past) {
            List<SourceRecord> batch = file.nextBatch(1000);
            if (batch.isEmpty()) {
                break;
            }
            for (SourceRecord record : batch) {
                if (record.line() > skip) {
                    past = true;
                    break;
                }
                filter(record);
            }
        }
        file.open(Position.ofLine(skip));
    }

    @Override
    public List<SourceRecord> nextBatch(int max) {
        List<SourceRecord> out = new ArrayList<>();
        List<SourceRecord> batch = file.nextBatch(max);
        for (SourceRecord record : batch) {
            out.add(filter(record));
        }
        if (batch.isEmpty()) {
            complete = seen;
        }
        return out;
    }

    private SourceRecord filter(SourceRecord record) {
        if (record.isReject() || record.key() == null) {
            return record;
        }
        long first = seen.firstLineOrPut(record.key(), Math.max(1, record.line()));
        if (first != 0) {
            return firstWins() ? SourceRecord.duplicate(record.line(), record.key(), first, rule)
                    : SourceRecord.superseding(record.line(), record.doc(), first);
        }
        documents++;
        return record;
    }

    /** Distinct keys read since the last {@link #open}, the resumed part's earlier lines included. */
    long distinctKeys() {
        return documents;
    }

    @Override
    public long estimateRemaining(Position after) {
        return file.estimateRemaining(after);
    }

    @Override
    public String readNote() {
        return file.readNote();
    }

    @Override
    public void close() {
        file.close();
    }
}
