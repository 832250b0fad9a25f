package io.arangoconsole.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import io.arangoconsole.sandbox.Sandbox;
import io.arangoconsole.sandbox.SandboxConfig;
import io.arangoconsole.settings.AppDirs;
import io.arangoconsole.testing.LogCapture;
import io.arangoconsole.ui.common.FxPoller;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The server the console watches stops, then comes back: each failing poll logs one WARN with the cause (the stack
 * trace once), then counts; when the server answers again, one INFO says after how many failures. No driver text
 * reaches a pane meanwhile.
 */
@ExtendWith(ApplicationExtension.class)
class StoppedServerFxTest {
    private static final String POLL = "Poll 'running and slow queries'";
    private static final Pattern DRIVER_TEXT = Pattern.compile(
            "Cannot contact any host|Response Code|ArangoDBException|Exception|java\\.|io\\.vertx|at com\\.");

    @TempDir
    static Path home;
    private Sandbox server;
    private AppContext context;
    private Stage stage;

    @Start
    void start(Stage primary) throws Exception {
        server = Sandbox.start(SandboxConfig.defaults().withRecords(300));
        AppDirs dirs = new AppDirs(home.resolve("config"), home.resolve("data"));
        Files.createDirectories(dirs.configDir());
        Files.writeString(dirs.configDir().resolve("settings.json"), """
                {"version": 1, "connection": {"endpoint": "%s", "user": "root", "database": "demo",
                                              "label": "watched"}}
                """.formatted(server.url()));
        context = AppContext.create(dirs, SandboxConfig.defaults());
        stage = new Stage();
        new MainWindow(stage, context).show();
        context.startShell();
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(() -> {
            context.deactivate();
            stage.close();
        });
        context.close();
        server.close();
    }

    @Test
    void aStoppedServerIsOneWarningThenACountThenOneInfoWhenItAnswersAgain(FxRobot robot) throws Exception {
        Logger pollerLog = (Logger) LoggerFactory.getLogger(FxPoller.class);
        Level before = pollerLog.getLevel();
        pollerLog.setLevel(Level.DEBUG);
        try (LogCapture log = LogCapture.of(FxPoller.class)) {
            robot.clickOn("Queries");
            WaitForAsyncUtils.sleep(3, TimeUnit.SECONDS); // a round or two of the 2 s poll against the live server
            assertEquals(List.of(), lines(log, POLL), "no failure while the server runs");
            int port = server.port();
            server.close();
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> lines(log, POLL + " failed again").size() >= 2);

            List<ILoggingEvent> warns = log.events().stream().filter(e -> e.getLevel() == Level.WARN
                    && e.getFormattedMessage().startsWith(POLL)).toList();
            assertEquals(1, warns.size(), "one WARN for the outage so far: " + warns);
            assertTrue(warns.get(0).getFormattedMessage().startsWith(POLL + " failed: "), "with the cause");
            assertTrue(warns.get(0).getThrowableProxy() != null, "the stack trace, once");
            List<String> shown = WaitForAsyncUtils.asyncFx(() -> texts(stage.getScene().getRoot())).get();
            assertEquals(List.of(), shown.stream().filter(t -> DRIVER_TEXT.matcher(t).find()).toList(),
                    "driver or JDK text in a pane");

            server = Sandbox.start(SandboxConfig.defaults().withRecords(300).withPort(port));
            WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> !lines(log, POLL + " answering again").isEmpty());
            List<String> back = lines(log, POLL + " answering again");
            assertEquals(1, back.size(), back.toString());
            assertTrue(back.get(0).matches(Pattern.quote(POLL) + " answering again after \\d+ failures"), back.get(0));
        } finally {
            pollerLog.setLevel(before);
        }
    }

    private static List<String> lines(LogCapture log, String start) {
        return log.events().stream().map(ILoggingEvent::getFormattedMessage).filter(m -> m.startsWith(start))
                .toList();
    }

    private static List<String> texts(javafx.scene.Parent root) {
        return root.lookupAll("*").stream().filter(n -> n instanceof Labeled).map(n -> ((Labeled) n).getText())
                .filter(t -> t != null && !t.isBlank()).toList();
    }
}
