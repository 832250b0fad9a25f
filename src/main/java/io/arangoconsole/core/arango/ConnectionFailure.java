package io.arangoconsole.core.arango;

/** A server could not be used; the message is one sentence meant for the DBA (what failed and where). */
public final class ConnectionFailure extends RuntimeException {

    /** Why the call failed, so callers can react (e.g. ask for a password) without parsing the message. */
    public enum Reason { UNREACHABLE, UNAUTHORIZED, UNKNOWN_DATABASE, SERVER_ERROR, TLS }

    private final Reason reason;

    public ConnectionFailure(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
