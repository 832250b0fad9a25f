package io.arangoconsole.core.sync;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * An RFC 4180 record reader: comma-separated fields, records ended by {@code \r\n} or {@code \n}, fields in double
 * quotes may hold commas, line breaks and doubled quotes. Each row knows the 1-based line it starts on, so rejects can
 * name it even when earlier rows spanned several lines. A quote inside an unquoted field is kept as a character.
 */
final class CsvReader {
    private final Reader in;
    private long line = 1;
    private int peeked = -2;

    /** One parsed row; {@code quoted[i]} says field i was quoted; {@code error} is set for an unterminated quote. */
    record Row(long line, List<String> fields, List<Boolean> quoted, String error) {
    }

    CsvReader(Reader in) {
        this.in = in;
    }

    /** The next row, or null at the end of the input. */
    Row next() throws IOException {
        int c = read();
        if (c == -1) {
            return null;
        }
        long start = line;
        List<String> fields = new ArrayList<>();
        List<Boolean> quoted = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean inQuotes = false;
        boolean wasQuoted = false;
        while (true) {
            if (inQuotes) {
                if (c == -1) {
                    fields.add(field.toString());
                    quoted.add(true);
                    return new Row(start, fields, quoted, "unterminated quoted field starting on line " + start);
                }
                if (c == '"') {
                    if (peek() == '"') {
                        read();
                        field.append('"');
                    } else {
                        inQuotes = false;
                    }
                } else {
                    countLine(c);
                    field.append((char) c);
                }
            } else if (c == ',' ) {
                fields.add(field.toString());
                quoted.add(wasQuoted);
                field.setLength(0);
                wasQuoted = false;
            } else if (c == '\r' || c == '\n' || c == -1) {
                if (c == '\r' && peek() == '\n') {
                    read();
                }
                if (c != -1) {
                    line++;
                }
                fields.add(field.toString());
                quoted.add(wasQuoted);
                return new Row(start, fields, quoted, null);
            } else if (c == '"' && field.length() == 0 && !wasQuoted) {
                inQuotes = true;
                wasQuoted = true;
            } else {
                field.append((char) c);
            }
            c = read();
        }
    }

    private void countLine(int c) throws IOException {
        if (c == '\n' || (c == '\r' && peek() != '\n')) {
            line++;
        }
    }

    private int read() throws IOException {
        if (peeked != -2) {
            int c = peeked;
            peeked = -2;
            return c;
        }
        return in.read();
    }

    private int peek() throws IOException {
        if (peeked == -2) {
            peeked = in.read();
        }
        return peeked;
    }
}
