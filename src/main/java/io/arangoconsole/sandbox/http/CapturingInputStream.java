package io.arangoconsole.sandbox.http;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * An input stream that keeps what it has handed out since the last {@link #release}, addressable by absolute offset
 * (bytes from the start of the stream), so that a parser reading it can have a document's bytes copied afterwards.
 * What is kept is one document plus the parser's read-ahead.
 */
final class CapturingInputStream extends InputStream {
    private final InputStream in;
    private byte[] kept = new byte[64 * 1024];
    private long base;
    private int length;

    CapturingInputStream(InputStream in) {
        this.in = in;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        int n = in.read(b, off, len);
        if (n > 0) {
            if (length + n > kept.length) {
                kept = Arrays.copyOf(kept, Math.max(kept.length * 2, length + n));
            }
            System.arraycopy(b, off, kept, length, n);
            length += n;
        }
        return n;
    }

    /** The kept bytes; valid until the next read or release. */
    byte[] buffer() {
        return kept;
    }

    /** How many bytes of {@link #buffer()} are kept. */
    int length() {
        return length;
    }

    /** The index in {@link #buffer()} of absolute offset {@code at}, or -1 when it is not kept. */
    int index(long at) {
        long i = at - base;
        return i < 0 || i > length ? -1 : (int) i;
    }

    /** Forgets everything before absolute offset {@code upTo}. */
    void release(long upTo) {
        int drop = (int) Math.min(length, Math.max(0, upTo - base));
        System.arraycopy(kept, drop, kept, 0, length - drop);
        length -= drop;
        base += drop;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
