package io.arangoconsole.sandbox.http;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * An input stream that keeps what it has handed out since the last {@link #release}, addressable by absolute offset
 * (bytes from the start of the stream), so that a parser reading it can have a document's bytes copied afterwards.
 * What is kept is one document plus the parser's read-ahead. Releasing only moves a mark; the kept bytes are moved
 * to the front when a read needs the room, not once per document.
 */
final class CapturingInputStream extends InputStream {
    private final InputStream in;
    private byte[] kept = new byte[64 * 1024];
    /** Absolute offset of {@code kept[head]}. */
    private long base;
    private int head;
    private int end;

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
            if (end + n > kept.length) {
                int length = end - head;
                if (length + n > kept.length) {
                    kept = Arrays.copyOf(kept, Math.max(kept.length * 2, length + n));
                }
                System.arraycopy(kept, head, kept, 0, length);
                head = 0;
                end = length;
            }
            System.arraycopy(b, off, kept, end, n);
            end += n;
        }
        return n;
    }

    /** The kept bytes; valid until the next read. */
    byte[] buffer() {
        return kept;
    }

    /** The index in {@link #buffer()} just past the last byte handed out. */
    int end() {
        return end;
    }

    /** The index in {@link #buffer()} of absolute offset {@code at}, or -1 when it is not kept. */
    int index(long at) {
        long i = at - base;
        return i < 0 || i > end - head ? -1 : (int) (head + i);
    }

    /** Forgets everything before absolute offset {@code upTo}. */
    void release(long upTo) {
        int drop = (int) Math.min(end - head, Math.max(0, upTo - base));
        head += drop;
        base += drop;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
