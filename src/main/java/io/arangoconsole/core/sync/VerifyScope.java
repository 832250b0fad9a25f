package io.arangoconsole.core.sync;

/**
 * What to verify: the range {@code (from, upTo]} of an ordered source (nulls: open ends), or the rest of a file
 * source after {@code from}'s line; documents are compared as the job's {@code onDuplicate} writes them.
 * {@code whole} says the range is the whole source collection, so that collection checksums may decide first.
 */
public record VerifyScope(String watermark, Position from, Position upTo, boolean whole, OnDuplicate onDuplicate,
                          int batchSize) {

    /** The whole source against the target. */
    public static VerifyScope everything(String watermark, OnDuplicate onDuplicate) {
        return new VerifyScope(watermark, null, null, true, onDuplicate, 1000);
    }
}
