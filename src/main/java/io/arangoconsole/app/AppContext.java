package io.arangoconsole.app;

import io.arangoconsole.core.arango.ArangoClients;
import io.arangoconsole.core.arango.ArangoGateway;
import io.arangoconsole.core.arango.StatsSessions;
import io.arangoconsole.core.connection.ConnectionTarget;
import io.arangoconsole.core.stats.StatsSettings;
import io.arangoconsole.sandbox.SandboxConfig;
import io.arangoconsole.settings.AppDirs;
import io.arangoconsole.settings.SavedConnection;
import io.arangoconsole.settings.Settings;
import io.arangoconsole.settings.SettingsStore;
import io.arangoconsole.ui.common.FxPoller;
import io.arangoconsole.ui.common.FxTaskRunner;
import io.arangoconsole.ui.overview.OverviewViewModel;
import io.arangoconsole.ui.shell.ShellViewModel;
import io.arangoconsole.ui.shell.StatusViewModel;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The composition root: builds every long-lived object once, by hand, and closes them in reverse order. */
public final class AppContext implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(AppContext.class);
    /** Passwords never go into the settings file; a saved connection takes its password from here. */
    static final String PASSWORD_ENV = "ARANGO_CONSOLE_PASSWORD";

    private final SettingsStore settingsStore;
    private final Settings settings;
    private final ExecutorService executor;
    private final ArangoGateway gateway;
    private final EmbeddedSandbox sandbox;
    private final ShellViewModel shell;
    private final OverviewViewModel overview;

    private AppContext(SettingsStore settingsStore, Settings settings, SandboxConfig sandboxConfig) {
        this.settingsStore = settingsStore;
        this.settings = settings;
        this.executor = Executors.newFixedThreadPool(4, daemonThreads());
        ArangoClients clients = new ArangoClients();
        this.gateway = new ArangoGateway(clients);
        this.sandbox = new EmbeddedSandbox(sandboxConfig);
        FxTaskRunner tasks = new FxTaskRunner(executor);
        StatusViewModel status = new StatusViewModel(gateway, new FxPoller(executor));
        this.shell = new ShellViewModel(settings, tasks, sandbox, status);

        // ---- Overview pane: stats of the shell's current target (cached, refreshed every 5 min) ----
        StatsSessions statsSessions = new StatsSessions(clients, StatsSettings.defaults(), executor);
        this.overview = new OverviewViewModel(shell.targetProperty(), statsSessions::open, tasks,
                new FxPoller(executor), Clock.systemDefaultZone());
        // ---- end Overview ----

        settingsStore.autoSave(settings);
    }

    /** Blocking (reads the settings file): call before the FX thread needs it, e.g. in {@code Application.init}. */
    public static AppContext create(AppDirs dirs, SandboxConfig sandboxConfig) {
        SettingsStore store = new SettingsStore(dirs.configDir(), SettingsStore.DEFAULT_DEBOUNCE);
        Settings settings = store.load();
        LOG.info("Settings from {}", store.file());
        return new AppContext(store, settings, sandboxConfig);
    }

    /** Starts the shell on the saved connection, or on the embedded sandbox. Call on the FX thread. */
    public void startShell() {
        shell.start(savedTarget());
    }

    private Optional<ConnectionTarget> savedTarget() {
        SavedConnection saved = settings.connectionProperty().get();
        if (saved == null || saved.endpoint() == null || saved.endpoint().isBlank()) {
            return Optional.empty();
        }
        return Optional.of(new ConnectionTarget(saved.endpoint(), saved.user(), System.getenv(PASSWORD_ENV),
                saved.database(), label(saved.label())));
    }

    private static ConnectionTarget.Label label(String text) {
        try {
            return text == null ? ConnectionTarget.Label.PRIMARY
                    : ConnectionTarget.Label.valueOf(text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return ConnectionTarget.Label.PRIMARY;
        }
    }

    public Settings settings() {
        return settings;
    }

    public ShellViewModel shell() {
        return shell;
    }

    public OverviewViewModel overview() {
        return overview;
    }

    /**
     * Blocking: writes pending settings, shuts the driver clients down and closes the sandbox. Call off the FX
     * thread, after {@link ShellViewModel#deactivate()}.
     */
    @Override
    public void close() {
        settingsStore.close();
        overview.close();
        executor.shutdownNow();
        gateway.close();
        sandbox.close();
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger count = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, "console-worker-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
