package io.arangoconsole.core.insight;

/** A query insight call failed; the message is one sentence a person can act on. */
public final class InsightException extends RuntimeException {
    public InsightException(String sentence, Throwable cause) {
        super(sentence, cause);
    }
}
