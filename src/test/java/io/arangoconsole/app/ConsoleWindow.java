package io.arangoconsole.app;

import io.arangoconsole.sandbox.SandboxConfig;
import io.arangoconsole.settings.AppDirs;
import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;

/**
 * The whole console as the FX tests drive it: its context on the embedded sandbox, its main window with every pane,
 * shown on a stage of its own. TestFX shares its primary stage across the test classes of a JVM, and a window's
 * listeners on it would outlive the context they save settings into.
 */
final class ConsoleWindow {
    final AppContext context;
    final Stage stage;

    private ConsoleWindow(AppContext context, Stage stage) {
        this.context = context;
        this.stage = stage;
    }

    /** Opens the console with settings and data under {@code home}; call on the FX thread (a TestFX {@code @Start}). */
    static ConsoleWindow open(Path home, SandboxConfig sandbox) {
        return open(home, sandbox, context -> { });
    }

    /** As above, with {@code beforeShow} run on the context before the window shows (settings, extra caches). */
    static ConsoleWindow open(Path home, SandboxConfig sandbox, Consumer<AppContext> beforeShow) {
        AppContext context = AppContext.create(new AppDirs(home.resolve("config"), home.resolve("data")), sandbox);
        beforeShow.accept(context);
        Stage stage = new Stage();
        new MainWindow(stage, context).show();
        context.startShell();
        return new ConsoleWindow(context, stage);
    }

    /** Stops the panes and closes the window on the FX thread, then closes the context (sandbox included). */
    void close(FxRobot robot) {
        robot.interact(() -> {
            context.deactivate();
            stage.close();
        });
        context.close();
    }
}
