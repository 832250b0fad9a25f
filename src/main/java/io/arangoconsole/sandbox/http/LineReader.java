package io.arangoconsole.sandbox.http;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.util.Arrays;

/**
 * Splits a byte stream into lines ending in \n or \r\n without decoding them, so each line can be handed to the JSON
 * parser straight from the buffer. After {@link #next()} the line is {@code buffer()[from()..to())}, trimmed of
 * spaces, tabs and carriage returns. A final blank line (the usual trailing newline) is not reported.
 */
final class LineReader {
    private final InputStream in;
    private byte[] buf;
    private int start;
    private int limit;
    private boolean eof;
    private int from;
    private int to;

    LineReader(InputStream in) {
        this(in, 256 * 1024);
    }

    LineReader(InputStream in, int initialBuffer) {
        this.in = in;
        this.buf = new byte[initialBuffer];
    }

    /** Advances to the next line; false at the end. */
    boolean next() throws IOException {
        int scanned = 0;
        while (true) {
            for (int i = start + scanned; i < limit; i++) {
                if (buf[i] == '\n') {
                    setLine(start, i);
                    start = i + 1;
                    return true;
                }
            }
            scanned = limit - start;
            if (!fill()) {
                if (start >= limit) {
                    return false;
                }
                setLine(start, limit);
                start = limit;
                return from != to;
            }
        }
    }

    /** The first byte that is not whitespace, without consuming anything; -1 for an empty stream. */
    int peekNonSpace() throws IOException {
        int scanned = 0;
        while (true) {
            for (int i = start + scanned; i < limit; i++) {
                if (!Character.isWhitespace(buf[i])) {
                    return buf[i];
                }
            }
            scanned = limit - start;
            if (!fill()) {
                return -1;
            }
        }
    }

    /** What has not been read as lines yet, for a parser that takes over the stream. */
    InputStream rest() {
        return new SequenceInputStream(new ByteArrayInputStream(buf, start, limit - start), in);
    }

    byte[] buffer() {
        return buf;
    }

    int from() {
        return from;
    }

    int to() {
        return to;
    }

    private void setLine(int s, int e) {
        while (s < e && isSpace(buf[s])) {
            s++;
        }
        while (e > s && isSpace(buf[e - 1])) {
            e--;
        }
        from = s;
        to = e;
    }

    private static boolean isSpace(byte b) {
        return b == ' ' || b == '\t' || b == '\r';
    }

    /** Reads more bytes, moving the unread part to the front (and growing for long lines); false at the end. */
    private boolean fill() throws IOException {
        if (eof) {
            return false;
        }
        if (start > 0) {
            System.arraycopy(buf, start, buf, 0, limit - start);
            limit -= start;
            start = 0;
        }
        if (limit == buf.length) {
            buf = Arrays.copyOf(buf, buf.length * 2);
        }
        int n = in.read(buf, limit, buf.length - limit);
        if (n < 0) {
            eof = true;
            return false;
        }
        limit += n;
        return true;
    }
}
