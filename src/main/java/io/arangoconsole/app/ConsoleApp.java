package io.arangoconsole.app;

import io.arangoconsole.sandbox.SandboxConfig;
import io.arangoconsole.settings.AppDirs;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The JavaFX application: builds the context off the FX thread, shows the main window, and tears down on exit. */
public final class ConsoleApp extends Application {

    private static final Logger LOG = LoggerFactory.getLogger(ConsoleApp.class);
    private AppContext context;

    @Override
    public void init() {
        // Runs on the launcher thread, so reading the settings file does not block the FX thread.
        context = AppContext.create(AppDirs.forCurrentUser(), SandboxConfig.defaults());
    }

    @Override
    public void start(Stage stage) {
        // The FX thread gets the handler itself too: JavaFX asks the thread, not only the default.
        UncaughtFailures.install().showWith(sentence -> Platform.runLater(() -> InternalErrorNotice.show(stage,
                sentence)));
        new MainWindow(stage, context).show();
        context.timeline().mark(StartupTimeline.Mark.WINDOW_SHOWN);
        context.startShell();
    }

    @Override
    public void stop() {
        context.deactivate();
        // Closing the sandbox and the driver clients blocks; a non-daemon thread lets the JVM finish it after the
        // FX thread is gone.
        Thread shutdown = new Thread(() -> {
            context.close();
            LOG.info("Console closed");
        }, "console-shutdown");
        shutdown.start();
    }
}
