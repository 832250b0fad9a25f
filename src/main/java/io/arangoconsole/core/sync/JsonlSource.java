package io.arangoconsole.core.sync;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A JSON Lines file, one document per line ({@code \n} or {@code \r\n}), read a batch at a time. Blank lines are
 * skipped; a line that is not JSON, not an object, or has a missing or illegal {@code _key} becomes a reject naming
 * its 1-based line.
 */
public final class JsonlSource implements SyncSource {
    private final Path file;
    private final String keyAttribute;
    private BufferedReader reader;
    private long line;

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
            reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
            line = 0;
            long skip = after == null ? 0 : after.line();
            while (line < skip && reader.readLine() != null) {
                line++;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    @Override
    public List<SourceRecord> nextBatch(int max) {
        List<SourceRecord> out = new ArrayList<>(Math.min(max, 1024));
        try {
            String text;
            while (out.size() < max && (text = reader.readLine()) != null) {
                line++;
                if (line == 1 && text.startsWith("\uFEFF")) {
                    text = text.substring(1);
                }
                if (!text.isBlank()) {
                    out.add(parse(line, text));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + " after line " + line + ": " + e.getMessage(), e);
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
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            long lines = 0;
            String text;
            while ((text = r.readLine()) != null) {
                if (!text.isBlank()) {
                    lines++;
                }
            }
            return Math.max(0, lines - (after == null ? 0 : after.line()));
        } catch (IOException e) {
            return -1;
        }
    }

    @Override
    public void close() {
        if (reader != null) {
            try {
                reader.close();
            } catch (IOException ignored) {
                // nothing was written, nothing to lose
            }
            reader = null;
        }
    }
}
