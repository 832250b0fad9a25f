package io.arangoconsole.core.sync;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The reject file: JSON Lines, one object per reject, {@code {"line": n, "reason": "..."}} for file sources and
 * {@code {"key": "...", "reason": "..."}} for database sources. Appends, so a resumed run adds to its first part's
 * rejects; flushed after each batch so that a killed run leaves a complete file. Created at the first reject, in a
 * directory that must exist.
 */
public final class RejectWriter implements AutoCloseable {
    private final Path file;
    private BufferedWriter out;
    private long written;

    /** @param file null to count rejects without writing them */
    public RejectWriter(Path file) {
        this.file = file;
    }

    /** Records one reject. */
    public synchronized void write(SourceRecord record) {
        write(record.line(), record.key(), record.rejectReason());
    }

    /** Records one reject by line (when {@code line > 0}) or else by key. */
    public synchronized void write(long line, String key, String reason) {
        written++;
        if (file == null) {
            return;
        }
        ObjectNode node = SyncJson.MAPPER.createObjectNode();
        if (line > 0) {
            node.put("line", line);
        } else {
            node.put("key", key);
        }
        node.put("reason", reason);
        try {
            if (out == null) {
                // never creates directories: the caller names a file in one that exists
                out = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                        StandardOpenOption.APPEND);
            }
            out.write(SyncJson.MAPPER.writeValueAsString(node));
            out.write('\n');
        } catch (java.nio.file.NoSuchFileException e) {
            throw new UncheckedIOException("The rejects file " + file + " cannot be created: its directory does not "
                    + "exist.", e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write reject file " + file + ": " + e.getMessage(), e);
        }
    }

    /** Pushes buffered rejects to disk. */
    public synchronized void flush() {
        if (out != null) {
            try {
                out.flush();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write reject file " + file + ": " + e.getMessage(), e);
            }
        }
    }

    /** Rejects recorded through this writer. */
    public synchronized long count() {
        return written;
    }

    /** The reject file, or null when rejects are only counted. */
    public Path file() {
        return file;
    }

    @Override
    public synchronized void close() {
        flush();
        if (out != null) {
            try {
                out.close();
            } catch (IOException ignored) {
                // flushed above
            }
            out = null;
        }
    }
}
