package io.arangoconsole.app;

import io.arangoconsole.cli.Cli;
import io.arangoconsole.settings.AppDirs;
import javafx.application.Application;
import org.slf4j.LoggerFactory;

/**
 * The jar's entry point: no arguments opens the console, anything else is a command line. A plain class rather than
 * the {@link Application} itself, so the shaded jar starts without the JavaFX module path.
 */
public final class Launcher {

    /** System property naming the log directory; {@code logback.xml} reads it. */
    public static final String LOG_DIR_PROPERTY = "arango.console.logdir";

    /** Held strongly: java.util.logging forgets the level of a logger that is garbage collected. */
    private static final java.util.logging.Logger FX_STARTUP_LOG =
            java.util.logging.Logger.getLogger("com.sun.javafx.application.PlatformImpl");

    private Launcher() {
    }

    public static void main(String[] args) {
        // Before the first logger exists, so Logback writes into the per-user data directory.
        if (System.getProperty(LOG_DIR_PROPERTY) == null) {
            System.setProperty(LOG_DIR_PROPERTY, AppDirs.forCurrentUser().logDir().toString());
        }
        // Before any worker thread exists, so none escapes the log. The window sets its own sink when it opens.
        UncaughtFailures failures = UncaughtFailures.install();
        if (args.length == 0) {
            // JavaFX warns on stderr that it was loaded from the class path, which the shaded jar does on purpose.
            FX_STARTUP_LOG.setLevel(java.util.logging.Level.SEVERE);
            try {
                Application.launch(ConsoleApp.class);
            } catch (RuntimeException e) {
                // Typically no display or no GTK 3: one sentence instead of a toolkit stack trace.
                LoggerFactory.getLogger(Launcher.class).error("The console could not start", e);
                System.err.println("The console could not open its window (" + e.getMessage()
                        + "): it needs a graphical desktop; run it with --help for the headless commands.");
                System.exit(Cli.FAILED);
            }
        } else {
            failures.showWith(System.err::println);
            System.exit(Cli.run(args));
        }
    }
}
