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
import io.arangoconsole.core.arango.ArangoSyncConnector;
import io.arangoconsole.core.sync.SyncHistory;
import io.arangoconsole.core.sync.SyncJobs;
import io.arangoconsole.ui.common.UiThread;
import io.arangoconsole.ui.sync.SyncViewModel;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
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
    private final ArangoClients clients;

    private AppContext(SettingsStore settingsStore, Settings settings, SandboxConfig sandboxConfig, AppDirs dirs) {
        this.settingsStore = settingsStore;
        this.settings = settings;
        this.executor = Executors.newFixedThreadPool(4, daemonThreads());
        this.clients = new ArangoClients();
        this.gateway = new ArangoGateway(clients);
        this.sandbox = new EmbeddedSandbox(sandboxConfig);
        FxTaskRunner tasks = new FxTaskRunner(executor);
        StatusViewModel status = new StatusViewModel(gateway, new FxPoller(executor));
        this.shell = new ShellViewModel(settings, tasks, sandbox, status);
        settingsStore.autoSave(settings);
        this.syncJobs = new SyncJobs(new ArangoSyncConnector(clients), syncHistory(dirs), this::collectionWritten,
                SYNC_JOBS_AT_ONCE);
        this.sync = new SyncViewModel(syncJobs, syncHistory(dirs), tasks, UiThread.fx(), shell.targetProperty());
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

    // ---- Sync (issue 5): jobs run on their own bounded pool; a run that wrote tells the collection-written hooks.
    private static final int SYNC_JOBS_AT_ONCE = 3;
    private final List<Consumer<String>> collectionWrittenHooks = new CopyOnWriteArrayList<>();
    private final SyncJobs syncJobs;
    private final SyncViewModel sync;

    private static SyncHistory syncHistory(AppDirs dirs) {
        return new SyncHistory(dirs.dataDir().resolve(SyncHistory.FILE_NAME));
    }

    /** The Sync pane's view model. */
    public SyncViewModel sync() {
        return sync;
    }

    /**
     * Registers {@code hook} to hear the name of a collection a sync wrote into (on a sync thread), e.g. so the
     * stats service drops its cached figures of that collection.
     */
    public void onCollectionWritten(Consumer<String> hook) {
        collectionWrittenHooks.add(hook);
    }

    private void collectionWritten(String collection) {
        collectionWrittenHooks.forEach(h -> h.accept(collection));
    }
    // ---- end of Sync

    /**
     * Blocking: writes pending settings, shuts the driver clients down and closes the sandbox. Call off the FX
     * thread, after {@link ShellViewModel#deactivate()}.
     */
    @Override
    public void close() {
        settingsStore.close();
        syncJobs.close();
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
