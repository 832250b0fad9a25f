package io.arangoconsole.core.sync;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * Where a run's rejects go when the user named no file: a new file under {@code rejects/} in the data directory, one
 * per run, named after the target collection and the start time. The same for the Sync pane and {@code sync run}.
 */
public final class RejectFiles {
    /** The directory under the data directory. */
    public static final String DIRECTORY = "rejects";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS");

    private RejectFiles() {
    }

    /** {@code <dataDir>/rejects/<collection>-<yyyyMMdd-HHmmss-SSS>.jsonl}; nothing is created. */
    public static Path defaultFor(Path dataDir, String collection, LocalDateTime now) {
        return dataDir.resolve(DIRECTORY).resolve(collection.replaceAll("[^A-Za-z0-9_\\-]", "_") + "-"
                + STAMP.format(now) + ".jsonl");
    }

    /** Creates the default file's directory (blocking file I/O: call it off the UI thread). */
    static void createDirectory(Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the rejects directory " + file.toAbsolutePath().getParent()
                    + " (" + e.getClass().getSimpleName() + ").", e);
        }
    }
}
