package io.arangoconsole.core.monitoring;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where the metrics history lives: in the per-user data directory, under {@code history}. Linux
 * {@code $XDG_DATA_HOME/arango-console} (else {@code ~/.local/share/arango-console}), macOS
 * {@code ~/Library/Application Support/arango-console}, Windows {@code %LOCALAPPDATA%\arango-console}.
 */
public final class HistoryLocation {
    private HistoryLocation() {
    }

    /** The history directory of the user running the console. */
    public static Path forCurrentUser() {
        return historyDirectory(System.getProperty("os.name", ""), System.getenv(),
                Path.of(System.getProperty("user.home")));
    }

    /** The history directory for a given OS name, environment and home directory (testable without the OS). */
    public static Path historyDirectory(String osName, Map<String, String> env, Path home) {
        return dataDirectory(osName, env, home).resolve("history");
    }

    /** The console's per-user data directory for a given OS name, environment and home directory. */
    public static Path dataDirectory(String osName, Map<String, String> env, Path home) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String local = env.get("LOCALAPPDATA");
            Path base = nonBlank(local) ? Path.of(local) : home.resolve("AppData").resolve("Local");
            return base.resolve("arango-console");
        }
        if (os.startsWith("mac") || os.startsWith("darwin")) {
            return home.resolve("Library").resolve("Application Support").resolve("arango-console");
        }
        String xdg = env.get("XDG_DATA_HOME");
        // The XDG spec says a relative XDG_DATA_HOME is invalid and must be ignored.
        Path base = nonBlank(xdg) && Path.of(xdg).isAbsolute() ? Path.of(xdg)
                : home.resolve(".local").resolve("share");
        return base.resolve("arango-console");
    }

    private static boolean nonBlank(String s) {
        return s != null && !s.isBlank();
    }
}
