package io.arangoconsole.sandbox.store;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Revision ids in ArangoDB's style: a hybrid logical clock value (milliseconds since 2016 shifted left, plus a
 * counter), printed in ArangoDB's own base64 alphabet, e.g. {@code _l6zhVDW---}. Strictly increasing per server.
 */
public final class Revisions {
    private static final char[] ALPHABET =
            "-_ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789".toCharArray();
    private static final String DIGITS = new String(ALPHABET);
    private static final long EPOCH_2016 = 1451606400000L;
    private final AtomicLong last = new AtomicLong();

    /** The next revision, larger than every revision handed out before. */
    public String next() {
        long candidate = (System.currentTimeMillis() - EPOCH_2016) << 20;
        long value = last.updateAndGet(prev -> Math.max(prev + 1, candidate));
        return encode(value);
    }

    /** The value of the latest revision handed out (0 before the first). */
    public long lastValue() {
        return last.get();
    }

    /** The clock time (epoch milliseconds) a revision was handed out at; 0 for a string not in this form. */
    public static long millis(String rev) {
        long value = decode(rev);
        return value == 0 ? 0 : (value >>> 20) + EPOCH_2016;
    }

    /** The value a revision string encodes; 0 for a string not in this form (e.g. imported from elsewhere). */
    public static long decode(String rev) {
        if (rev == null || rev.length() < 2 || rev.charAt(0) != '_') {
            return 0;
        }
        long v = 0;
        for (int i = 1; i < rev.length(); i++) {
            int digit = DIGITS.indexOf(rev.charAt(i));
            if (digit < 0) {
                return 0;
            }
            v = (v << 6) | digit;
        }
        return v;
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
