package io.arangoconsole.ui.sync;

import io.arangoconsole.core.connection.ConnectionProfile;
import java.util.List;
import java.util.Optional;

/** The saved connection profiles a sync can read from, and the passwords kept for them. Blocking: worker threads. */
public interface SavedSources {

    /** The saved profiles, in the file's order. */
    List<ConnectionProfile> profiles() throws Exception;

    /** The primary password kept for {@code profile} (keychain), or empty when none is kept. */
    Optional<String> password(ConnectionProfile profile);

    /** No saved profiles: the source is always a typed URL. */
    static SavedSources none() {
        return new SavedSources() {
            @Override
            public List<ConnectionProfile> profiles() {
                return List.of();
            }

            @Override
            public Optional<String> password(ConnectionProfile profile) {
                return Optional.empty();
            }
        };
    }
}
