package io.arangoconsole.core.indexes;

/**
 * A server refusal: the HTTP status, ArangoDB's {@code errorNum} (0 when the answer had none) and its message.
 * Connection failures use status 0.
 */
public final class IndexGatewayException extends RuntimeException {
    /** {@code errorNum} of a unique constraint violation. */
    public static final int UNIQUE_CONSTRAINT_VIOLATED = 1210;
    /** {@code errorNum} of an unknown collection. */
    public static final int DATA_SOURCE_NOT_FOUND = 1203;
    /** {@code errorNum} of an unknown index. */
    public static final int INDEX_NOT_FOUND = 1212;
    private final int status;
    private final int errorNum;

    public IndexGatewayException(int status, int errorNum, String message, Throwable cause) {
        super(message, cause);
        this.status = status;
        this.errorNum = errorNum;
    }

    public IndexGatewayException(int status, int errorNum, String message) {
        this(status, errorNum, message, null);
    }

    /** HTTP status of the answer; 0 when no answer came. */
    public int status() {
        return status;
    }

    /** ArangoDB's {@code errorNum}; 0 when the answer had none. */
    public int errorNum() {
        return errorNum;
    }

    /** True when the user lacks the permission (HTTP 403, or 401 with FORBIDDEN). */
    public boolean forbidden() {
        return status == 403 || (status == 401 && errorNum == 11);
    }
}
