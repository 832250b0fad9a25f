package io.arangoconsole.core.arango;

import java.util.Locale;
import java.util.Map;

/**
 * The errors a cluster gives in the gap of a DB-Server failover (reference 1.9 item 4), in one place: they pass once
 * an in-sync follower leads, so a sync retries them rather than failing or rejecting documents.
 */
final class FailoverErrors {
    /** errorNum to what a person reads (and to what the server's per-document import details say, lower case). */
    private static final Map<Integer, String> ERRORS = Map.of(
            1429, "write concern not fulfilled",
            1457, "timeout in cluster operation",
            1465, "cluster internal http connection broken",
            1478, "a cluster backend which was required for the operation could not be reached",
            1491, "shard leader resigned",
            1495, "leadership challenge is ongoing",
            1496, "not a leader");

    private FailoverErrors() {
    }

    /** True for an errorNum of the failover gap. */
    static boolean isFailoverGap(int errorNum) {
        return ERRORS.containsKey(errorNum);
    }

    /** True when an import's per-document message names an error of the failover gap. */
    static boolean mentionsFailoverGap(String message) {
        String m = message == null ? "" : message.toLowerCase(Locale.ROOT);
        return ERRORS.values().stream().anyMatch(m::contains);
    }
}
