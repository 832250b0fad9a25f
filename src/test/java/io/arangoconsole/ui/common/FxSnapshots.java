package io.arangoconsole.ui.common;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.WritableImage;
import javafx.stage.Window;
import javax.imageio.ImageIO;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Saves what a window shows as a PNG, so a pane can be looked at by eye after a headless run (not an assertion). */
public final class FxSnapshots {
    private FxSnapshots() {
    }

    public static void save(FxRobot robot, Window window, Path file) throws IOException {
        WaitForAsyncUtils.waitForFxEvents();
        WritableImage[] holder = new WritableImage[1];
        robot.interact(() -> holder[0] = window.getScene().snapshot(null));
        Files.createDirectories(file.getParent());
        ImageIO.write(SwingFXUtils.fromFXImage(holder[0], null), "png", file.toFile());
    }
}
