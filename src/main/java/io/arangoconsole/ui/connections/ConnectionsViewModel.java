package io.arangoconsole.ui.connections;

import io.arangoconsole.core.connection.ActiveConnection;
import io.arangoconsole.core.connection.ConnectionProfile;
import io.arangoconsole.core.connection.ConnectionRoutes;
import io.arangoconsole.core.connection.InMemorySecretStore;
import io.arangoconsole.core.connection.ReplicaMode;
import io.arangoconsole.core.connection.SecretStore;
import io.arangoconsole.core.connection.SecretStore.Side;
import io.arangoconsole.core.routing.Operation;
import io.arangoconsole.settings.ProfileStore;
import io.arangoconsole.settings.ProfilesDto;
import io.arangoconsole.ui.common.Formats;
import io.arangoconsole.ui.common.Poller;
import io.arangoconsole.ui.common.TaskRunner;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;

/**
 * The Connections pane: the saved profiles, which one is active, add / edit / delete, "Test connection" and "Set
 * active" in the background. Secrets go to the {@link SecretStore}; a secret no keychain keeps is asked for and held
 * in memory for this run.
 */
public final class ConnectionsViewModel {

    private final TaskRunner tasks;
    private final ProfileStore store;
    private final SecretStore secrets;
    private final SecretStore session = new InMemorySecretStore();
    private final ProfileTester tester;
    private final ConnectionSwitch connectionSwitch;
    private final ConnectionRoutes routes;
    private final ObservableList<ConnectionProfile> profiles = FXCollections.observableArrayList();
    /** What the list shows: the sandbox's own entry, then the saved profiles. */
    private final ObservableList<ConnectionProfile> entries = FXCollections.observableArrayList(SandboxEntry.PROFILE);
    private final BooleanProperty onSandbox = new SimpleBooleanProperty(this, "onSandbox");
    /** Profiles whose password the keychain refused in this run: they say it is asked for when connecting. */
    private final ObservableSet<String> notKept = FXCollections.observableSet();
    static final String ASKED = "asked for when connecting";
    private final ObjectProperty<ConnectionProfile> selected = new SimpleObjectProperty<>(this, "selected");
    private final StringProperty active = new SimpleStringProperty(this, "active");
    private final StringProperty result = new SimpleStringProperty(this, "result", "");
    private final BooleanProperty resultOk = new SimpleBooleanProperty(this, "resultOk");
    private final BooleanProperty busy = new SimpleBooleanProperty(this, "busy");
    private final StringProperty readRoute = new SimpleStringProperty(this, "readRoute", "");
    private final Poller.Polling routePolling;
    private PasswordPrompt prompt = (profile, side) -> Optional.empty();

    /** How often the pane re-reads where reads go: the health probe's interval, so a fallback shows at once. */
    static final Duration ROUTE_PERIOD = Duration.ofSeconds(5);

    public ConnectionsViewModel(TaskRunner tasks, Poller poller, ProfileStore store, SecretStore secrets,
                                ProfileTester tester, ConnectionSwitch connectionSwitch, ConnectionRoutes routes) {
        this.tasks = tasks;
        this.routePolling = poller.poll("read route", ROUTE_PERIOD, this::currentReadRoute, readRoute::set,
                e -> readRoute.set(""));
        this.store = store;
        this.secrets = secrets;
        this.tester = tester;
        this.connectionSwitch = connectionSwitch;
        this.routes = routes;
        profiles.addListener((javafx.collections.ListChangeListener<ConnectionProfile>) c -> {
            List<ConnectionProfile> all = new java.util.ArrayList<>(List.of(SandboxEntry.PROFILE));
            all.addAll(profiles);
            entries.setAll(all);
        });
    }

    /** The view's way to ask for a password no keychain keeps. */
    public void setPasswordPrompt(PasswordPrompt prompt) {
        this.prompt = prompt;
    }

    /** Pane shown: loads the profiles file in the background and follows where reads go. */
    public void activate() {
        onSandbox.set(connectionSwitch != null && connectionSwitch.onSandbox());
        busy.set(true);
        tasks.run("load profiles", store::load, this::show, e -> fail(e));
        refreshRoute();
        routePolling.start();
    }

    /** Pane hidden: nothing polls. */
    public void deactivate() {
        routePolling.stop();
    }

    /** Re-reads where reads are routed ("primary", "replica", "replica unavailable, from primary"). */
    public void refreshRoute() {
        readRoute.set(currentReadRoute());
    }

    private String currentReadRoute() {
        try {
            return routes.route(Operation.READ).label();
        } catch (RuntimeException e) {
            return "";
        }
    }

    private void show(ProfilesDto dto) {
        busy.set(false);
        ConnectionProfile keep = selected.get();
        profiles.setAll(dto.profiles());
        active.set(dto.active());
        selected.set(keep != null && entries.contains(keep) ? keep : profiles.isEmpty() ? SandboxEntry.PROFILE
                : profiles.get(0));
    }

    /** A new editor: for {@code editing}, or an empty profile when null. */
    public ProfileEditorViewModel editor(ConnectionProfile editing) {
        List<String> others = profiles.stream().map(ConnectionProfile::name)
                .filter(n -> editing == null || !n.equals(editing.name())).toList();
        return new ProfileEditorViewModel(tasks, tester, editing, others);
    }

    /**
     * Saves what the dialog holds (replacing {@code original} when editing) and keeps its secrets: in the keychain
     * when there is one, always in memory for this run. An empty secret field keeps the secret already known.
     */
    public void save(ConnectionProfile original, ConnectionProfile profile, String secret, String replicaSecret) {
        int index = original == null ? -1 : profiles.indexOf(original);
        if (index >= 0) {
            profiles.set(index, profile);
        } else {
            profiles.add(profile);
        }
        if (original != null && !original.name().equals(profile.name()) && original.name().equals(active.get())) {
            active.set(profile.name());
        }
        selected.set(profile);
        String oldName = original == null ? null : original.name();
        ProfilesDto snapshot = snapshot();
        busy.set(true);
        tasks.run("save profile " + profile.name(), () -> {
            if (oldName != null && !oldName.equals(profile.name())) {
                forget(oldName);
            }
            boolean kept = keep(profile.name(), Side.PRIMARY, secret, oldName == null);
            if (profile.replicaMode() == ReplicaMode.SEPARATE) {
                kept &= keep(profile.name(), Side.REPLICA, replicaSecret, oldName == null);
            }
            store.save(snapshot);
            return kept;
        }, kept -> saved(oldName, profile.name(), kept), e -> fail(e));
    }

    private void saved(String oldName, String name, boolean kept) {
        if (oldName != null) {
            notKept.remove(oldName);
        }
        if (kept) {
            notKept.remove(name);
            done("Saved '" + name + "'. Password: " + secrets.description() + ".");
        } else {
            notKept.add(name);
            done("Saved '" + name + "'. The " + secrets.description() + " refused the password, so it is not kept: "
                    + "it will be " + ASKED + ".");
        }
    }

    /**
     * Deletes the profile and its secrets (after the view's confirmation). Deleting the active one switches the
     * console to the embedded sandbox at once: no pane keeps working on a server the user just removed.
     */
    public void delete(ConnectionProfile profile) {
        if (SandboxEntry.is(profile)) {
            return;
        }
        profiles.remove(profile);
        notKept.remove(profile.name());
        if (profile.name().equals(active.get())) {
            active.set(null);
            onSandbox.set(true);
            connectionSwitch.useSandbox();
            refreshRoute();
        }
        selected.set(profiles.isEmpty() ? SandboxEntry.PROFILE : profiles.get(0));
        ProfilesDto snapshot = snapshot();
        busy.set(true);
        tasks.run("delete profile " + profile.name(), () -> {
            forget(profile.name());
            store.save(snapshot);
            return true;
        }, ok -> done("Deleted '" + profile.name() + "'."), e -> fail(e));
    }

    /** Tests the selected profile in the background: version, role and latency, or one sentence. */
    public void testSelected() {
        ConnectionProfile profile = selected.get();
        if (profile == null || SandboxEntry.is(profile)) {
            return;
        }
        withSecrets(profile, (secret, replicaSecret) -> {
            busy.set(true);
            result.set("Testing '" + profile.name() + "'...");
            tasks.run("test " + profile.name(), () -> TestOutcome.run(tester, profile, secret, replicaSecret),
                    outcome -> show(outcome), e -> show(TestOutcome.failed(e)));
        });
    }

    /** Makes the selected profile the console's connection: the shell reconnects, the choice is saved. */
    public void activateSelected() {
        ConnectionProfile profile = selected.get();
        if (profile == null) {
            return;
        }
        if (SandboxEntry.is(profile)) {
            useSandbox();
            return;
        }
        withSecrets(profile, (secret, replicaSecret) -> {
            busy.set(true);
            result.set("Connecting to '" + profile.name() + "'...");
            tasks.run("connect " + profile.name(), () -> connectionSwitch.open(profile, secret, replicaSecret),
                    connection -> switched(profile, connection), e -> fail(e));
        });
    }

    private void useSandbox() {
        if (onSandbox.get()) {
            done("The console is on the sandbox already.");
            return;
        }
        active.set(null);
        onSandbox.set(true);
        connectionSwitch.useSandbox();
        refreshRoute();
        ProfilesDto snapshot = snapshot();
        tasks.run("save active profile", () -> {
            store.save(snapshot);
            return true;
        }, ok -> done("Now on the embedded sandbox."), e -> fail(e));
    }

    private void switched(ConnectionProfile profile, ActiveConnection connection) {
        connectionSwitch.use(connection);
        onSandbox.set(false);
        active.set(profile.name());
        refreshRoute();
        ProfilesDto snapshot = snapshot();
        tasks.run("save active profile", () -> {
            store.save(snapshot);
            return true;
        }, ok -> done("Now connected to '" + profile.name() + "' (" + profile.firstEndpoint() + ")."), e -> fail(e));
    }

    private interface SecretsReady {
        void accept(String secret, String replicaSecret);
    }

    /** Looks the secrets up in the background; asks on the UI thread for any no store keeps. */
    private void withSecrets(ConnectionProfile profile, SecretsReady then) {
        boolean separate = profile.replicaMode() == ReplicaMode.SEPARATE;
        tasks.run("look up secrets of " + profile.name(),
                () -> new String[] {lookup(profile.name(), Side.PRIMARY), separate ? lookup(profile.name(),
                        Side.REPLICA) : ""},
                found -> {
                    String primary = found[0] != null ? found[0] : ask(profile, Side.PRIMARY);
                    String replica = found[1] != null ? found[1] : ask(profile, Side.REPLICA);
                    if (primary == null || replica == null) {
                        done("Cancelled: no password given for '" + profile.name() + "'.");
                        return;
                    }
                    then.accept(primary, replica);
                }, e -> fail(e));
    }

    private String ask(ConnectionProfile profile, Side side) {
        Optional<String> answer = prompt.ask(profile.name(), side);
        answer.ifPresent(s -> session.store(profile.name(), side, s));
        return answer.orElse(null);
    }

    /** Blocking: the session's secret, else the keychain's; null when neither keeps one. */
    private String lookup(String profile, Side side) {
        return session.lookup(profile, side).or(() -> secrets.lookup(profile, side)).orElse(null);
    }

    /**
     * An empty secret of a new profile is a real one (a fresh ArangoDB's root has none); when editing, an empty
     * field means "unchanged". The keychain gets only non-empty secrets. False when a keychain refused it.
     */
    private boolean keep(String profile, Side side, String secret, boolean isNew) {
        String value = secret == null ? "" : secret;
        if (value.isEmpty() && !isNew) {
            return true;
        }
        session.store(profile, side, value);
        if (secrets.persistent() && !value.isEmpty()) {
            return secrets.store(profile, side, value);
        }
        return true;
    }

    private void forget(String profile) {
        for (Side side : Side.values()) {
            session.clear(profile, side);
            secrets.clear(profile, side);
        }
    }

    private ProfilesDto snapshot() {
        return new ProfilesDto(ProfilesDto.CURRENT_VERSION, active.get(), List.copyOf(profiles));
    }

    private void show(TestOutcome outcome) {
        busy.set(false);
        resultOk.set(outcome.ok());
        result.set(outcome.text());
    }

    private void done(String text) {
        busy.set(false);
        resultOk.set(true);
        result.set(text);
    }

    private void fail(Throwable e) {
        busy.set(false);
        resultOk.set(false);
        result.set(Formats.sentence(e));
    }

    /** The saved profiles. */
    public ObservableList<ConnectionProfile> profiles() {
        return profiles;
    }

    /** What the pane lists: the sandbox's own entry first, then the saved profiles. */
    public ObservableList<ConnectionProfile> entries() {
        return entries;
    }

    /** True for the sandbox's entry: it cannot be edited, tested or deleted. */
    public boolean isSandbox(ConnectionProfile profile) {
        return SandboxEntry.is(profile);
    }

    /** True for the entry the console is connected through now (the sandbox's when on the sandbox). */
    public boolean isActive(ConnectionProfile profile) {
        return SandboxEntry.is(profile) ? onSandbox.get() : profile.name().equals(active.get());
    }

    /** True while the console is on the embedded sandbox; the list marks the sandbox's entry active. */
    public javafx.beans.property.ReadOnlyBooleanProperty onSandboxProperty() {
        return onSandbox;
    }

    public ObjectProperty<ConnectionProfile> selectedProperty() {
        return selected;
    }

    /** The active profile's name, null on the embedded sandbox. */
    public ReadOnlyStringProperty activeProperty() {
        return active;
    }

    /** The outcome of the last command: a test report, "Saved ...", or one error sentence. */
    public ReadOnlyStringProperty resultProperty() {
        return result;
    }

    public BooleanProperty resultOkProperty() {
        return resultOk;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    /** Where reads go now: "primary", "replica" or "replica unavailable, from primary". */
    public ReadOnlyStringProperty readRouteProperty() {
        return readRoute;
    }

    /**
     * What a profile's line says about its password: empty while the store keeps it, "password asked for when
     * connecting" when no keychain keeps it (none on this machine, or it refused the save).
     */
    public String passwordNote(ConnectionProfile profile) {
        return !secrets.persistent() || notKept.contains(profile.name()) ? "password " + ASKED : "";
    }

    /** The names of the profiles whose password the keychain refused; the view refreshes its list on changes. */
    public ObservableSet<String> notKept() {
        return notKept;
    }

    /** Where secrets are kept on this machine, for the pane's note. */
    public String secretsDescription() {
        return secrets.description();
    }
}
