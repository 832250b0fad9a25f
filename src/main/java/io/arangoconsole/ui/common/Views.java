package io.arangoconsole.ui.common;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;

/**
 * Loads a view's FXML with a controller built by the caller (constructor injection of its view model), from the
 * resource next to the view class: {@code io/arangoconsole/ui/shell/ShellView.fxml} for {@code ShellView}.
 */
public final class Views {

    private Views() {
    }

    /** Loads {@code <ControllerClass>.fxml} with {@code controller} and returns its root node. */
    public static Parent load(Object controller) {
        Class<?> type = controller.getClass();
        URL url = type.getResource(type.getSimpleName() + ".fxml");
        if (url == null) {
            throw new IllegalStateException("missing FXML for " + type.getName());
        }
        FXMLLoader loader = new FXMLLoader(url);
        loader.setController(controller);
        try {
            return loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load " + url, e);
        }
    }
}
