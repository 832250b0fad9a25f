package io.arangoconsole.core.sync;

import java.util.List;

/**
 * The end-of-run (or on-demand) comparison of source and target over the synced range: {@code equal} when both hold
 * the same documents; otherwise the first keys found missing or different in the target (possibly empty when only
 * the counts differ). {@code method} says how: "checksum" (collection checksum API, both ends the same server kind)
 * or "documents" (each source document compared with the stored one, ignoring {@code _id} and {@code _rev}).
 */
public record Verification(boolean equal, long sourceCount, long targetCount, List<String> firstDifferingKeys,
                           String method) {

    /** "equal (1000 documents)" or "differs: source 1000, target 998; first differing keys k1, k7". */
    public String describe() {
        if (equal) {
            return "equal (" + sourceCount + " documents, by " + method + ")";
        }
        String keys = firstDifferingKeys.isEmpty() ? "" : "; first differing keys " + String.join(", ",
                firstDifferingKeys);
        return "differs: source " + sourceCount + ", target " + targetCount + keys;
    }
}
