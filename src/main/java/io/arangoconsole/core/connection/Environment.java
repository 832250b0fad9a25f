package io.arangoconsole.core.connection;

import java.util.Locale;

/**
 * What a profile's server is for. Production is guarded: its colour is shown in the status bar and the window title,
 * and its destructive actions need the profile's name typed before they run.
 */
public enum Environment {
    PRODUCTION, STAGING, DEVELOPMENT, OTHER;

    /** {@code production}, as the UI shows it. */
    public String display() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** True where a slip would hurt: destructive actions ask for the profile's name. */
    public boolean guarded() {
        return this == PRODUCTION;
    }
}
