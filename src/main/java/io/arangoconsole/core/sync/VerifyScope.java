package io.arangoconsole.core.sync;

import java.util.Set;

/**
 * What a verification knows of the run before it: the range {@code (from, upTo]} an ordered source's run read
 * (nulls: open ends), whether that run read the whole source ({@code whole}), how documents were written
 * ({@code onDuplicate}), and the keys the target refused ({@code refusedKeys}, in the rejects file, not expected on
 * the target). The whole collections are compared whatever the range; the range only bounds the document-by-document
 * comparison when checksums cannot be compared.
 */
public record VerifyScope(String watermark, Position from, Position upTo, boolean whole, OnDuplicate onDuplicate,
                          int batchSize, Set<String> refusedKeys) {

    /** Copies the refused keys. */
    public VerifyScope {
        refusedKeys = refusedKeys == null ? Set.of() : Set.copyOf(refusedKeys);
    }

    /** A scope without refused keys. */
    public VerifyScope(String watermark, Position from, Position upTo, boolean whole, OnDuplicate onDuplicate,
                       int batchSize) {
        this(watermark, from, upTo, whole, onDuplicate, batchSize, Set.of());
    }

    /** The whole source against the target. */
    public static VerifyScope everything(String watermark, OnDuplicate onDuplicate) {
        return new VerifyScope(watermark, null, null, true, onDuplicate, 1000);
    }
}
