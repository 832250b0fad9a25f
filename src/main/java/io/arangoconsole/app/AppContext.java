package io.arangoconsole.app;

import io.arangoconsole.core.arango.ArangoClients;
import io.arangoconsole.core.arango.ArangoGateway;
import io.arangoconsole.core.connection.ConnectionTarget;
import io.arangoconsole.sandbox.SandboxConfig;
import io.arangoconsole.settings.AppDirs;
import io.arangoconsole.settings.SavedConnection;
import io.arangoconsole.settings.Settings;
import io.arangoconsole.settings.SettingsStore;
import io.arangoconsole.ui.common.FxPoller;
import io.arangoconsole.ui.common.FxTaskRunner;
import io.arangoconsole.ui.shell.ShellViewModel;
import io.arangoconsole.ui.shell.StatusViewModel;
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
    private final MonitoringWiring monitoring;

    private AppContext(SettingsStore settingsStore, Settings settings, SandboxConfig sandboxConfig, AppDirs dirs) {
        this.settingsStore = settingsStore;
        this.settings = settings;
        this.executor = Executors.newFixedThreadPool(4, daemonThreads());
        ArangoClients clients = new ArangoClients();
        this.gateway = new ArangoGateway(clients);
        this.sandbox = new EmbeddedSandbox(sandboxConfig);
        FxTaskRunner tasks = new FxTaskRunner(executor);
        StatusViewModel status = new StatusViewModel(gateway, new FxPoller(executor));
        this.shell = new ShellViewModel(settings, tasks, sandbox, status);

        // ---- Monitoring (issue 6): sampler + history + alerts, Queries and Caches panes ----
        this.monitoring = new MonitoringWiring(dirs.dataDir().resolve("history"), settings, clients,
                shell.targetProperty(), executor);
        // ---- end of monitoring ----

        settingsStore.autoSave(settings);
    }

    /** Blocking (reads the settings file): call before the FX thread needs it, e.g. in {@code Application.init}. */
    public static AppContext create(AppDirs dirs, SandboxConfig sandboxConfig) {
        SettingsStore store = new SettingsStore(dirs.configDir(), SettingsStore.DEFAULT_DEBOUNCE);
        Settings settings = store.load();
        LOG.info("Settings from {}", store.file());
        return new AppContext(store, settings, sandboxConfig, dirs);
    }

    /** Starts the shell on the saved connection, or on the embedded sandbox. Call on the FX thread. */
    public void startShell() {
        shell.start(savedTarget());
        monitoring.start();
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

    /** The monitoring services and view models (Queries and Caches panes). */
    MonitoringWiring monitoring() {
        return monitoring;
    }

    /**
     * Blocking: writes pending settings, shuts the driver clients down and closes the sandbox. Call off the FX
     * thread, after {@link ShellViewModel#deactivate()}.
     */
    @Override
    public void close() {
        monitoring.close();
        settingsStore.close();
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
