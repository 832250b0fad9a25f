package io.arangoconsole.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsStoreTest {

    @TempDir
    Path dir;

    private SettingsStore store() {
        // A long debounce: only flush() or close() may write, so the test never depends on timing.
        return new SettingsStore(dir.resolve("arango-console"), Duration.ofHours(1));
    }

    @Test
    void noFileGivesDefaultsWithoutConnection() {
        Settings settings = store().load();
        assertEquals(Theme.LIGHT, settings.themeProperty().get());
        assertNull(settings.windowProperty().get());
        assertNull(settings.connectionProperty().get(), "no saved connection: the console starts the sandbox");
    }

    @Test
    void changesRoundTripThroughTheFile() {
        SettingsStore store = store();
        Settings settings = store.load();
        store.autoSave(settings);
        settings.themeProperty().set(Theme.DARK);
        settings.windowProperty().set(new WindowGeometry(120, 80, 1280, 800, false));
        settings.connectionProperty().set(new SavedConnection("http://db1:8529", "dba", "prod", "primary"));
        store.close();

        Settings reread = store().load();
        assertEquals(Theme.DARK, reread.themeProperty().get());
        assertEquals(new WindowGeometry(120, 80, 1280, 800, false), reread.windowProperty().get());
        assertEquals(new SavedConnection("http://db1:8529", "dba", "prod", "primary"),
                reread.connectionProperty().get());
    }

    @Test
    void debouncedChangesAreWrittenOnceAsTheLatestState() throws IOException {
        SettingsStore store = store();
        Settings settings = store.load();
        store.autoSave(settings);
        for (int i = 0; i < 50; i++) {
            settings.windowProperty().set(new WindowGeometry(i, i, 900 + i, 700, false));
        }
        assertFalse(Files.exists(store.file()), "nothing is written before the debounce period");
        store.flush();
        assertEquals(new WindowGeometry(49, 49, 949, 700, false), store().load().windowProperty().get());
    }

    @Test
    void saveIsAtomicAndLeavesNoTempFile() throws IOException {
        SettingsStore store = store();
        store.save(new SettingsDto(1, Theme.DARK, null, null));
        store.save(new SettingsDto(1, Theme.LIGHT, null, null));
        try (Stream<Path> files = Files.list(store.file().getParent())) {
            assertEquals(List.of("settings.json"), files.map(p -> p.getFileName().toString()).toList());
        }
        assertEquals(Theme.LIGHT, store.load().themeProperty().get());
    }

    @Test
    void unknownFieldsFromANewerVersionAreIgnored() throws IOException {
        SettingsStore store = store();
        Files.createDirectories(store.file().getParent());
        Files.writeString(store.file(), """
                {"version": 7, "theme": "DARK", "futureFeature": {"a": [1, 2]},
                 "window": {"x": 10, "y": 20, "width": 800, "height": 600, "maximized": true, "screen": 2}}
                """);
        Settings settings = store.load();
        assertEquals(Theme.DARK, settings.themeProperty().get());
        assertEquals(new WindowGeometry(10, 20, 800, 600, true), settings.windowProperty().get());
    }

    @Test
    void corruptFileFallsBackToDefaults() throws IOException {
        SettingsStore store = store();
        Files.createDirectories(store.file().getParent());
        Files.writeString(store.file(), "{\"theme\": \"DA");
        assertEquals(Theme.LIGHT, store.load().themeProperty().get());
    }

    @Test
    void passwordsNeverReachTheFile() throws IOException {
        SettingsStore store = store();
        Settings settings = store.load();
        settings.connectionProperty().set(new SavedConnection("http://db1:8529", "dba", "prod", "primary"));
        store.save(settings.toDto());
        String json = Files.readString(store.file());
        assertFalse(json.toLowerCase().contains("password"), json);
        assertTrue(json.contains("\"version\" : 1"), json);
    }
}
