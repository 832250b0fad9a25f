package io.arangoconsole.app;

import io.arangoconsole.core.arango.ArangoClients;
import io.arangoconsole.core.arango.ArangoServerCatalog;
import io.arangoconsole.core.arango.ArangoSyncConnector;
import io.arangoconsole.core.connection.ConnectionProfile;
import io.arangoconsole.core.connection.SecretStore;
import io.arangoconsole.core.connection.ConnectionTarget;
import io.arangoconsole.core.indexes.IndexService;
import io.arangoconsole.core.sync.SyncHistory;
import io.arangoconsole.core.sync.SyncJobs;
import io.arangoconsole.settings.AppDirs;
import io.arangoconsole.settings.SyncDefaults;
import io.arangoconsole.settings.ProfileStore;
import io.arangoconsole.ui.common.TaskRunner;
import io.arangoconsole.ui.common.UiThread;
import io.arangoconsole.ui.sync.SavedSources;
import io.arangoconsole.ui.sync.SyncViewModel;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;

/**
 * The sync part of the composition root: jobs run on their own bounded pool, their history is kept in the data
 * directory, and a run that wrote into a collection tells the collection-written hooks.
 */
final class SyncWiring implements AutoCloseable {

    /** Several jobs may run at once; more wait in the queue rather than starve the machine. */
    private static final int JOBS_AT_ONCE = 3;
    private final List<Consumer<String>> writtenHooks = new CopyOnWriteArrayList<>();
    private final SyncJobs jobs;
    private final SourceIndexes sourceIndexes;
    final SyncViewModel model;

    /** @param followBuilds lists a source server's index queue in the Jobs pane (see {@link SourceIndexes}) */
    SyncWiring(ArangoClients clients, AppDirs dirs, TaskRunner tasks, ReadOnlyObjectProperty<ConnectionTarget> target,
               SavedSources saved, BiConsumer<String, IndexService> followBuilds) {
        this.jobs = new SyncJobs(new ArangoSyncConnector(clients), history(dirs),
                collection -> writtenHooks.forEach(h -> h.accept(collection)), JOBS_AT_ONCE);
        this.model = new SyncViewModel(jobs, history(dirs), tasks, UiThread.fx(), target,
                new ArangoServerCatalog(clients), saved);
        this.sourceIndexes = new SourceIndexes(clients, followBuilds);
        model.setIndexBuilder(sourceIndexes);
        model.setFileOpener(SyncWiring::openWithDesktop);
        model.setCheckpoints(SyncDefaults.CHECKPOINTS);
    }

    /** The saved profiles as sync sources, with the passwords the keychain keeps for them. */
    static SavedSources savedSources(ProfileStore profiles, SecretStore secrets) {
        return new SavedSources() {
            @Override
            public List<ConnectionProfile> profiles() {
                return profiles.load().profiles();
            }

            @Override
            public Optional<String> password(ConnectionProfile profile) {
                return secrets.lookup(profile.name(), SecretStore.Side.PRIMARY);
            }
        };
    }

    /** Opens a file with the desktop's application for it (the rejects file of a run). */
    private static void openWithDesktop(java.nio.file.Path file) throws Exception {
        if (!java.awt.Desktop.isDesktopSupported()
                || !java.awt.Desktop.getDesktop().isSupported(java.awt.Desktop.Action.OPEN)) {
            io.arangoconsole.ui.sync.FileOpener.NONE.open(file);
        }
        java.awt.Desktop.getDesktop().open(file.toFile());
    }

    private static SyncHistory history(AppDirs dirs) {
        return new SyncHistory(dirs.dataDir().resolve(SyncHistory.FILE_NAME));
    }

    /** Runs {@code hook} with the name of a collection a sync wrote into, on a sync thread. */
    void onCollectionWritten(Consumer<String> hook) {
        writtenHooks.add(hook);
    }

    @Override
    public void close() {
        jobs.close();
        sourceIndexes.close();
    }
}
