package io.arangoconsole.core.sync;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Reads the source on its own thread into a bounded queue, so that reading the next batch overlaps writing the
 * previous one while at most {@code capacity} batches wait in memory. A transient read failure reopens the source
 * after the last record already queued and goes on.
 */
final class SourcePump implements Runnable {
    private final SyncSource source;
    private final BlockingQueue<Item> queue;
    private final int batchSize;
    private final String watermark;
    private final Retrier retrier;
    private final Position start;
    private final boolean byKey;
    private volatile boolean stopped;

    /** A batch, the end of the source ({@code records} null, {@code failure} null), or the failure that ended it. */
    record Item(List<SourceRecord> records, RuntimeException failure) {
        boolean isEnd() {
            return records == null && failure == null;
        }
    }

    /** @param byKey read in {@code _key} order after {@code start}'s key, else in the source's own order */
    SourcePump(SyncSource source, BlockingQueue<Item> queue, int batchSize, String watermark, Retrier retrier,
               Position start, boolean byKey) {
        this.byKey = byKey;
        this.source = source;
        this.queue = queue;
        this.batchSize = batchSize;
        this.watermark = watermark;
        this.retrier = retrier;
        this.start = start;
    }

    @Override
    public void run() {
        try {
            pump();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void pump() throws InterruptedException {
        Position[] last = {start};
        boolean[] reopen = {true};
        try {
            while (!stopped) {
                List<SourceRecord> batch = retrier.call("read", () -> {
                    if (reopen[0] && byKey) {
                        source.openByKey(last[0] == null ? null : last[0].key());
                    } else if (reopen[0]) {
                        source.open(last[0]);
                    }
                    reopen[0] = true;
                    List<SourceRecord> read = source.nextBatch(batchSize);
                    reopen[0] = false;
                    return read;
                });
                if (batch.isEmpty()) {
                    put(new Item(null, null));
                    return;
                }
                last[0] = positionOf(batch.get(batch.size() - 1), last[0]);
                put(new Item(batch, null));
            }
        } catch (RuntimeException e) {
            put(new Item(null, e));
        }
    }

    /** Asks the pump to stop at its next step; it does not block the caller. */
    void stop() {
        stopped = true;
    }

    private Position positionOf(SourceRecord record, Position previous) {
        JsonNode w = record.doc() == null ? (previous == null ? null : previous.watermark())
                : record.doc().get(watermark);
        return new Position(w, record.key(), record.line());
    }

    private void put(Item item) throws InterruptedException {
        while (!stopped) {
            if (queue.offer(item, 100, TimeUnit.MILLISECONDS)) {
                return;
            }
        }
    }
}
