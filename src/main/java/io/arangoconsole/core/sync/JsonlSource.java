package io.arangoconsole.core.sync;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
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
 * A JSON Lines file, one document per line ({@code \n} or {@code \r\n}), read a batch at a time. Blank lines are
 * skipped; a line that is not valid UTF-8 (binary garbage included), not JSON, not an object, or has a missing or
 * illegal {@code _key} becomes a reject naming its 1-based line, and the lines around it go through.
 */
public final class JsonlSource implements SyncSource {
    private final Path file;
    private final String keyAttribute;
    private InputStream stream;
    private ByteLines reader;

    /** @param keyAttribute attribute copied to {@code _key} when a line has none; null for none */
    public JsonlSource(Path file, String keyAttribute) {
        this.file = file;
        this.keyAttribute = keyAttribute;
    }

    @Override
    public String kind() {
        return "jsonl";
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
            reader = new ByteLines(stream);
            long skip = after == null ? 0 : after.line();
            for (long line = 0; line < skip && reader.next() != null; line++) {
                // skipped: committed by the run this one resumes
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    @Override
    public List<SourceRecord> nextBatch(int max) {
        List<SourceRecord> out = new ArrayList<>(Math.min(max, 1024));
        try {
            ByteLines.Line line;
            while (out.size() < max && (line = reader.next()) != null) {
                if (line.error() != null) {
                    out.add(SourceRecord.reject(line.number(), null, line.error()));
                } else if (!line.text().isBlank()) {
                    out.add(parse(line.number(), line.text()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
        return out;
    }

    private SourceRecord parse(long number, String text) {
        JsonNode node;
        try {
            node = SyncJson.MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            return SourceRecord.reject(number, null, "malformed JSON: " + e.getOriginalMessage());
        }
        if (!(node instanceof ObjectNode doc)) {
            return SourceRecord.reject(number, null, "not a JSON object");
        }
        String problem = DocumentKeys.problem(doc, keyAttribute);
        if (problem != null) {
            return SourceRecord.reject(number, doc.path("_key").asText(null), problem);
        }
        return SourceRecord.document(number, doc);
    }

    @Override
    public long estimateRemaining(Position after) {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            ByteLines lines = new ByteLines(in);
            long records = 0;
            long skip = after == null ? 0 : after.line();
            ByteLines.Line line;
            while ((line = lines.next()) != null) {
                if (line.number() > skip && (line.text() == null || !line.text().isBlank())) {
                    records++;
                }
            }
            return records;
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
                // nothing was written, nothing to lose
            }
            stream = null;
            reader = null;
        }
    }
}
