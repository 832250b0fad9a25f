package io.arangoconsole.ui.sync;

import io.arangoconsole.settings.SyncDefaults;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.arangoconsole.core.arango.ArangoClients;
import io.arangoconsole.core.arango.ArangoServerCatalog;
import io.arangoconsole.core.arango.ArangoSyncConnector;
import io.arangoconsole.core.arango.IndexConnections;
import io.arangoconsole.core.connection.ConnectionProfile;
import io.arangoconsole.core.connection.ConnectionTarget;
import io.arangoconsole.core.indexes.IndexSpec;
import io.arangoconsole.core.sync.SyncHistory;
import io.arangoconsole.core.sync.SyncJobs;
import io.arangoconsole.sandbox.Sandbox;
import io.arangoconsole.sandbox.SandboxConfig;
import io.arangoconsole.ui.common.InlineTaskRunner;
import io.arangoconsole.ui.common.TaskRunner;
import io.arangoconsole.ui.common.UiThread;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Sync form's pickers against two sandboxes over real HTTP: a source with a password, and the target. */
class SyncPickersTest {

    static final String SOURCE_PASSWORD = "src-pw";
    static Sandbox source;
    static Sandbox target;
    @TempDir
    Path dir;
    private ArangoClients clients;
    private SyncJobs jobs;
    private SyncViewModel model;
    private final List<String> taskNames = new ArrayList<>();

    @BeforeAll
    static void start() {
        source = Sandbox.start(new SandboxConfig("127.0.0.1", 0, 300, 42, true, SOURCE_PASSWORD));
        source.store().createDatabase("archive").create("old_runs", 2, false);
        target = Sandbox.start(SandboxConfig.defaults().withRecords(0));
        try (IndexConnections indexes = new IndexConnections()) {
            ConnectionTarget demo = new ConnectionTarget(source.url(), "root", SOURCE_PASSWORD, "demo",
                    ConnectionTarget.Label.PRIMARY);
            indexes.gateway(demo).create(IndexSpec.of("va_table", "submissiondate", "_key"));
            indexes.gateway(demo).create(IndexSpec.of("va_table", "status"));
        }
    }

    @AfterAll
    static void stop() {
        source.close();
        target.close();
    }

    @BeforeEach
    void build() {
        clients = new ArangoClients();
        SyncHistory history = new SyncHistory(dir.resolve("sync-history.jsonl"));
        jobs = new SyncJobs(new ArangoSyncConnector(clients), history, c -> { }, 1);
        ConnectionTarget primary = new ConnectionTarget(target.url(), "root", "", "demo",
                ConnectionTarget.Label.PRIMARY);
        ConnectionProfile staging = ConnectionProfile.of("staging", source.url(), "demo");
        SavedSources saved = new SavedSources() {
            @Override
            public List<ConnectionProfile> profiles() {
                return List.of(staging);
            }

            @Override
            public Optional<String> password(ConnectionProfile profile) {
                return Optional.of(SOURCE_PASSWORD);
            }
        };
        TaskRunner recording = new TaskRunner() {
            private final InlineTaskRunner inline = new InlineTaskRunner();

            @Override
            public <T> Cancellable run(String name, Callable<T> work, Consumer<? super T> onSuccess,
                                       Consumer<? super Throwable> onFailure) {
                taskNames.add(name);
                return inline.run(name, work, onSuccess, onFailure);
            }
        };
        model = new SyncViewModel(jobs, history, recording, UiThread.inline(), new SimpleObjectProperty<>(primary),
                new ArangoServerCatalog(clients), saved);
        model.setCheckpoints(SyncDefaults.CHECKPOINTS);
        model.activate();
    }

    @AfterEach
    void close() {
        jobs.close();
        clients.close();
    }

    @Test
    void aSavedProfileFillsTheSourceConnectsAndListsBothSides() {
        SyncPickers pickers = model.pickers();
        assertEquals(2, pickers.servers().size(), "typed URL and the saved profile");
        assertEquals("staging", pickers.servers().get(1).label());

        model.form().sourceServer.set(pickers.servers().get(1));

        assertEquals(source.url(), model.form().sourceUrl.get());
        assertEquals("demo", model.form().sourceDatabase.get());
        assertEquals(SOURCE_PASSWORD, model.form().sourcePassword.get(), "the kept password, looked up");
        assertEquals(List.of("_system", "archive", "demo"), pickers.sourceDatabases());
        assertEquals(List.of("ccva_results", "system_configs", "va_table"), pickers.sourceCollections());
        assertEquals(List.of("ccva_results", "system_configs", "va_table"), pickers.targetCollections());
        assertTrue(pickers.statusOkProperty().get(), pickers.statusProperty().get());
        assertEquals("Connected: the source has 3 databases, 3 collections in 'demo'; the target database 'demo' "
                + "has 3 collections.", pickers.statusProperty().get());
        assertTrue(taskNames.contains("list source and target"), "listed by the task runner, off the FX thread");
    }

    @Test
    void anotherSourceDatabaseListsItsCollections() {
        typedSource(SOURCE_PASSWORD);
        model.pickers().connect();
        model.form().sourceDatabase.set("archive");
        assertEquals(List.of("old_runs"), model.pickers().sourceCollections());
    }

    @Test
    void theWatermarkOffersTheIndexedAttributesOfTheSourceCollection() {
        typedSource(SOURCE_PASSWORD);
        model.pickers().connect();
        model.form().sourceCollection.set("va_table");
        assertEquals(List.of("submissiondate", "status"), model.pickers().watermarks());
        assertEquals("submissiondate", model.form().watermark.get(), "an empty field takes the first");
        assertEquals("2 indexed attributes of 'va_table' offered as watermark.",
                model.pickers().statusProperty().get());

        model.form().sourceCollection.set("ccva_results");
        assertEquals(List.of(), model.pickers().watermarks());
        assertEquals("No attribute of 'ccva_results' has an index: type the watermark attribute.",
                model.pickers().statusProperty().get());
        assertEquals("submissiondate", model.form().watermark.get(), "what the user has is kept");
    }

    @Test
    void aWrongSourcePasswordNamesTheSourceAndTheTargetStillLists() {
        typedSource("wrong");
        model.pickers().connect();
        assertFalse(model.pickers().statusOkProperty().get());
        assertEquals("The source at " + source.url() + " refused user 'root': wrong password (401).",
                model.pickers().statusProperty().get());
        assertEquals(List.of("ccva_results", "system_configs", "va_table"), model.pickers().targetCollections());
        assertTrue(model.pickers().sourceCollections().isEmpty());
    }

    @Test
    void aReplicaTargetThatRefusesTheCredentialsIsNamedAsTheTarget() {
        typedSource(SOURCE_PASSWORD);
        model.form().targetKind.set(SyncForm.TargetKind.REPLICA);
        // The replica deployment is written with the current connection's credentials, which it refuses.
        model.form().replicaUrl.set(source.url());
        model.pickers().connect();
        assertFalse(model.pickers().statusOkProperty().get());
        assertEquals("The target at " + source.url() + " refused user 'root': wrong password (401).",
                model.pickers().statusProperty().get());
        assertEquals(List.of("ccva_results", "system_configs", "va_table"), model.pickers().sourceCollections(),
                "the source side still lists");
    }

    @Test
    void anUnknownSourceCollectionIsOneSentenceAboutTheSource() {
        typedSource(SOURCE_PASSWORD);
        model.pickers().connect();
        model.form().sourceCollection.set("nope");
        assertEquals("The source database 'demo' has no collection 'nope'.",
                model.pickers().statusProperty().get());
    }

    @Test
    void aFileSourceListsOnlyTheTargetAndForgetsTheSourceLists() {
        typedSource(SOURCE_PASSWORD);
        model.pickers().connect();
        model.form().sourceCollection.set("va_table");
        model.form().sourceKind.set(SyncForm.SourceKind.FILE);
        assertTrue(model.pickers().sourceCollections().isEmpty());
        assertTrue(model.pickers().watermarks().isEmpty());
        assertEquals("", model.pickers().statusProperty().get());
        model.pickers().connect();
        assertEquals("Connected: the target database 'demo' has 3 collections.",
                model.pickers().statusProperty().get());
    }

    @Test
    void withoutASourceUrlConnectSaysWhatIsMissing() {
        model.pickers().connect();
        assertEquals("Choose a saved connection or fill in the source URL.", model.pickers().statusProperty().get());
    }

    private void typedSource(String password) {
        model.form().sourceUrl.set(source.url());
        model.form().sourceDatabase.set("demo");
        model.form().sourcePassword.set(password);
    }
}
