package io.arangoconsole.core.sync;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * An RFC 4180 record reader over a file's lines: fields separated by a comma (or the {@code ;} or tab its header
 * uses, see {@link #detectSeparator()}), fields in double quotes may hold separators, line breaks and doubled quotes.
 * Each row knows the 1-based line it starts on, so rejects can name it even when earlier rows spanned several lines.
 * A quote inside an unquoted field is kept as a character.
 *
 * <p>A quote left open must not swallow the rest of the file: when a row spanning several lines runs to the end of
 * the file, into an undecodable line, past {@link #MAX_ROW_LINES} lines, or ends with another field count than the
 * header's, only its first line is rejected ("unterminated quote opened on line 31") and reading resumes on the next
 * line. A line that is not valid UTF-8 is a reject of its own.
 */
final class CsvReader {
    static final int MAX_ROW_LINES = 10_000;
    private final ByteLines lines;
    private final Deque<ByteLines.Line> pushedBack = new ArrayDeque<>();
    private char separator = ',';
    private int expectedFields = -1;

    /** One parsed row; {@code quoted[i]} says field i was quoted; {@code error} is set for a row that is rejected. */
    record Row(long line, List<String> fields, List<Boolean> quoted, String error) {
    }

    CsvReader(ByteLines lines) {
        this.lines = lines;
    }

    /**
     * Looks at the first line and picks the separator it uses most outside quotes among comma, semicolon and tab
     * (comma on a tie); returns it. Call before the first {@link #next()}.
     */
    char detectSeparator() throws IOException {
        ByteLines.Line first = nextLine();
        if (first == null) {
            return separator;
        }
        pushedBack.push(first);
        if (first.text() == null) {
            return separator;
        }
        int best = count(first.text(), ',');
        for (char candidate : new char[]{';', '\t'}) {
            int n = count(first.text(), candidate);
            if (n > best) {
                best = n;
                separator = candidate;
            }
        }
        return separator;
    }

    private static int count(String text, char c) {
        int n = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch == '"') {
                quoted = !quoted;
            } else if (ch == c && !quoted) {
                n++;
            }
        }
        return n;
    }

    /** The number of fields every row must have (the header's), for recovering from an unterminated quote. */
    void expectFields(int fields) {
        this.expectedFields = fields;
    }

    /** The next row, or null at the end of the input. */
    Row next() throws IOException {
        ByteLines.Line first = nextLine();
        if (first == null) {
            return null;
        }
        if (first.text() == null) {
            return new Row(first.number(), List.of(), List.of(), first.error());
        }
        List<ByteLines.Line> used = new ArrayList<>();
        used.add(first);
        List<String> fields = new ArrayList<>();
        List<Boolean> quoted = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean inQuotes = false;
        boolean wasQuoted = false;
        ByteLines.Line line = first;
        while (true) {
            String text = line.text();
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (inQuotes) {
                    if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else if (c == '"') {
                        inQuotes = false;
                    } else {
                        field.append(c);
                    }
                } else if (c == separator) {
                    fields.add(field.toString());
                    quoted.add(wasQuoted);
                    field.setLength(0);
                    wasQuoted = false;
                } else if (c == '"' && field.length() == 0 && !wasQuoted) {
                    inQuotes = true;
                    wasQuoted = true;
                } else {
                    field.append(c);
                }
            }
            if (!inQuotes) {
                break;
            }
            field.append(line.terminator());
            ByteLines.Line more = used.size() >= MAX_ROW_LINES ? null : nextLine();
            if (more == null || more.text() == null) {
                if (more != null) {
                    used.add(more);
                }
                return recover(used);
            }
            used.add(more);
            line = more;
        }
        fields.add(field.toString());
        quoted.add(wasQuoted);
        if (used.size() > 1 && expectedFields > 0 && fields.size() != expectedFields) {
            return recover(used);
        }
        return new Row(first.number(), fields, quoted, null);
    }

    /** Rejects the line where the quote opened and puts the lines after it back, to be read as rows again. */
    private Row recover(List<ByteLines.Line> used) {
        for (int i = used.size() - 1; i >= 1; i--) {
            pushedBack.push(used.get(i));
        }
        long at = used.get(0).number();
        return new Row(at, List.of(), List.of(), "unterminated quoted field: the quote opened on line " + at
                + " is never closed; only line " + at + " is rejected, reading goes on with line " + (at + 1));
    }

    private ByteLines.Line nextLine() throws IOException {
        return pushedBack.isEmpty() ? lines.next() : pushedBack.pop();
    }
}
