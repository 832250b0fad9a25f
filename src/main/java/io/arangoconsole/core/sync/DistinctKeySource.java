package io.arangoconsole.core.sync;

import java.util.ArrayList;
import java.util.List;

/**
 * A file source whose later lines repeating a {@code _key} become duplicates (reported with the line of the first,
 * not synced), so a file leaves exactly one document per distinct key and the job can count what it should leave on
 * the target. (Re)opening after a line reads the lines before it again to learn their keys.
 */
final class DistinctKeySource implements SyncSource {
    private final SyncSource file;
    private KeyLines seen;
    private long documents;

    DistinctKeySource(SyncSource file) {
        this.file = file;
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
        for (SourceRecord record : file.nextBatch(max)) {
            out.add(filter(record));
        }
        return out;
    }

    private SourceRecord filter(SourceRecord record) {
        if (record.isReject() || record.key() == null) {
            return record;
        }
        long first = seen.firstLineOrPut(record.key(), Math.max(1, record.line()));
        if (first != 0) {
            return SourceRecord.duplicate(record.line(), record.key(), first);
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
