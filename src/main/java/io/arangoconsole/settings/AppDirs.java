package io.arangoconsole.settings;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * The per-user directories of the console: settings in {@code configDir}, logs and history in {@code dataDir},
 * following each platform's convention.
 */
public record AppDirs(Path configDir, Path dataDir) {

    static final String APP = "arango-console";

    /** The directories for the running user, from the OS name, the environment and {@code user.home}. */
    public static AppDirs forCurrentUser() {
        return of(System.getProperty("os.name", ""), System.getenv(), Path.of(System.getProperty("user.home")));
    }

    /** Pure function of its inputs, so every platform's rule is testable on any machine. */
    static AppDirs of(String osName, Map<String, String> env, Path home) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            Path roaming = envPath(env, "APPDATA", home.resolve("AppData").resolve("Roaming"));
            Path local = envPath(env, "LOCALAPPDATA", home.resolve("AppData").resolve("Local"));
            return new AppDirs(roaming.resolve(APP), local.resolve(APP));
        }
        if (os.startsWith("mac")) {
            Path support = home.resolve("Library").resolve("Application Support").resolve(APP);
            return new AppDirs(support, support);
        }
        Path config = envPath(env, "XDG_CONFIG_HOME", home.resolve(".config"));
        Path data = envPath(env, "XDG_DATA_HOME", home.resolve(".local").resolve("share"));
        return new AppDirs(config.resolve(APP), data.resolve(APP));
    }

    /** Where the rolling log files go. */
    public Path logDir() {
        return dataDir.resolve("logs");
    }

    private static Path envPath(Map<String, String> env, String name, Path fallback) {
        String value = env.get(name);
        // The XDG spec says relative values are invalid and must be ignored.
        return value == null || value.isBlank() || !Path.of(value).isAbsolute() ? fallback : Path.of(value);
    }
}
