package io.arangoconsole.settings;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The settings file's JSON shape. Unknown fields are ignored so a file written by a newer console still opens;
 * {@code version} lets a later release migrate old files.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SettingsDto(int version, Theme theme, WindowGeometry window, SavedConnection connection,
                          MonitoringSettings monitoring) {

    /** Settings without monitoring preferences (the defaults apply). */
    public SettingsDto(int version, Theme theme, WindowGeometry window, SavedConnection connection) {
        this(version, theme, window, connection, null);
    }

    public static final int CURRENT_VERSION = 1;
}
