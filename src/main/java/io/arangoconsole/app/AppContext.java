package io.arangoconsole.app;

import io.arangoconsole.core.arango.ArangoClients;
import io.arangoconsole.core.arango.ArangoGateway;
import io.arangoconsole.core.arango.ClusterArango;
import io.arangoconsole.ui.cluster.ClusterViewModel;
import io.arangoconsole.core.arango.ConnectionTester;
import io.arangoconsole.core.arango.ProfileConnector;
import io.arangoconsole.core.arango.StatsSessions;
import io.arangoconsole.core.connection.ActiveConnection;
import io.arangoconsole.core.connection.ConnectionProfile;
import io.arangoconsole.core.connection.ConnectionRoutes;
import io.arangoconsole.core.connection.ConnectionTarget;
import io.arangoconsole.core.connection.SecretStores;
import io.arangoconsole.core.connection.SecretStore;
import io.arangoconsole.core.routing.Operation;
import io.arangoconsole.core.routing.Route;
import io.arangoconsole.core.routing.Router;
import io.arangoconsole.core.indexes.IndexPlanStore;
import io.arangoconsole.core.monitoring.LagSeries;
import io.arangoconsole.core.stats.AttributeOverridesFile;
import io.arangoconsole.core.stats.StatsSettings;
import io.arangoconsole.sandbox.SandboxConfig;
import io.arangoconsole.settings.AppDirs;
import io.arangoconsole.settings.ProfileStore;
import io.arangoconsole.settings.ProfilesDto;
import io.arangoconsole.settings.SavedConnection;
import io.arangoconsole.settings.Settings;
import io.arangoconsole.settings.SettingsStore;
import io.arangoconsole.ui.common.FxPoller;
import io.arangoconsole.ui.common.FxTaskRunner;
import io.arangoconsole.ui.connections.ConnectionSwitch;
import io.arangoconsole.ui.connections.ConnectionsViewModel;
import io.arangoconsole.ui.indexes.IndexesViewModel;
import io.arangoconsole.ui.jobs.JobsViewModel;
import io.arangoconsole.ui.overview.OverviewViewModel;
import io.arangoconsole.ui.shell.ShellViewModel;
import io.arangoconsole.ui.shell.StatusViewModel;
import io.arangoconsole.ui.sync.SyncViewModel;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
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
    // connections: profiles, secrets, one router per active profile
    private final ArangoClients clients;
    private final ProfileConnector connector;
    private final ConnectionsViewModel connections;
    private final AtomicReference<ActiveConnection> connection = new AtomicReference<>();
    private final StartProfile startProfile;
    private final IndexesWiring indexes;
    private final SyncWiring sync;
    private final JobsViewModel jobs;
    private final OverviewViewModel overview;
    private final MonitoringWiring monitoring;
    private final ClusterViewModel cluster;
    private final InsightWiring insight;
    private final StartupTimeline timeline;

    /** The active profile found at start, with its secrets from the keychain (or the environment). */
    private record StartProfile(ConnectionProfile profile, String secret, String replicaSecret) {
    }

    private AppContext(SettingsStore settingsStore, Settings settings,
                       ProfileStore profileStore, SecretStore secrets, StartProfile startProfile,
                       AppDirs dirs, StartupTimeline timeline, ArangoClients clients, EmbeddedSandbox sandbox) {
        this.timeline = timeline;
        this.clients = clients;
        this.settingsStore = settingsStore;
        this.settings = settings;
        this.startProfile = startProfile;
        this.executor = Executors.newFixedThreadPool(4, Threads.numbered("console-worker"));
        this.gateway = new ArangoGateway(clients);
        this.sandbox = sandbox;
        FxTaskRunner tasks = new FxTaskRunner(executor);
        StatusViewModel status = new StatusViewModel(gateway, new FxPoller(executor));
        this.shell = new ShellViewModel(settings, tasks, sandbox, status);

        this.monitoring = new MonitoringWiring(dirs.dataDir().resolve("history"), settings, clients,
                shell.targetProperty(), executor);

        // Overview: stats of the active connection, reads routed (cached, refreshed every 5 min)
        StatsSessions statsSessions = new StatsSessions(clients, StatsSettings.defaults(), executor,
                monitoring.caches);
        // The DBA's freshness/breakdown choices, per profile and database: read once here, saved on each change.
        AttributeOverridesFile choices = new AttributeOverridesFile(dirs.configDir());
        choices.load();
        this.overview = new OverviewViewModel(shell.targetProperty(),
                target -> statsSessions.open(routerFor(target),
                        choices.open(AttributeOverridesFile.scope(profileName(target), target.database()))),
                tasks, new FxPoller(executor), Clock.systemDefaultZone());

        overview.cards().addListener((javafx.collections.ListChangeListener<Object>) c -> {
            if (!c.getList().isEmpty()) {
                timeline.mark(StartupTimeline.Mark.FIRST_STATS);
            }
        });
        // Replica lag per collection, sampled with monitoring: history, alert rules, the status-bar badge.
        monitoring.addSeries(new LagSeries(overview::driftService));
        shell.lagAlertProperty().bind(monitoring.lagBadge.textProperty());
        overview.setLagHistory(monitoring::lagHistory);

        settingsStore.autoSave(settings);
        this.connector = new ProfileConnector(clients, gateway, ProfileConnector.DEFAULT_PROBE_INTERVAL,
                ProfileConnector.DEFAULT_FAILURES_TO_MARK_DOWN);
        this.connections = new ConnectionsViewModel(tasks, new FxPoller(executor), profileStore, secrets, new ConnectionTester()::test,
                new ConnectionSwitch() {
                    @Override
                    public ActiveConnection open(ConnectionProfile profile, String secret, String replicaSecret) {
                        return connector.open(profile, secret, replicaSecret);
                    }

                    @Override
                    public void use(ActiveConnection active) {
                        useConnection(active);
                    }

                    @Override
                    public void useSandbox() {
                        shell.start(java.util.Optional.empty());
                    }

                    @Override
                    public boolean onSandbox() {
                        ConnectionTarget target = shell.targetProperty().get();
                        return target != null && target.label() == ConnectionTarget.Label.SANDBOX;
                    }
                }, this::route);
        // The sandbox or a legacy saved connection: a router without replica, so panes route the same way.
        shell.targetProperty().addListener((obs, old, target) -> {
            ActiveConnection current = connection.get();
            if (target != null && (current == null || !current.router().primary().equals(target))) {
                replaceConnection(ActiveConnection.single(target));
                shell.showProfile(target.label() == ConnectionTarget.Label.SANDBOX ? "sandbox" : target.endpoint(),
                        null);
            }
        });
        this.indexes = new IndexesWiring(clients, tasks, shell.targetProperty(),
                new IndexPlanStore(dirs.configDir()),
                target -> AttributeOverridesFile.scope(profileName(target), target.database()));
        // the quiet build window reads the request rate the monitoring samples (stale after 2 min: busy)
        // per server: a build waiting for one server's quiet never reads another's (decision 0093)
        io.arangoconsole.core.indexes.RequestRates requestRates = new io.arangoconsole.core.indexes.RequestRates(
                Clock.systemUTC(), java.time.Duration.ofMinutes(2));
        monitoredServer(requestRates, shell.targetProperty().get());
        shell.targetProperty().addListener((obs, old, now) -> monitoredServer(requestRates, now));
        indexes.keepScheduledBuilds(dirs.dataDir().resolve("scheduled-builds"), requestRates);
        this.sync = new SyncWiring(clients, dirs, tasks, shell.targetProperty(),
                SyncWiring.savedSources(profileStore, secrets), indexes.model::follow);
        this.jobs = new JobsViewModel(sync.model.jobs(), indexes.model.allBuilds(), indexes.model::cancel,
                sync.model::clearFinished, indexes.model::clearFinished);
        shell.jobsSummaryProperty().bind(jobs.summaryProperty());
        // The console's own writes drop the cached stats they change: syncs per collection, index builds all.
        onCollectionWritten(collection -> {
            overview.collectionsChanged();
            overview.invalidate(collection);
        });
        onIndexesChanged(overview::indexesChanged);
        this.cluster = new ClusterViewModel(shell.targetProperty(),
                target -> new ClusterArango(clients, target, Clock.systemUTC()), tasks, new FxPoller(executor));
        status.showCluster(cluster.summaryProperty(), cluster.healthyProperty());
        io.arangoconsole.ui.jobs.ShardMoveJobs shardMoves = new io.arangoconsole.ui.jobs.ShardMoveJobs(
                target -> new ClusterArango(clients, target, Clock.systemUTC()), tasks, new FxPoller(executor));
        cluster.followMovesWith(shardMoves);
        monitoring.model.latestProperty().addListener((obs, was, sample) -> {
            if (sample != null) {
                requestRates.sampled(sample.at(), sample.series());
            }
        });
        indexes.model.useRequestRate(requestRates::of);
        jobs.followMoves(shardMoves);
        this.insight = new InsightWiring(dirs.dataDir(), clients, tasks, new FxPoller(executor),
                shell.targetProperty(), Duration.ofSeconds(settings.monitoringProperty().get().intervalSeconds()));
        settings.monitoringProperty().addListener((obs, old, now) -> {
            if (old == null || old.intervalSeconds() != now.intervalSeconds()) {
                insight.reschedule(Duration.ofSeconds(now.intervalSeconds()));
            }
        });
        indexes.model.useWorkloadUsage(insight.usage);
        onIndexesChanged(insight.plansChanged);
        insight.shapes.enablePlan(a -> indexes.model.addToPlan(a.collection(), a.fields()));
        insight.shapes.enableProof(new io.arangoconsole.ui.insight.AdviceProof(tasks, insight.workbenches,
                indexes.model::build, indexes.model.jobs()));
        monitoring.queries.onOpen(q -> {
            insight.workbench.open(q.query(), q.bindVars());
            shell.selectedPaneProperty().set(io.arangoconsole.ui.shell.PaneId.WORKBENCH);
        });
    }

    /** The monitoring samples {@code target} (the connected server) from now on: its samples feed its rate. */
    private static void monitoredServer(io.arangoconsole.core.indexes.RequestRates rates, ConnectionTarget target) {
        rates.monitoring(target == null ? null : target.endpoint());
    }

    /** The active connection's router when {@code target} is its primary, else a router with no replica. */
    private Router<ConnectionTarget> routerFor(ConnectionTarget target) {
        ActiveConnection active = connection.get();
        return active != null && active.router().primary().equals(target) ? active.router()
                : ActiveConnection.single(target).router();
    }

    /** The name choices are saved under: the active profile's, "sandbox", or the endpoint of a saved connection. */
    private String profileName(ConnectionTarget target) {
        ActiveConnection active = connection.get();
        if (active != null && active.profile() != null && active.router().primary().equals(target)) {
            return active.profile().name();
        }
        return target.label() == ConnectionTarget.Label.SANDBOX ? "sandbox" : target.endpoint();
    }

    /** Makes {@code active} the console's connection: panes route through it, the shell shows its primary. */
    private void useConnection(ActiveConnection active) {
        replaceConnection(active);
        shell.switchTo(active.router().primary());
        shell.showProfile(active.name(), active.profile() == null ? null : active.profile().environment());
    }

    private void replaceConnection(ActiveConnection active) {
        ActiveConnection previous = connection.getAndSet(active);
        if (previous != null && previous != active) {
            previous.close();
        }
    }

    /**
     * Where an operation goes now, with the label panes show beside its data ("primary", "replica", "replica
     * unavailable, from primary"). Thread-safe.
     *
     * @throws IllegalStateException before the console has any connection (the sandbox is still starting)
     */
    public Route<ConnectionTarget> route(Operation operation) {
        ActiveConnection current = connection.get();
        if (current == null) {
            throw new IllegalStateException("The console is not connected yet.");
        }
        return current.route(operation);
    }

    /** What a destructive action's confirmation names: profile, environment, endpoint and database. */
    public io.arangoconsole.ui.common.ServerGuard guard() {
        ActiveConnection current = connection.get();
        if (current == null) {
            return io.arangoconsole.ui.common.ServerGuard.UNKNOWN;
        }
        ConnectionTarget primary = current.router().primary();
        return new io.arangoconsole.ui.common.ServerGuard(current.name(), current.profile() == null
                ? io.arangoconsole.core.connection.Environment.DEVELOPMENT : current.profile().environment(),
                primary.endpoint() + ", database " + primary.database());
    }

    /** The routing seam for pane services. */
    public ConnectionRoutes routes() {
        return this::route;
    }

    public ConnectionsViewModel connections() {
        return connections;
    }

    /** Window hidden or console closing: the shell and the panes stop polling. Call on the FX thread. */
    public void deactivate() {
        shell.deactivate();
        connections.deactivate();
        overview.deactivate();
        monitoring.model.stop();
        insight.stop();
    }

    private static StartProfile startProfile(ProfilesDto profiles, SecretStore secrets) {
        if (profiles.active() == null) {
            return null;
        }
        return profiles.profiles().stream().filter(p -> p.name().equals(profiles.active())).findFirst()
                .map(p -> new StartProfile(p, secret(secrets, p, SecretStore.Side.PRIMARY),
                        secret(secrets, p, SecretStore.Side.REPLICA)))
                .orElse(null);
    }

    private static String secret(SecretStore secrets, ConnectionProfile profile, SecretStore.Side side) {
        String fromEnv = System.getenv(PASSWORD_ENV);
        return secrets.lookup(profile.name(), side).orElse(fromEnv == null ? "" : fromEnv);
    }

    /** Blocking (reads the settings file): call before the FX thread needs it, e.g. in {@code Application.init}. */
    public static AppContext create(AppDirs dirs, SandboxConfig sandboxConfig) {
        SettingsStore store = new SettingsStore(dirs.configDir(), SettingsStore.DEFAULT_DEBOUNCE);
        Settings settings = store.load();
        LOG.info("Settings from {}", store.file());
        ProfileStore profileStore = new ProfileStore(dirs.configDir());
        ProfilesDto profiles = profileStore.load();
        StartupTimeline timeline = new StartupTimeline();
        ArangoClients clients = new ArangoClients();
        EmbeddedSandbox sandbox = new EmbeddedSandbox(sandboxConfig, dirs.dataDir().resolve("sandbox"), timeline,
                StartupTimeline.fastStart() ? clients::warmUp : target -> { });
        boolean activeProfile = profiles.active() != null
                && profiles.profiles().stream().anyMatch(p -> p.name().equals(profiles.active()));
        if (!activeProfile && savedTarget(settings).isEmpty() && StartupTimeline.fastStart()) {
            // The sandbox will be used: it starts now, while the keychain is found, the view models and then the
            // window are built (decisions 0080, 0086), rather than once the context is built.
            sandbox.prestart();
        }
        SecretStore secrets = SecretStores.detect();
        LOG.info("Connection profiles from {}, passwords: {}", profileStore.file(), secrets.description());
        AppContext context = new AppContext(store, settings, profileStore, secrets,
                startProfile(profiles, secrets), dirs, timeline, clients, sandbox);
        timeline.mark(StartupTimeline.Mark.CONTEXT_BUILT);
        return context;
    }

    /** This start's timeline: when the window, the sandbox and the first data came. */
    public StartupTimeline timeline() {
        return timeline;
    }

    /**
     * Starts the shell on the active connection profile, else the saved connection, else the embedded sandbox. Call
     * on the FX thread.
     */
    public void startShell() {
        monitoring.start();
        insight.start();
        if (startProfile != null) {
            useConnection(connector.open(startProfile.profile(), startProfile.secret(),
                    startProfile.replicaSecret()));
            return;
        }
        shell.start(savedTarget(settings));
    }

    private static Optional<ConnectionTarget> savedTarget(Settings settings) {
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

    /**
     * Registers a hook run on the FX thread after an index was built or dropped, so the stats that depend on
     * indexes (e.g. the Overview's explain-backed figures) refresh.
     */
    public void onIndexesChanged(Runnable hook) {
        indexes.onIndexesChanged(hook);
    }

    /** The Indexes pane's view model. */
    public IndexesViewModel indexes() {
        return indexes.model;
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

    /** The monitoring services and view models (Queries and Caches panes). */
    MonitoringWiring monitoring() {
        return monitoring;
    }

    /** The Cluster pane's view model, whose summary the status bar repeats. */
    public ClusterViewModel cluster() {
        return cluster;
    }

    /** The query insight services and view models (the Workbench). */
    InsightWiring insight() {
        return insight;
    }

    /** The Jobs pane's view model: every sync and index build, whichever pane started it. */
    public JobsViewModel jobs() {
        return jobs;
    }

    /** The Sync pane's view model. */
    public SyncViewModel sync() {
        return sync.model;
    }

    /**
     * Registers {@code hook} to hear the name of a collection a sync wrote into (on a sync thread), e.g. so the
     * stats service drops its cached figures of that collection.
     */
    public void onCollectionWritten(Consumer<String> hook) {
        sync.onCollectionWritten(hook);
    }

    /**
     * Blocking: writes pending settings, shuts the driver clients down and closes the sandbox. Call off the FX
     * thread, after {@link #deactivate()}.
     */
    @Override
    public void close() {
        monitoring.close();
        settingsStore.close();
        overview.close();
        sync.close();
        executor.shutdownNow();
        ActiveConnection active = connection.getAndSet(null);
        if (active != null) {
            active.close();
        }
        indexes.close();
        gateway.close();
        sandbox.close();
    }
}
