package io.arangoconsole.ui.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.arangoconsole.core.indexes.IndexJob;
import io.arangoconsole.ui.sync.SyncJobRow;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.junit.jupiter.api.Test;

/** The index builds of the Indexes pane's queue as the Jobs pane and the status bar show them. */
class JobsViewModelTest {

    private final ObservableList<IndexJob> builds = FXCollections.observableArrayList();
    private final List<IndexJob> cancelled = new ArrayList<>();
    private int cleared;
    private final JobsViewModel model = new JobsViewModel(FXCollections.<SyncJobRow>observableArrayList(), builds,
            cancelled::add, () -> cleared++, () -> cleared++);

    private static IndexJob job(long id, IndexJob.State state, double percent, String message) {
        return new IndexJob(id, "va_table", List.of("status"), state, percent, Duration.ofSeconds(75),
                state == IndexJob.State.RUNNING ? Duration.ofSeconds(12) : null, message, null, null);
    }

    @Test
    void queuedAndRunningBuildsAreCountedInTheStatusBarAndShowTheirProgress() {
        assertEquals("", model.summaryProperty().get(), "nothing runs: the status bar shows nothing");
        builds.setAll(job(1, IndexJob.State.RUNNING, 40, "Building"), job(2, IndexJob.State.QUEUED, 0, "Waiting"));

        assertEquals("2 background jobs running", model.summaryProperty().get());
        JobItem running = model.items().get(0);
        assertEquals(JobItem.Kind.INDEX_BUILD, running.kind());
        assertEquals("va_table [status]", running.titleProperty().get());
        assertEquals(0.4, running.fractionProperty().get(), 1e-9);
        assertEquals("40%", running.progressProperty().get());
        assertEquals("elapsed 1 min 15 s \u00b7 ETA 12 s", running.detailProperty().get());
        assertEquals("running: Building", running.stateProperty().get());
        assertEquals(job(1, IndexJob.State.RUNNING, 40, "Building"), running.runningBuild(),
                "a running build is confirmed before its cancel drops it");
        assertFalse(running.canPause(), "ArangoDB cannot pause a build");
        assertNull(model.items().get(1).runningBuild(), "a queued job leaves at once");
    }

    @Test
    void anUpdatedBuildKeepsItsRowAndAFinishedOneStopsCounting() {
        builds.setAll(job(1, IndexJob.State.RUNNING, 40, "Building"));
        JobItem item = model.items().get(0);

        builds.setAll(job(1, IndexJob.State.DONE, 100, "Created as idx_1"));

        assertSame(item, model.items().get(0), "the same row, updated in place");
        assertEquals(1.0, item.fractionProperty().get());
        assertFalse(item.activeProperty().get());
        assertEquals("", model.summaryProperty().get());
    }

    @Test
    void cancelReachesTheQueueWithTheJobAsItIsNowAndClearFinishedBothPanes() {
        builds.setAll(job(7, IndexJob.State.QUEUED, 0, "Waiting"));
        JobItem item = model.items().get(0);
        builds.setAll(job(7, IndexJob.State.RUNNING, 5, "Building"));

        item.cancel();
        model.clearFinished();

        assertEquals(List.of(job(7, IndexJob.State.RUNNING, 5, "Building")), cancelled);
        assertEquals(2, cleared);
    }
}
