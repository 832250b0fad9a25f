package io.arangoconsole.core.sync;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A CSV file with a header row (RFC 4180 quoting), read a batch at a time. Each row becomes a document whose
 * attributes are the header's column names, converted per {@link CsvOptions}. A row with the wrong number of fields,
 * a value its column type refuses, or a missing or illegal {@code _key} becomes a reject naming the row's first line.
 */
public final class CsvSource implements SyncSource {
    private final Path file;
    private final CsvOptions options;
    private InputStream stream;
    private CsvReader reader;
    private char separator = ',';
    private List<String> header;
    private CsvReader.Row pending;

    /** A CSV source over {@code file} (UTF-8) with the given column conversions. */
    public CsvSource(Path file, CsvOptions options) {
        this.file = file;
        this.options = options;
    }

    /** Blocking: the column names of {@code file}'s header row, so a user can give each column a type. */
    public static List<String> header(Path file) {
        CsvSource source = new CsvSource(file, CsvOptions.defaults());
        try {
            source.open(null);
            return List.copyOf(source.header);
        } finally {
            source.close();
        }
    }

    @Override
    public String kind() {
        return "csv";
    }

    @Override
    public String describe() {
        return file.toString();
    }

    @Override
    public void open(Position after) {
        close();
        try {
            stream = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
            reader = new CsvReader(new ByteLines(stream));
            separator = reader.detectSeparator();
            CsvReader.Row head = reader.next();
            if (head == null || head.error() != null) {
                throw new IllegalArgumentException("The CSV file " + file + " has no header row"
                        + (head == null ? " (it is empty)." : ": line 1 is " + head.error() + "."));
            }
            header = new ArrayList<>(head.fields());
            reader.expectFields(header.size());
            long skip = after == null ? 0 : after.line();
            pending = reader.next();
            while (pending != null && pending.line() <= skip) {
                pending = reader.next();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** Which separator the header showed, when it is not the comma: "separator ';' detected from the header". */
    @Override
    public String readNote() {
        return separator == ',' ? null : "separator '" + (separator == '\t' ? "tab" : String.valueOf(separator))
                + "' detected from the header";
    }

    @Override
    public List<SourceRecord> nextBatch(int max) {
        List<SourceRecord> out = new ArrayList<>(Math.min(max, 1024));
        try {
            while (out.size() < max && pending != null) {
                CsvReader.Row row = pending;
                pending = reader.next();
                if (row.error() == null && row.fields().size() == 1 && row.fields().get(0).isEmpty()
                        && !row.quoted().get(0)) {
                    continue;
                }
                out.add(toRecord(row));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
        return out;
    }

    private SourceRecord toRecord(CsvReader.Row row) {
        if (row.error() != null) {
            return SourceRecord.reject(row.line(), null, row.error());
        }
        if (row.fields().size() != header.size()) {
            return SourceRecord.reject(row.line(), null, "expected " + header.size() + " fields, found "
                    + row.fields().size() + (header.size() == 1 ? " (the header has one column: is the separator "
                    + "right?)" : ""));
        }
        ObjectNode doc = JsonNodeFactory.instance.objectNode();
        for (int i = 0; i < header.size(); i++) {
            String column = header.get(i);
            try {
                doc.set(column, CsvValues.convert(row.fields().get(i), row.quoted().get(i), options.typeOf(column)));
            } catch (IllegalArgumentException e) {
                return SourceRecord.reject(row.line(), null, "column '" + column + "': " + e.getMessage());
            }
        }
        String problem = DocumentKeys.problem(doc, options.keyColumn());
        if (problem != null) {
            return SourceRecord.reject(row.line(), doc.path("_key").asText(null), problem);
        }
        return SourceRecord.document(row.line(), doc);
    }

    @Override
    public long estimateRemaining(Position after) {
        try (InputStream r = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            CsvReader counter = new CsvReader(new ByteLines(r));
            counter.detectSeparator();
            long skip = Math.max(1, after == null ? 0 : after.line());
            long rows = 0;
            CsvReader.Row row;
            while ((row = counter.next()) != null) {
                if (row.line() > skip) {
                    rows++;
                }
            }
            return rows;
        } catch (IOException e) {
            return -1;
        }
    }

    @Override
    public void close() {
        if (stream != null) {
            try {
                stream.close();
            } catch (IOException ignored) {
                // read-only file
            }
            stream = null;
        }
    }
}
