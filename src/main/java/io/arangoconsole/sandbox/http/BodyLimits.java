package io.arangoconsole.sandbox.http;

/**
 * The limits every request body is read under: at most {@code maxBytes} bytes (counted after gzip/deflate inflation,
 * so a small compressed body cannot grow past it) and at most {@code idleMillis} between two pieces of the body.
 */
public record BodyLimits(long maxBytes, long idleMillis) {

    /** The one sentence a client reads when its body is too large. */
    String tooLarge(String what) {
        return "request body " + what + " is larger than this server's limit of " + maxBytes
                + " bytes (sandbox --max-body-size)";
    }

    String stalled() {
        return "request body not complete: nothing arrived for " + idleMillis + " ms";
    }
}
