package io.arangoconsole.core.monitoring;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class HistoryLocationTest {
    private static final Path HOME = Path.of("/home/dba");

    @Test
    void linuxFollowsXdgDataHome() {
        assertEquals(Path.of("/data/arango-console/history"),
                HistoryLocation.historyDirectory("Linux", Map.of("XDG_DATA_HOME", "/data"), HOME));
        assertEquals(Path.of("/home/dba/.local/share/arango-console/history"),
                HistoryLocation.historyDirectory("Linux", Map.of(), HOME));
        assertEquals(Path.of("/home/dba/.local/share/arango-console/history"),
                HistoryLocation.historyDirectory("Linux", Map.of("XDG_DATA_HOME", "relative/dir"), HOME));
    }

    @Test
    void macAndWindowsUseTheirDataDirectories() {
        assertEquals(HOME.resolve("Library").resolve("Application Support").resolve("arango-console")
                .resolve("history"), HistoryLocation.historyDirectory("Mac OS X", Map.of(), HOME));
        assertEquals(Path.of("C:/Users/dba/AppData/Local").resolve("arango-console").resolve("history"),
                HistoryLocation.historyDirectory("Windows 11", Map.of("LOCALAPPDATA", "C:/Users/dba/AppData/Local"),
                        HOME));
    }
}
