package io.arangoconsole.app;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.arangoconsole.sandbox.Sandbox;
import io.arangoconsole.sandbox.SandboxConfig;
import io.arangoconsole.settings.Theme;
import io.arangoconsole.settings.WindowGeometry;
import io.arangoconsole.ui.common.FxSnapshots;
import io.arangoconsole.ui.shell.PaneId;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Renders every pane of the console, headless on the embedded sandbox with its demo data, in the light and the dark
 * theme: {@code <pane>-light.png} and {@code <pane>-dark.png} under the directory named by the system property
 * {@value #DIR_PROPERTY} (else {@code target/screenshots}). {@code mvn -Pscreenshots test} writes them into the
 * project's {@code screenshots/} for the README. Each pane is first used as a DBA would use it (indexes built, a
 * file synced, a slow query logged, a profile tested; see {@link DemoSession}), so the pictures show real figures.
 */
@ExtendWith(ApplicationExtension.class)
class ScreenshotsFxTest {

    static final String DIR_PROPERTY = "screenshots.dir";
    static final int WIDTH = 1280;
    static final int HEIGHT = 800;
    static final int SMALL_WIDTH = 1024;
    static final int SMALL_HEIGHT = 700;
    private static final List<PaneId> SMALL_SHOTS = List.of(PaneId.OVERVIEW, PaneId.INDEXES, PaneId.SYNC);
    private final List<String> elided = new ArrayList<>();
    /** Fewer distinct colours than this and a picture is blank or nearly so; a pane with text has hundreds. */
    private static final int MIN_COLOURS = 32;

    @TempDir
    static Path home;
    /** A second deployment: the source of a sync and the server of a connection profile. */
    private static Sandbox staging;
    private AppContext context;
    private ConsoleWindow window;
    private Stage stage;

    @BeforeAll
    static void startStaging() {
        staging = Sandbox.start(SandboxConfig.defaults().withRecords(20_000));
    }

    @AfterAll
    static void stopStaging() {
        staging.close();
    }

    @Start
    void start(Stage primary) {
        window = ConsoleWindow.open(home, SandboxConfig.defaults(), c -> {
            // The window a user gets after sizing it once: the geometry comes from the settings, as on a restart.
            c.settings().windowProperty().set(new WindowGeometry(0, 0, WIDTH, HEIGHT, false));
            c.settings().themeProperty().set(Theme.LIGHT);
        });
        context = window.context;
        stage = window.stage;
    }

    @AfterEach
    void close(FxRobot robot) {
        window.close(robot);
    }

    @Test
    void everyPaneRendersWithDataInTheLightAndTheDarkTheme(FxRobot robot) throws Exception {
        Path dir = outputDirectory();
        // Pictures of an earlier run must not stand in for ones this run failed to write.
        for (PaneId pane : PaneId.values()) {
            for (Theme theme : Theme.values()) {
                Files.deleteIfExists(file(dir, pane, theme));
            }
        }
        try (DemoSession session = new DemoSession(robot, context, staging, home.resolve("work"))) {
            session.useEveryPane();
            for (Theme theme : Theme.values()) {
                showTheme(robot, theme);
                for (PaneId pane : PaneId.values()) {
                    session.show(pane);
                    session.settle(pane);
                    FxSnapshots.save(robot, stage, file(dir, pane, theme));
                }
            }
            // the smallest window the layout promises: every pane at 1024x700, three of them pictured
            showTheme(robot, Theme.LIGHT);
            robot.interact(() -> {
                stage.setWidth(SMALL_WIDTH);
                stage.setHeight(SMALL_HEIGHT);
            });
            for (PaneId pane : PaneId.values()) {
                session.show(pane);
                session.settle(pane);
                List<String> cut = WaitForAsyncUtils.asyncFx(() -> Elisions.under(stage.getScene().getRoot())).get();
                elided.addAll(cut.stream().map(c -> pane + ": " + c).toList());
                List<String> unsearchable = WaitForAsyncUtils.asyncFx(
                        () -> Elisions.tablesWithoutSearch(stage.getScene().getRoot())).get();
                elided.addAll(unsearchable.stream().map(c -> pane + ": " + c).toList());
                List<String> hidden = WaitForAsyncUtils.asyncFx(
                        () -> Elisions.hiddenHeadersThatMayBeCut(stage.getScene().getRoot())).get();
                elided.addAll(hidden.stream().map(c -> pane + ": " + c).toList());
                if (SMALL_SHOTS.contains(pane)) {
                    FxSnapshots.save(robot, stage, small(dir, pane));
                }
            }
        }

        Map<PaneId, ShotImage> light = new EnumMap<>(PaneId.class);
        Map<PaneId, ShotImage> dark = new EnumMap<>(PaneId.class);
        for (PaneId pane : PaneId.values()) {
            light.put(pane, ShotImage.read(file(dir, pane, Theme.LIGHT)));
            dark.put(pane, ShotImage.read(file(dir, pane, Theme.DARK)));
        }
        List<Executable> checks = new ArrayList<>();
        for (PaneId pane : PaneId.values()) {
            checks.add(() -> assertReadable(light.get(pane)));
            checks.add(() -> assertReadable(dark.get(pane)));
            checks.add(() -> assertTrue(light.get(pane).meanLuminance() > 0.5, pane + ": the light theme is dark"));
            checks.add(() -> assertTrue(dark.get(pane).meanLuminance() < 0.5, pane + ": the dark theme is light"));
            checks.add(() -> assertTrue(dark.get(pane).meanLuminance() < light.get(pane).meanLuminance(),
                    pane + ": the dark theme is not darker than the light one (mean luminance "
                            + dark.get(pane).meanLuminance() + " vs " + light.get(pane).meanLuminance() + ")"));
        }
        for (PaneId pane : SMALL_SHOTS) {
            checks.add(() -> assertEquals(SMALL_WIDTH, ShotImage.read(small(dir, pane)).width(), pane + " at 1024"));
        }
        checks.add(() -> assertEquals(List.of(), elided,
                "labels or column headers cut, or tables without a search box, at 1024x700"));
        assertAll(checks);
    }

    static Path small(Path dir, PaneId pane) {
        return dir.resolve(pane.name().toLowerCase(Locale.ROOT) + "-1024x700.png");
    }

    private static void assertReadable(ShotImage shot) {
        assertTrue(shot.bytes() > 0, shot.file() + " is empty");
        assertEquals(WIDTH, shot.width(), shot.file() + ": width");
        assertEquals(HEIGHT, shot.height(), shot.file() + ": height");
        assertTrue(shot.colours() >= MIN_COLOURS, shot.file() + " is blank: " + shot.colours() + " colours");
    }

    /** Switches the theme with the toolbar button, as a user does; the choice goes through the settings. */
    private void showTheme(FxRobot robot, Theme theme) throws Exception {
        if (context.settings().themeProperty().get() != theme) {
            robot.clickOn("#themeButton");
        }
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> context.settings().themeProperty().get() == theme);
        WaitForAsyncUtils.waitForFxEvents();
    }

    static Path outputDirectory() {
        String configured = System.getProperty(DIR_PROPERTY);
        return configured == null || configured.isBlank() ? Path.of("target", "screenshots") : Path.of(configured);
    }

    static Path file(Path dir, PaneId pane, Theme theme) {
        return dir.resolve(pane.name().toLowerCase(Locale.ROOT) + "-" + theme.name().toLowerCase(Locale.ROOT)
                + ".png");
    }
}
