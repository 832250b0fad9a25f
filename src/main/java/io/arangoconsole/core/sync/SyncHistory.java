package io.arangoconsole.core.sync;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Finished sync runs, one JSON object per line appended to {@code sync-history.jsonl} in the per-user data
 * directory, so they survive restarts. Appending a line cannot corrupt earlier entries; an unreadable line (say, a
 * crash mid-write) is skipped when reading.
 */
public final class SyncHistory {
    public static final String FILE_NAME = "sync-history.jsonl";
    private final Path file;

    /** A history kept in {@code file} (created on the first append). */
    public SyncHistory(Path file) {
        this.file = file;
    }

    /** The history in the per-user data directory (Linux {@code $XDG_DATA_HOME/arango-console}, macOS, Windows). */
    public static SyncHistory inUserDataDirectory() {
        return new SyncHistory(userDataDirectory().resolve(FILE_NAME));
    }

    /** The per-user data directory of the console, as the house style defines it. */
    public static Path userDataDirectory() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        String home = System.getProperty("user.home");
        if (os.contains("win")) {
            String appData = System.getenv("LOCALAPPDATA") != null ? System.getenv("LOCALAPPDATA")
                    : System.getenv("APPDATA");
            return Path.of(appData == null ? home : appData, "arango-console");
        }
        if (os.contains("mac")) {
            return Path.of(home, "Library", "Application Support", "arango-console");
        }
        String xdg = System.getenv("XDG_DATA_HOME");
        return (xdg == null || xdg.isBlank() ? Path.of(home, ".local", "share") : Path.of(xdg)).resolve(
                "arango-console");
    }

    /** A recorded run and, when the run recorded it, what is needed to verify it again (null otherwise). */
    public record Entry(SyncResult result, StoredSpec spec) {
    }

    /** Appends one finished run without its settings (it cannot be verified again from the history). */
    public void append(SyncResult result) {
        append(result, null);
    }

    /** Appends one finished run with the secret-free part of its settings, so a later session can verify it. */
    public synchronized void append(SyncResult result, SyncSpec spec) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND)) {
                ObjectNode line = SyncJson.MAPPER.valueToTree(result);
                if (spec != null) {
                    line.set("spec", SyncJson.MAPPER.valueToTree(StoredSpec.of(spec)));
                }
                out.write(SyncJson.MAPPER.writeValueAsString(line));
                out.write('\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write sync history " + file + ": " + e.getMessage(), e);
        }
    }

    /** All recorded runs, oldest first; empty when there is no history yet. */
    public List<SyncResult> list() {
        return entries().stream().map(Entry::result).toList();
    }

    /** All recorded runs with their settings where recorded, oldest first. */
    public synchronized List<Entry> entries() {
        List<Entry> out = new ArrayList<>();
        if (!Files.exists(file)) {
            return out;
        }
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (line.isBlank()) {
                    continue;
                }
                try {
                    JsonNode node = SyncJson.MAPPER.readTree(line);
                    out.add(new Entry(SyncJson.MAPPER.treeToValue(node, SyncResult.class), spec(node.get("spec"))));
                } catch (JsonProcessingException | IllegalArgumentException e) {
                    // a torn last line from a crash: the other entries still count
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read sync history " + file + ": " + e.getMessage(), e);
        }
        return out;
    }

    /** An entry's settings; null when absent (an older history) or unreadable, the run itself still counts. */
    private static StoredSpec spec(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        try {
            return SyncJson.MAPPER.treeToValue(node, StoredSpec.class);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            return null;
        }
    }

    /** Where the history is kept. */
    public Path file() {
        return file;
    }
}
