package io.arangoconsole.ui.connections;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.arangoconsole.core.arango.ConnectionTester;
import io.arangoconsole.core.connection.ActiveConnection;
import io.arangoconsole.core.connection.ConnectionProfile;
import io.arangoconsole.core.connection.ConnectionTarget;
import io.arangoconsole.core.connection.FieldError.Field;
import io.arangoconsole.core.connection.InMemorySecretStore;
import io.arangoconsole.core.connection.NativeKeychainSecretStore;
import io.arangoconsole.core.connection.SecretStore;
import io.arangoconsole.core.routing.EndpointHealth;
import io.arangoconsole.core.routing.Route;
import io.arangoconsole.core.routing.Router;
import io.arangoconsole.sandbox.Sandbox;
import io.arangoconsole.sandbox.SandboxConfig;
import io.arangoconsole.settings.ProfileStore;
import io.arangoconsole.ui.common.InlineTaskRunner;
import io.arangoconsole.ui.common.ManualPoller;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The pane's and the dialog's view models without the FX toolkit, testing against a sandbox with the real driver. */
class ConnectionsViewModelTest {

    private static Sandbox sandbox;
    @TempDir
    Path dir;
    private final List<String> opened = new ArrayList<>();
    private final List<String> prompts = new ArrayList<>();
    private final String[] readLabel = {Route.PRIMARY};

    @BeforeAll
    static void start() {
        // A password on root, so a wrong or missing one is noticed.
        sandbox = Sandbox.start(new SandboxConfig("127.0.0.1", 0, 10, 42, true, "pw-root"));
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    private ConnectionsViewModel model(SecretStore secrets) {
        ConnectionSwitch connectionSwitch = new ConnectionSwitch() {
            @Override
            public ActiveConnection open(ConnectionProfile profile, String secret, String replicaSecret) {
                opened.add(profile.name() + ":" + secret);
                ConnectionTarget primary = new ConnectionTarget(profile.firstEndpoint(), profile.user(), secret,
                        profile.database(), ConnectionTarget.Label.PRIMARY);
                return new ActiveConnection(profile, new Router<>(primary, null, new EndpointHealth(1)), null,
                        () -> { });
            }

            @Override
            public void use(ActiveConnection connection) {
                opened.add("use " + connection.name());
            }

            @Override
            public void useSandbox() {
                opened.add("use sandbox");
            }

            @Override
            public boolean onSandbox() {
                return true; // as at a first start: the console begins on the embedded sandbox
            }
        };
        ConnectionsViewModel model = new ConnectionsViewModel(new InlineTaskRunner(), new ManualPoller(),
                new ProfileStore(dir), secrets, new ConnectionTester()::test, connectionSwitch,
                op -> new Route<>(null, readLabel[0]));
        model.activate();
        return model;
    }

    private static ProfileEditorViewModel fill(ProfileEditorViewModel editor, String name, String password) {
        editor.name.set(name);
        editor.primaryEndpoints.set(sandbox.url());
        editor.database.set("demo");
        editor.secret.set(password);
        return editor;
    }

    @Test
    void savedProfileIsInTheFileWithoutItsPasswordAndTestsGreen() throws Exception {
        ConnectionsViewModel model = model(new InMemorySecretStore());
        ProfileEditorViewModel editor = fill(model.editor(null), "local", "pw-root");
        ConnectionProfile profile = editor.validate().orElseThrow();
        model.save(null, profile, editor.secret(), editor.replicaSecret());

        String file = Files.readString(dir.resolve("connections.json"));
        assertTrue(file.contains("\"local\""), file);
        assertFalse(file.contains("pw-root"), file);

        model.testSelected();
        assertTrue(model.resultOkProperty().get(), model.resultProperty().get());
        assertTrue(model.resultProperty().get().matches("ArangoDB 3\\.1[12]\\.\\d+.*, role SINGLE, latency .+ms\\."),
                model.resultProperty().get());
        assertEquals(List.of(), prompts);
    }

    @Test
    void wrongPasswordIsOneSentenceAndTheDialogTestSaysSoToo() {
        ConnectionsViewModel model = model(new InMemorySecretStore());
        ProfileEditorViewModel editor = fill(model.editor(null), "bad", "nope");
        editor.test();
        assertFalse(editor.testOkProperty().get());
        assertEquals("The server at " + sandbox.url() + " refused user 'root': wrong password (401).",
                editor.testResultProperty().get());
    }

    @Test
    void aPasswordNoStoreKeepsIsAskedForOnceAndHeldInMemory() {
        ConnectionsViewModel first = model(new InMemorySecretStore());
        ProfileEditorViewModel editor = fill(first.editor(null), "prod", "pw-root");
        first.save(null, editor.validate().orElseThrow(), "pw-root", "");

        // A restart without keychain: the profile comes from the file, its password from nowhere.
        ConnectionsViewModel restarted = model(new InMemorySecretStore());
        restarted.setPasswordPrompt((profile, side) -> {
            prompts.add(profile + "/" + side);
            return Optional.of("pw-root");
        });
        restarted.activateSelected();
        assertEquals(List.of("prod/PRIMARY"), prompts);
        assertEquals(List.of("prod:pw-root", "use prod"), opened);
        assertEquals("prod", restarted.activeProperty().get());
        restarted.testSelected();
        assertEquals(1, prompts.size(), "asked once per session");
        assertTrue(restarted.resultOkProperty().get(), restarted.resultProperty().get());
    }

    @Test
    void aRefusedKeychainSaveIsSaidAndTheProfileSaysItIsAskedForWhenConnecting() {
        NativeKeychainSecretStore refusing = new NativeKeychainSecretStore(new NativeKeychainSecretStore.Backend() {
            @Override
            public String get(String service, String account) {
                return null;
            }

            @Override
            public void set(String service, String account, String secret) throws Exception {
                throw new IllegalStateException("User interaction is not allowed.");
            }

            @Override
            public void delete(String service, String account) {
            }
        }, "macOS Keychain");
        ConnectionsViewModel model = model(refusing);
        ProfileEditorViewModel editor = fill(model.editor(null), "prod", "pw-root");
        ConnectionProfile profile = editor.validate().orElseThrow();
        model.save(null, profile, "pw-root", "");

        assertEquals("Saved 'prod'. The OS keychain (macOS Keychain) refused the password, so it is not kept: it will "
                + "be asked for when connecting.", model.resultProperty().get());
        assertEquals("password asked for when connecting", model.passwordNote(profile));
        // This session still knows it: no prompt now.
        model.testSelected();
        assertTrue(model.resultOkProperty().get(), model.resultProperty().get());
        assertEquals(List.of(), prompts);
    }

    @Test
    void aKeptPasswordSaysWhereAndTheProfileNeedsNoNote() {
        ConnectionsViewModel model = model(new NativeKeychainSecretStore(new MapBackend(), "Windows Credential "
                + "Manager"));
        ConnectionProfile profile = fill(model.editor(null), "prod", "pw-root").validate().orElseThrow();
        model.save(null, profile, "pw-root", "");
        assertEquals("Saved 'prod'. Password: OS keychain (Windows Credential Manager).", model.resultProperty().get());
        assertEquals("", model.passwordNote(profile));
    }

    /** A keychain that keeps what it is given, like a working Credential Manager. */
    static final class MapBackend implements NativeKeychainSecretStore.Backend {
        final java.util.Map<String, String> items = new java.util.HashMap<>();

        @Override
        public String get(String service, String account) {
            return items.get(service + "/" + account);
        }

        @Override
        public void set(String service, String account, String secret) {
            items.put(service + "/" + account, secret);
        }

        @Override
        public void delete(String service, String account) {
            items.remove(service + "/" + account);
        }
    }

    @Test
    void cancellingThePromptConnectsNothing() {
        ConnectionsViewModel model = model(new InMemorySecretStore());
        model.save(null, ConnectionProfile.of("p", sandbox.url(), "demo"), "", "");
        ConnectionsViewModel restarted = model(new InMemorySecretStore());
        restarted.activateSelected();
        assertEquals(List.of(), opened);
        assertEquals("Cancelled: no password given for 'p'.", restarted.resultProperty().get());
        assertNull(restarted.activeProperty().get());
    }

    @Test
    void unknownDatabaseAndDeleteForgetTheSecret() {
        InMemorySecretStore secrets = new InMemorySecretStore();
        ConnectionsViewModel model = model(secrets);
        model.save(null, ConnectionProfile.of("p", sandbox.url(), "nope"), "pw-root", "");
        model.testSelected();
        assertEquals("Database 'nope' does not exist on " + sandbox.url() + ".", model.resultProperty().get());
        model.delete(model.selectedProperty().get());
        assertTrue(model.profiles().isEmpty());
        assertEquals(Optional.empty(), secrets.lookup("p", SecretStore.Side.PRIMARY));
    }

    @Test
    void deletingTheActiveProfileSwitchesToTheSandboxAtOnce() {
        ConnectionsViewModel model = model(new InMemorySecretStore());
        model.save(null, ConnectionProfile.of("prod", sandbox.url(), "demo"), "pw-root", "");
        model.activateSelected();
        assertEquals("prod", model.activeProperty().get());

        model.delete(model.selectedProperty().get());

        assertNull(model.activeProperty().get());
        assertEquals("use sandbox", opened.get(opened.size() - 1), "no pane keeps using the deleted server");
    }

    @Test
    void theSandboxIsAnEntryOfItsOwnActiveUndeletableAndNeverSaved() throws Exception {
        ConnectionsViewModel model = model(new InMemorySecretStore());
        ConnectionProfile sandboxEntry = model.entries().get(0);
        assertTrue(model.isSandbox(sandboxEntry));
        assertEquals(io.arangoconsole.core.connection.Environment.DEVELOPMENT, sandboxEntry.environment());
        assertTrue(model.isActive(sandboxEntry), "the console starts on the sandbox: its entry is marked");
        assertEquals(sandboxEntry, model.selectedProperty().get(), "with no profile, the sandbox is selected");

        model.save(null, ConnectionProfile.of("prod", sandbox.url(), "demo"), "pw-root", "");
        assertEquals(List.of("Sandbox", "prod"), model.entries().stream().map(ConnectionProfile::name).toList());
        model.delete(sandboxEntry);
        assertEquals(2, model.entries().size(), "the sandbox's entry cannot be deleted");
        assertFalse(Files.readString(dir.resolve("connections.json")).contains("in this process"),
                "the sandbox's entry is not saved as a profile");

        model.selectedProperty().set(model.entries().get(1));
        model.activateSelected();
        assertTrue(model.isActive(model.entries().get(1)));
        assertFalse(model.isActive(sandboxEntry), "one entry is marked active at a time");

        model.selectedProperty().set(sandboxEntry);
        model.activateSelected();
        assertEquals("use sandbox", opened.get(opened.size() - 1), "Set active on the sandbox switches to it");
        assertTrue(model.isActive(sandboxEntry));
        assertNull(model.activeProperty().get(), "and no saved profile is active");
    }

    @Test
    void anEnvironmentIsSavedWithTheProfile() {
        ConnectionsViewModel model = model(new InMemorySecretStore());
        model.save(null, ConnectionProfile.of("prod", sandbox.url(), "demo")
                .withEnvironment(io.arangoconsole.core.connection.Environment.PRODUCTION), "pw-root", "");

        ConnectionsViewModel restarted = model(new InMemorySecretStore());
        assertEquals(io.arangoconsole.core.connection.Environment.PRODUCTION,
                restarted.profiles().get(0).environment());
    }

    @Test
    void dialogMarksEachRefusedField() {
        ConnectionsViewModel model = model(new InMemorySecretStore());
        ProfileEditorViewModel editor = model.editor(null);
        editor.name.set("x");
        editor.primaryEndpoints.set("http//db1");
        editor.database.set("");
        editor.tls.set(true);
        editor.caFile.set(dir.resolve("missing-ca.pem").toString());
        editor.poolSize.set("many");
        assertTrue(editor.validate().isEmpty());
        assertEquals("'http//db1' is not a valid URL: use http://host:port or https://host:port.",
                editor.errorProperty(Field.PRIMARY_ENDPOINTS).get());
        assertEquals("Enter a database name, e.g. _system.", editor.errorProperty(Field.DATABASE).get());
        assertEquals("CA file not found: " + dir.resolve("missing-ca.pem") + ".",
                editor.errorProperty(Field.CA_FILE).get());
        assertEquals("Pool size must be a whole number from 1 to 1000.", editor.errorProperty(Field.POOL_SIZE).get());
        assertEquals("", editor.errorProperty(Field.NAME).get());

        editor.primaryEndpoints.set(sandbox.url());
        editor.database.set("demo");
        editor.tls.set(false);
        editor.poolSize.set("20");
        assertTrue(editor.validate().isPresent());
        assertEquals("", editor.errorProperty(Field.DATABASE).get(), "fixed fields are unmarked");
    }

    @Test
    void thePaneFollowsWhereReadsGo() {
        ManualPoller poller = new ManualPoller();
        ConnectionsViewModel model = new ConnectionsViewModel(new InlineTaskRunner(), poller, new ProfileStore(dir),
                new InMemorySecretStore(), new ConnectionTester()::test, null, op -> new Route<>(null, readLabel[0]));
        readLabel[0] = Route.REPLICA;
        model.activate();
        assertEquals("replica", model.readRouteProperty().get());
        readLabel[0] = Route.FALLBACK;
        poller.tick();
        assertEquals("replica unavailable, from primary", model.readRouteProperty().get());
        model.deactivate();
        readLabel[0] = Route.REPLICA;
        poller.tick();
        assertEquals("replica unavailable, from primary", model.readRouteProperty().get(), "hidden: no polling");
    }
}
