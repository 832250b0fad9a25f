package io.arangoconsole.sandbox.http;

/**
 * The limits every request body is read under: at most {@code maxBytes} bytes (counted after gzip/deflate inflation,
 * so a small compressed body cannot grow past it), at most {@code idleMillis} between two pieces of the body, and,
 * once it has taken longer than {@code rateGraceMillis}, at least {@link #MIN_BYTES_PER_SECOND} on average (a body
 * trickled a byte at a time would otherwise hold its connection and buffer for ever).
 */
public record BodyLimits(long maxBytes, long idleMillis, long rateGraceMillis) {
    static final long MIN_BYTES_PER_SECOND = 16 << 10;

    /** The rate judged once the body has taken longer than {@code idleMillis}, as the sandbox does by default. */
    public BodyLimits(long maxBytes, long idleMillis) {
        this(maxBytes, idleMillis, idleMillis);
    }

    /** How often a body being read is checked for these limits. */
    long checkEveryMillis() {
        return Math.max(10, Math.min(1_000, Math.min(idleMillis, rateGraceMillis) / 4));
    }

    /** Why a body that started {@code startNanos} ago, with {@code received} bytes, must be dropped, or null. */
    String tooSlow(long startNanos, long lastChunkNanos, long received) {
        long now = System.nanoTime();
        if (now - lastChunkNanos > idleMillis * 1_000_000L) {
            return stalled();
        }
        double seconds = (now - startNanos) / 1e9;
        if (seconds * 1000 > rateGraceMillis && received < seconds * MIN_BYTES_PER_SECOND) {
            return "request body arriving at " + Math.round(received / seconds) + " bytes/s, under the minimum of "
                    + MIN_BYTES_PER_SECOND + " bytes/s";
        }
        return null;
    }

    /** The one sentence a client reads when its body is too large. */
    String tooLarge(String what) {
        return "request body " + what + " is larger than this server's limit of " + maxBytes
                + " bytes (sandbox --max-body-size)";
    }

    String stalled() {
        return "request body not complete: nothing arrived for " + idleMillis + " ms";
    }
}
