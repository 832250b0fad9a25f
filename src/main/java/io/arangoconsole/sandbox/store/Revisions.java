package io.arangoconsole.sandbox.store;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Revision ids in ArangoDB's style: a hybrid logical clock value (milliseconds since 2016 shifted left, plus a
 * counter), printed in ArangoDB's own base64 alphabet, e.g. {@code _l6zhVDW---}. Strictly increasing per server.
 */
public final class Revisions {
    private static final char[] ALPHABET =
            "-_ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789".toCharArray();
    private static final long EPOCH_2016 = 1451606400000L;
    private final AtomicLong last = new AtomicLong();

    /** The next revision, larger than every revision handed out before. */
    public String next() {
        long candidate = (System.currentTimeMillis() - EPOCH_2016) << 20;
        long value = last.updateAndGet(prev -> Math.max(prev + 1, candidate));
        return encode(value);
    }

    static String encode(long value) {
        char[] buf = new char[11];
        int pos = buf.length;
        long v = value;
        do {
            buf[--pos] = ALPHABET[(int) (v & 63)];
            v >>>= 6;
        } while (v != 0 && pos > 0);
        while (pos > 1) {
            buf[--pos] = '-';
        }
        buf[0] = '_';
        return new String(buf);
    }
}
