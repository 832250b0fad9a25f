package io.arangoconsole.app;

import io.arangoconsole.cli.Cli;
import io.arangoconsole.settings.AppDirs;
import javafx.application.Application;

/**
 * The jar's entry point: no arguments opens the console, anything else is a command line. A plain class rather than
 * the {@link Application} itself, so the shaded jar starts without the JavaFX module path.
 */
public final class Launcher {

    /** System property naming the log directory; {@code logback.xml} reads it. */
    public static final String LOG_DIR_PROPERTY = "arango.console.logdir";

    private Launcher() {
    }

    public static void main(String[] args) {
        // Before the first logger exists, so Logback writes into the per-user data directory.
        if (System.getProperty(LOG_DIR_PROPERTY) == null) {
            System.setProperty(LOG_DIR_PROPERTY, AppDirs.forCurrentUser().logDir().toString());
        }
        if (args.length == 0) {
            Application.launch(ConsoleApp.class);
        } else {
            System.exit(Cli.run(args));
        }
    }
}
