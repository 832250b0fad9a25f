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
import io.arangoconsole.core.arango.IndexConnections;
import io.arangoconsole.core.indexes.IndexGateway;
import io.arangoconsole.core.indexes.IndexJobQueue;
import io.arangoconsole.core.indexes.IndexService;
import io.arangoconsole.ui.common.UiThread;
import io.arangoconsole.ui.indexes.IndexesConnection;
import io.arangoconsole.ui.indexes.IndexesViewModel;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ScheduledExecutorService;
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
    // Indexes pane: builds run one at a time on their own thread; the timer polls progress and cancels.
    private final IndexConnections indexConnections = new IndexConnections();
    private final ExecutorService indexBuilds = Executors.newSingleThreadExecutor(daemonThread("index-build"));
    private final ScheduledExecutorService indexTimer =
            Executors.newSingleThreadScheduledExecutor(daemonThread("index-timer"));
    private final List<Runnable> indexesChangedHooks = new CopyOnWriteArrayList<>();
    private final IndexesViewModel indexes;

    private AppContext(SettingsStore settingsStore, Settings settings, SandboxConfig sandboxConfig) {
        this.settingsStore = settingsStore;
        this.settings = settings;
        this.executor = Executors.newFixedThreadPool(4, daemonThreads());
        this.gateway = new ArangoGateway(new ArangoClients());
        this.sandbox = new EmbeddedSandbox(sandboxConfig);
        FxTaskRunner tasks = new FxTaskRunner(executor);
        StatusViewModel status = new StatusViewModel(gateway, new FxPoller(executor));
        this.shell = new ShellViewModel(settings, tasks, sandbox, status);
        settingsStore.autoSave(settings);
        // Indexes pane: its service follows the shell's target (the embedded sandbox included).
        this.indexes = new IndexesViewModel(tasks, UiThread.fx(), this::indexesChanged);
        shell.targetProperty().addListener((obs, old, target) -> {
            if (target != null) {
                indexes.connect(indexesConnection(target));
            }
        });
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

    private IndexesConnection indexesConnection(ConnectionTarget target) {
        IndexGateway indexGateway = indexConnections.gateway(target);
        IndexService service = new IndexService(indexGateway, new IndexJobQueue(indexGateway, indexBuilds,
                indexTimer));
        boolean replica = target.label() == ConnectionTarget.Label.REPLICA;
        return new IndexesConnection(service, indexConnections.proof(target),
                target.label() == ConnectionTarget.Label.SANDBOX ? "primary (sandbox)"
                        : target.label().display(),
                replica ? "Connected to a replica: indexes are built and dropped on the primary only." : null);
    }

    private void indexesChanged() {
        indexesChangedHooks.forEach(Runnable::run);
    }

    /**
     * Registers a hook run on the FX thread after an index was built or dropped, so the stats that depend on
     * indexes (e.g. the Overview's explain-backed figures) refresh.
     */
    public void onIndexesChanged(Runnable hook) {
        indexesChangedHooks.add(hook);
    }

    /** The Indexes pane's view model. */
    public IndexesViewModel indexes() {
        return indexes;
    }

    public Settings settings() {
        return settings;
    }

    public ShellViewModel shell() {
        return shell;
    }

    /**
     * Blocking: writes pending settings, shuts the driver clients down and closes the sandbox. Call off the FX
     * thread, after {@link ShellViewModel#deactivate()}.
     */
    @Override
    public void close() {
        settingsStore.close();
        executor.shutdownNow();
        indexBuilds.shutdownNow();
        indexTimer.shutdownNow();
        indexConnections.close();
        gateway.close();
        sandbox.close();
    }

    private static ThreadFactory daemonThread(String name) {
        return r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        };
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
