package io.arangoconsole.app;

import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The last stop of an exception nobody caught, on any thread, the FX thread included: it goes to the log at ERROR
 * with its stack trace, and the person sees one sentence of our own (never the JDK's "Cannot invoke ..." text).
 */
final class UncaughtFailures implements Thread.UncaughtExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(UncaughtFailures.class);
    private static final UncaughtFailures INSTANCE = new UncaughtFailures();

    private volatile Consumer<String> show = sentence -> { };

    private UncaughtFailures() {
    }

    /** Makes the handler the default of every thread and of the calling one; idempotent. */
    static UncaughtFailures install() {
        Thread.setDefaultUncaughtExceptionHandler(INSTANCE);
        Thread.currentThread().setUncaughtExceptionHandler(INSTANCE);
        return INSTANCE;
    }

    /** Where the sentence goes once a window can show it; called from any thread. */
    void showWith(Consumer<String> sink) {
        this.show = sink == null ? sentence -> { } : sink;
    }

    @Override
    public void uncaughtException(Thread thread, Throwable error) {
        LOG.error("Uncaught exception on thread '{}'", thread.getName(), error);
        try {
            show.accept(sentence(thread));
        } catch (RuntimeException | Error e) {
            // No window (yet, or any more): the log line above is the record.
            LOG.error("Could not show the internal error to the user", e);
        }
    }

    /** What a person reads: what happened, where it is recorded, what to do. */
    static String sentence(Thread thread) {
        String where = thread.getName().startsWith("JavaFX Application") ? "in the window"
                : "in a background task";
        String log = System.getProperty(Launcher.LOG_DIR_PROPERTY);
        return "An internal error stopped the last action " + where + "; the console goes on, and the details for "
                + "a report are in " + (log == null ? "the log" : log + "/arango-console.log") + ".";
    }
}
