package io.arangoconsole.sandbox.http;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class LineReaderTest {

    /** Hands out at most 3 bytes per read, like a network stream delivering small chunks. */
    private static InputStream trickle(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)) {
            @Override
            public synchronized int read(byte[] b, int off, int len) {
                return super.read(b, off, Math.min(len, 3));
            }
        };
    }

    private static List<String> lines(LineReader r) throws IOException {
        List<String> out = new ArrayList<>();
        while (r.next()) {
            out.add(new String(r.buffer(), r.from(), r.to() - r.from(), StandardCharsets.UTF_8));
        }
        return out;
    }

    @Test
    void splitsOnLfAndCrLfAcrossChunksAndGrowsForLongLines() throws IOException {
        String longLine = "x".repeat(50);
        LineReader r = new LineReader(trickle("{\"a\":1}\r\n\n  " + longLine + " \r\nlast"), 8);
        assertEquals(List.of("{\"a\":1}", "", longLine, "last"), lines(r));
    }

    @Test
    void trailingNewlineGivesNoExtraLineAndPeekConsumesNothing() throws IOException {
        LineReader r = new LineReader(trickle("  \n [1]\n"), 4);
        assertEquals('[', r.peekNonSpace());
        assertEquals(List.of("", "[1]"), lines(r));
    }
}
