package io.arangoconsole.settings;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The observable settings the UI binds to. Changes are written to disk by {@link SettingsStore}, debounced; the FX
 * thread is the only writer.
 */
public final class Settings {

    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>(this, "theme", Theme.LIGHT);
    private final ObjectProperty<WindowGeometry> window = new SimpleObjectProperty<>(this, "window");
    private final ObjectProperty<SavedConnection> connection = new SimpleObjectProperty<>(this, "connection");
    private final ObjectProperty<MonitoringSettings> monitoring = new SimpleObjectProperty<>(this, "monitoring",
            MonitoringSettings.DEFAULTS);

    /** Default settings: light theme, no remembered window, no saved connection (so the sandbox starts). */
    public Settings() {
    }

    /** Settings read from a file. */
    public static Settings from(SettingsDto dto) {
        Settings settings = new Settings();
        if (dto.theme() != null) {
            settings.theme.set(dto.theme());
        }
        settings.window.set(dto.window());
        settings.connection.set(dto.connection());
        if (dto.monitoring() != null) {
            settings.monitoring.set(dto.monitoring());
        }
        return settings;
    }

    /** A snapshot for saving. */
    public SettingsDto toDto() {
        return new SettingsDto(SettingsDto.CURRENT_VERSION, theme.get(), window.get(), connection.get(),
                monitoring.get());
    }

    /** Every property, for listeners that react to any change. */
    public List<Observable> observables() {
        return new ArrayList<>(List.of(theme, window, connection, monitoring));
    }

    public ObjectProperty<Theme> themeProperty() {
        return theme;
    }

    public ObjectProperty<WindowGeometry> windowProperty() {
        return window;
    }

    /** The saved connection, or {@code null} when the console should start on the embedded sandbox. */
    public ObjectProperty<SavedConnection> connectionProperty() {
        return connection;
    }

    /** The monitoring poll interval and alert rules. */
    public ObjectProperty<MonitoringSettings> monitoringProperty() {
        return monitoring;
    }
}
