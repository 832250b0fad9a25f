package io.arangoconsole.core.cluster;

/** A cluster call failed; the message is one sentence for the DBA (what, where). */
public final class ClusterException extends RuntimeException {

    /** Why, so callers can tell a server that is not there from one that answered no. */
    public enum Kind { UNREACHABLE, REFUSED, OTHER }

    private final Kind kind;

    public ClusterException(Kind kind, String sentence, Throwable cause) {
        super(sentence, cause);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
