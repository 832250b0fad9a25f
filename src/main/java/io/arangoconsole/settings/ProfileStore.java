package io.arangoconsole.settings;

import io.arangoconsole.core.AtomicFiles;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads and writes {@code connections.json} next to the settings file, atomically (temp file, then move). A file of
 * its own, so editing profiles never races the debounced window-geometry saves of {@link SettingsStore}.
 */
public final class ProfileStore {

    private static final Logger LOG = LoggerFactory.getLogger(ProfileStore.class);
    public static final String FILE_NAME = "connections.json";

    private final Path file;
    private final ObjectMapper mapper = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
            .enable(SerializationFeature.INDENT_OUTPUT);

    public ProfileStore(Path configDir) {
        this.file = configDir.resolve(FILE_NAME);
    }

    public Path file() {
        return file;
    }

    /** Blocking: the saved profiles; none when there is no file or it is unreadable (logged). */
    public ProfilesDto load() {
        try {
            return mapper.readValue(Files.readAllBytes(file), ProfilesDto.class);
        } catch (NoSuchFileException e) {
            return ProfilesDto.empty();
        } catch (IOException | RuntimeException e) {
            LOG.warn("Connection profiles file {} is unreadable, starting without profiles", file, e);
            return ProfilesDto.empty();
        }
    }

    /** Blocking atomic write. */
    public synchronized void save(ProfilesDto profiles) throws IOException {
        AtomicFiles.write(file, mapper.writeValueAsString(profiles));
    }
}
