package io.arangoconsole.settings;

import io.arangoconsole.core.AtomicFiles;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import javafx.beans.InvalidationListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads and writes {@code settings.json} in the config directory. Saves are debounced (a window drag changes the
 * geometry hundreds of times) and atomic: written to a temp file in the same directory, then moved over the old
 * file, so a crash mid-write never leaves a truncated file.
 */
public final class SettingsStore implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SettingsStore.class);
    public static final String FILE_NAME = "settings.json";
    public static final Duration DEFAULT_DEBOUNCE = Duration.ofMillis(500);

    private final Path file;
    private final Duration debounce;
    private final ObjectMapper mapper = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
            .enable(SerializationFeature.INDENT_OUTPUT);
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "settings-writer");
        t.setDaemon(true);
        return t;
    });
    private ScheduledFuture<?> pending;
    private SettingsDto pendingSnapshot;

    public SettingsStore(Path configDir, Duration debounce) {
        this.file = configDir.resolve(FILE_NAME);
        this.debounce = debounce;
    }

    public Path file() {
        return file;
    }

    /** Blocking read; defaults when there is no file yet, or when it is unreadable (logged, then overwritten). */
    public Settings load() {
        try {
            return Settings.from(mapper.readValue(Files.readAllBytes(file), SettingsDto.class));
        } catch (NoSuchFileException e) {
            return new Settings();
        } catch (IOException | RuntimeException e) {
            LOG.warn("Settings file {} is unreadable, starting with defaults", file, e);
            return new Settings();
        }
    }

    /** Saves a snapshot of {@code settings} shortly after each change. Call on the thread that changes them. */
    public void autoSave(Settings settings) {
        InvalidationListener listener = obs -> scheduleSave(settings.toDto());
        settings.observables().forEach(o -> o.addListener(listener));
    }

    /** Debounced: the latest snapshot is written once no change came for the debounce period. */
    public synchronized void scheduleSave(SettingsDto snapshot) {
        if (scheduler.isShutdown()) {
            // A late change while the console closes (e.g. the window shrinking as it hides): close() saved already.
            LOG.debug("Settings store closed, change not saved");
            return;
        }
        pendingSnapshot = snapshot;
        if (pending != null) {
            pending.cancel(false);
        }
        pending = scheduler.schedule(this::writePending, debounce.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Writes a pending snapshot now (on exit, and in tests). */
    public void flush() {
        ScheduledFuture<?> future;
        synchronized (this) {
            future = pending;
        }
        if (future != null) {
            future.cancel(false);
        }
        writePending();
    }

    private void writePending() {
        SettingsDto snapshot;
        synchronized (this) {
            snapshot = pendingSnapshot;
            pendingSnapshot = null;
            pending = null;
        }
        if (snapshot != null) {
            try {
                save(snapshot);
            } catch (IOException e) {
                LOG.warn("Could not save settings to {}", file, e);
            }
        }
    }

    /** Blocking atomic write. */
    public synchronized void save(SettingsDto snapshot) throws IOException {
        AtomicFiles.write(file, mapper.writeValueAsString(snapshot));
    }

    /** Writes what is pending and stops the writer thread. */
    @Override
    public void close() {
        flush();
        scheduler.shutdown();
    }
}
