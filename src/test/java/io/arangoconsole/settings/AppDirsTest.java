package io.arangoconsole.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AppDirsTest {

    private static final Path HOME = Path.of("/home/dba");

    @Test
    void linuxFollowsXdgWithFallbacks() {
        assertEquals(new AppDirs(Path.of("/home/dba/.config/arango-console"),
                Path.of("/home/dba/.local/share/arango-console")), AppDirs.of("Linux", Map.of(), HOME));
        assertEquals(new AppDirs(Path.of("/cfg/arango-console"), Path.of("/data/arango-console")),
                AppDirs.of("Linux", Map.of("XDG_CONFIG_HOME", "/cfg", "XDG_DATA_HOME", "/data"), HOME));
    }

    @Test
    void relativeXdgValuesAreIgnoredAsTheSpecSays() {
        assertEquals(Path.of("/home/dba/.config/arango-console"),
                AppDirs.of("Linux", Map.of("XDG_CONFIG_HOME", "relative/dir"), HOME).configDir());
    }

    @Test
    void macOsUsesApplicationSupport() {
        Path support = Path.of("/home/dba/Library/Application Support/arango-console");
        assertEquals(new AppDirs(support, support), AppDirs.of("Mac OS X", Map.of(), HOME));
    }

    @Test
    void windowsUsesAppData() {
        AppDirs dirs = AppDirs.of("Windows 11", Map.of("APPDATA", "/c/Users/dba/AppData/Roaming"), HOME);
        assertEquals(Path.of("/c/Users/dba/AppData/Roaming/arango-console"), dirs.configDir());
        assertEquals(Path.of("/c/Users/dba/AppData/Roaming/arango-console/logs").getFileName(),
                dirs.logDir().getFileName());
    }
}
