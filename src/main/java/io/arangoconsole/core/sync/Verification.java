package io.arangoconsole.core.sync;

import java.util.List;
import java.util.Locale;

/**
 * The end-of-run (or on-demand) comparison of the whole source and target collections: {@code equal} when the target
 * holds every source document (as the job writes it) and nothing else; otherwise the first keys found missing or
 * different in the target (possibly empty when only the counts differ). {@code sourceCount} is the source
 * collection's count, or for a file the distinct keys it should leave; {@code refused} of them were refused by the
 * target (they are in the rejects file) and are not expected there. {@code method} says how: "checksum" (collection
 * checksum API, both ends the same server kind) or "documents" (source documents compared with the stored ones).
 */
public record Verification(boolean equal, long sourceCount, long targetCount, List<String> firstDifferingKeys,
                           String method, long refused) {

    /** A comparison without refused documents. */
    public Verification(boolean equal, long sourceCount, long targetCount, List<String> firstDifferingKeys,
                        String method) {
        this(equal, sourceCount, targetCount, firstDifferingKeys, method, 0);
    }

    /**
     * "equal (1,000 documents, by checksum)" or "differs: source 1,000, target 998; first differing keys k1, k7; run
     * the sync again: it copies what is missing".
     */
    public String describe() {
        String accounted = refused == 0 ? "" : String.format(Locale.ROOT, ", %,d refused by the target", refused);
        if (equal) {
            return String.format(Locale.ROOT, "equal (%,d documents%s, by %s)", targetCount, accounted, method);
        }
        String keys = firstDifferingKeys.isEmpty() ? "" : "; first differing keys " + String.join(", ",
                firstDifferingKeys);
        String todo = targetCount > sourceCount - refused
                ? "; the target holds documents the source does not have: remove them or sync into an empty collection"
                : "; run the sync again: it copies what is missing";
        return String.format(Locale.ROOT, "differs: source %,d%s, target %,d%s%s", sourceCount, accounted,
                targetCount, keys, todo);
    }
}
