package io.arangoconsole.app;

import io.arangoconsole.core.arango.ArangoClients;
import io.arangoconsole.core.arango.ArangoSyncConnector;
import io.arangoconsole.core.connection.ConnectionTarget;
import io.arangoconsole.core.sync.SyncHistory;
import io.arangoconsole.core.sync.SyncJobs;
import io.arangoconsole.settings.AppDirs;
import io.arangoconsole.ui.common.TaskRunner;
import io.arangoconsole.ui.common.UiThread;
import io.arangoconsole.ui.sync.SyncViewModel;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
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

    SyncWiring(ArangoClients clients, AppDirs dirs, TaskRunner tasks, ReadOnlyObjectProperty<ConnectionTarget> target) {
        this.jobs = new SyncJobs(new ArangoSyncConnector(clients), history(dirs),
                collection -> writtenHooks.forEach(h -> h.accept(collection)), JOBS_AT_ONCE);
        this.model = new SyncViewModel(jobs, history(dirs), tasks, UiThread.fx(), target);
        this.sourceIndexes = new SourceIndexes(clients);
        model.setIndexBuilder(sourceIndexes);
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
