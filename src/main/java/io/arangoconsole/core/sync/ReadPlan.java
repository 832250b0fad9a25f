package io.arangoconsole.core.sync;

/**
 * Which way a run reads its source. A database source's full copy reads in {@code _key} order, which the primary
 * index serves without sorting anything, resumable after the last key, while the job records the highest
 * {@code (watermark, _key)} it wrote; an incremental run (after a complete, trusted checkpoint) reads only the
 * records after that position in {@code (watermark, _key)} order, so only the new records are sorted even without
 * an index. A file reads in file order, resumable after its last committed line.
 *
 * @param byKey read in {@code _key} order (after {@code from.key()}), else in the source's own order after
 *              {@code from}
 * @param from  where reading starts (exclusive), or null for the beginning
 */
record ReadPlan(boolean byKey, Position from, String watermark, boolean file) {

    /** The plan for {@code source} given the trusted checkpoint (null: none, or not to be trusted). */
    static ReadPlan of(SyncSource source, Checkpoint checkpoint, String watermark) {
        if (!source.ordered()) {
            boolean resume = checkpoint != null && !checkpoint.complete() && checkpoint.lastLine() > 0;
            return new ReadPlan(false, resume ? Position.ofLine(checkpoint.lastLine()) : null, watermark, true);
        }
        if (checkpoint == null || (checkpoint.complete() && checkpoint.lastKey() == null)) {
            return new ReadPlan(true, null, watermark, false);
        }
        if (checkpoint.inKeyOrder()) {
            return new ReadPlan(true, checkpoint.resumeKey() == null ? null : Position.of(null,
                    checkpoint.resumeKey()), watermark, false);
        }
        return new ReadPlan(false, checkpoint.position(), watermark, false);
    }

    /** What the job shows while it runs: "full copy in _key order (primary index, nothing sorted)". */
    String describe() {
        if (file) {
            return from == null ? "reading the file from its first line" : "resuming the file after line "
                    + from.line();
        }
        if (byKey) {
            return (from == null ? "full copy" : "resuming the full copy after _key '" + from.key() + "'")
                    + " in _key order (primary index, nothing sorted)";
        }
        return "incremental: records after " + watermark + " = " + (from.watermark() == null ? "null"
                : from.watermark().toString()) + " in (" + watermark + ", _key) order";
    }
}
