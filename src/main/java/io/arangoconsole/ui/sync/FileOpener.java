package io.arangoconsole.ui.sync;

import java.nio.file.Path;

/** Opens a file with the desktop's application for it; blocking, called off the UI thread. */
@FunctionalInterface
public interface FileOpener {
    /** For a console that cannot open files: says so in one sentence. */
    FileOpener NONE = file -> {
        throw new IllegalStateException("This desktop cannot open files from the console; copy the path of "
                + file + " instead.");
    };

    /** Opens {@code file}; throws with one sentence when it cannot. */
    void open(Path file) throws Exception;
}
