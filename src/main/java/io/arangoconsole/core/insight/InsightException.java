package io.arangoconsole.core.insight;

/**
 * A query insight call failed; the message is one sentence a person can act on. When the server answered with an
 * error, {@link #errorNum()} and {@link #serverMessage()} keep ArangoDB's own number and text (a syntax error's
 * position, for one), else they are null.
 */
public final class InsightException extends RuntimeException {
    /** ArangoDB's "AQL: syntax error" number: the query text does not parse on this server. */
    public static final int QUERY_PARSE = 1501;

    private final Integer errorNum;
    private final String serverMessage;

    public InsightException(String sentence, Throwable cause) {
        this(sentence, cause, null, null);
    }

    public InsightException(String sentence, Throwable cause, Integer errorNum, String serverMessage) {
        super(sentence, cause);
        this.errorNum = errorNum;
        this.serverMessage = serverMessage;
    }

    /** ArangoDB's error number, or null when the server did not answer with one. */
    public Integer errorNum() {
        return errorNum;
    }

    /** ArangoDB's error message as the server worded it, or null. */
    public String serverMessage() {
        return serverMessage;
    }

    /** True when the server said the query does not parse. */
    public boolean parseError() {
        return errorNum != null && errorNum == QUERY_PARSE;
    }
}
