package io.arangoconsole.ui.shell;

import io.arangoconsole.core.connection.ConnectionTarget;
import io.arangoconsole.settings.Settings;
import io.arangoconsole.settings.Theme;
import io.arangoconsole.ui.common.Formats;
import io.arangoconsole.ui.common.TaskRunner;
import java.util.Optional;
import io.arangoconsole.core.connection.Environment;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The main window's state: the navigation list, the selected pane, the theme, and the connection the console starts
 * on (the saved one, or else the embedded sandbox, started in the background).
 */
public final class ShellViewModel {

    static final String STARTING_SANDBOX = "Starting the sandbox...";

    private final Settings settings;
    private final TaskRunner tasks;
    private final SandboxLauncher sandboxLauncher;
    private final StatusViewModel status;
    private final ObservableList<PaneId> panes = FXCollections.unmodifiableObservableList(
            FXCollections.observableArrayList(PaneId.values()));
    private final ObjectProperty<PaneId> selectedPane = new SimpleObjectProperty<>(this, "selectedPane",
            PaneId.OVERVIEW);
    private final ObjectProperty<ConnectionTarget> target = new SimpleObjectProperty<>(this, "target");
    private final StringProperty jobsSummary = new SimpleStringProperty(this, "jobsSummary", "");
    private final StringProperty lagAlert = new SimpleStringProperty(this, "lagAlert", "");
    private final StringProperty profile = new SimpleStringProperty(this, "profile", "sandbox");
    private final ObjectProperty<Environment> environment = new SimpleObjectProperty<>(this, "environment");

    public ShellViewModel(Settings settings, TaskRunner tasks, SandboxLauncher sandboxLauncher,
                          StatusViewModel status) {
        this.settings = settings;
        this.tasks = tasks;
        this.sandboxLauncher = sandboxLauncher;
        this.status = status;
    }

    /**
     * Connects to {@code saved} when the user has a saved connection; otherwise starts the sandbox in the
     * background and connects to it once it listens.
     */
    public void start(Optional<ConnectionTarget> saved) {
        if (saved.isPresent()) {
            connect(saved.get());
            return;
        }
        status.showBusy(STARTING_SANDBOX);
        tasks.run("start sandbox", sandboxLauncher::start, this::connect,
                e -> status.showError("The sandbox could not start: " + lowerFirst(Formats.sentence(e))));
    }

    /**
     * Switches the console to another server (a connection profile was made active): the status bar shows its
     * endpoint, label and version, and the sandbox badge goes away unless it is the sandbox.
     */
    public void switchTo(ConnectionTarget connectionTarget) {
        connect(connectionTarget);
    }

    private void connect(ConnectionTarget connectionTarget) {
        target.set(connectionTarget);
        status.connect(connectionTarget);
    }

    private static String lowerFirst(String text) {
        return Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }

    /** Switches between light and dark; the choice is saved with the settings. */
    public void toggleTheme() {
        settings.themeProperty().set(settings.themeProperty().get().toggled());
    }

    /** Window shown: probing runs. */
    public void activate() {
        status.activate();
    }

    /** Window hidden: nothing polls. */
    public void deactivate() {
        status.deactivate();
    }

    public ObservableList<PaneId> panes() {
        return panes;
    }

    public ObjectProperty<PaneId> selectedPaneProperty() {
        return selectedPane;
    }

    public ReadOnlyObjectProperty<Theme> themeProperty() {
        return settings.themeProperty();
    }

    /** The server the console works on, {@code null} until known. */
    /**
     * "2 background jobs running" for the status bar, empty when none runs; bound by the composition root to the
     * Jobs pane's summary.
     */
    /** "Replica lag: ..." while a replica-lag alert rule fires, else empty; the status bar shows it as a badge. */
    public StringProperty lagAlertProperty() {
        return lagAlert;
    }

    /** Which profile the console is on now ("sandbox" for the embedded one) and its environment (null: sandbox). */
    public void showProfile(String name, Environment env) {
        profile.set(name);
        environment.set(env);
    }

    public ReadOnlyStringProperty profileProperty() {
        return profile;
    }

    /** The active profile's environment; null on the embedded sandbox. */
    public ReadOnlyObjectProperty<Environment> environmentProperty() {
        return environment;
    }

    /** "Arango Console — prod-eu (production)": the window title says where destructive actions would land. */
    public String title() {
        Environment env = environment.get();
        return "Arango Console \u2014 " + profile.get() + (env == null ? "" : " (" + env.display() + ")");
    }

    public StringProperty jobsSummaryProperty() {
        return jobsSummary;
    }

    public ReadOnlyObjectProperty<ConnectionTarget> targetProperty() {
        return target;
    }

    public StatusViewModel status() {
        return status;
    }
}
