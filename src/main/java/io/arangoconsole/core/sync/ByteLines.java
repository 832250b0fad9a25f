package io.arangoconsole.core.sync;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;

/**
 * A file's physical lines, each decoded strictly as UTF-8 on its own, so that invalid bytes (or binary garbage) cost
 * one line with a reason ("not valid UTF-8 at byte 12") instead of failing the whole file. Lines end at {@code \n}
 * ({@code \r\n} counts as one terminator, which is kept so CSV fields spanning lines keep their line breaks).
 */
final class ByteLines {
    private final InputStream in;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream(256);
    private long number;

    /** One line: its 1-based number, its text without terminator (null when undecodable), why not, its end. */
    record Line(long number, String text, String error, String terminator) {
    }

    ByteLines(InputStream in) {
        this.in = in;
    }

    /** The next line, or null at the end of the file. */
    Line next() throws IOException {
        buffer.reset();
        int b;
        boolean any = false;
        while ((b = in.read()) != -1) {
            any = true;
            if (b == '\n') {
                break;
            }
            buffer.write(b);
        }
        if (!any) {
            return null;
        }
        number++;
        byte[] bytes = buffer.toByteArray();
        int length = bytes.length;
        String terminator = b == '\n' ? "\n" : "";
        if (b == '\n' && length > 0 && bytes[length - 1] == '\r') {
            length--;
            terminator = "\r\n";
        }
        try {
            String text = decoder.reset().decode(ByteBuffer.wrap(bytes, 0, length)).toString();
            if (number == 1 && text.startsWith("\uFEFF")) {
                text = text.substring(1); // the byte order mark spreadsheet programs write
            }
            return new Line(number, text, null, terminator);
        } catch (MalformedInputException e) {
            return new Line(number, null, "not valid UTF-8 (byte " + (firstBad(bytes, length) + 1)
                    + " of the line); save the file as UTF-8", terminator);
        } catch (CharacterCodingException e) {
            return new Line(number, null, "not valid UTF-8; save the file as UTF-8", terminator);
        }
    }

    /** The 0-based offset of the first byte that does not decode. */
    private int firstBad(byte[] bytes, int length) {
        ByteBuffer buf = ByteBuffer.wrap(bytes, 0, length);
        java.nio.CharBuffer out = java.nio.CharBuffer.allocate(length + 1);
        decoder.reset().decode(buf, out, true);
        return buf.position();
    }
}
