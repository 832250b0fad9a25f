package io.arangoconsole.ui.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.arangoconsole.core.indexes.IndexJob;
import io.arangoconsole.ui.indexes.BackgroundBuild;
import io.arangoconsole.ui.sync.SyncJobRow;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.junit.jupiter.api.Test;

/** The index builds of the Indexes pane's queue as the Jobs pane and the status bar show them. */
class JobsViewModelTest {

    private final ObservableList<BackgroundBuild> builds = FXCollections.observableArrayList();
    private final List<BackgroundBuild> cancelled = new ArrayList<>();
    private int cleared;
    private final JobsViewModel model = new JobsViewModel(FXCollections.<SyncJobRow>observableArrayList(), builds,
            cancelled::add, () -> cleared++, () -> cleared++);

    private static final String SERVER = "http://db1:8529";

    private static List<BackgroundBuild> on(IndexJob... jobs) {
        return java.util.Arrays.stream(jobs).map(j -> new BackgroundBuild(SERVER, j, null)).toList();
    }

    private static IndexJob job(long id, IndexJob.State state, double percent, String message) {
        return new IndexJob(id, "va_table", List.of("status"), state, percent, Duration.ofSeconds(75),
                state == IndexJob.State.RUNNING ? Duration.ofSeconds(12) : null, message, null, null);
    }

    @Test
    void scheduledBuildsAreCountedApartFromQueuedOnes() {
        builds.setAll(on(job(1, IndexJob.State.RUNNING, 40, "Building"),
                job(2, IndexJob.State.QUEUED, 0, "Waiting"),
                job(3, IndexJob.State.SCHEDULED, 0, "window 02:00-04:00"),
                job(4, IndexJob.State.SCHEDULED, 0, "window 02:00-04:00")));
        assertEquals("1 background job running, 1 queued, 2 scheduled", model.summaryProperty().get());
        builds.setAll(on(job(3, IndexJob.State.SCHEDULED, 0, "window 02:00-04:00")));
        assertEquals("1 background job scheduled", model.summaryProperty().get());
    }

    @Test
    void queuedAndRunningBuildsAreCountedInTheStatusBarAndShowTheirProgress() {
        assertEquals("", model.summaryProperty().get(), "nothing runs: the status bar shows nothing");
        builds.setAll(on(job(1, IndexJob.State.RUNNING, 40, "Building"),
                job(2, IndexJob.State.QUEUED, 0, "Waiting")));

        assertEquals("1 background job running, 1 queued", model.summaryProperty().get(),
                "a queued build is not running");
        JobItem running = model.items().get(0);
        assertEquals(JobItem.Kind.INDEX_BUILD, running.kind());
        assertEquals("va_table [status]", running.titleProperty().get());
        assertEquals(0.4, running.fractionProperty().get(), 1e-9);
        assertEquals("40%", running.progressProperty().get());
        assertEquals("elapsed 1 min 15 s \u00b7 ETA 12 s", running.detailProperty().get());
        assertEquals(SERVER, running.serverProperty().get(), "the server the build runs against");
        assertEquals("running: Building", running.stateProperty().get());
        assertEquals(job(1, IndexJob.State.RUNNING, 40, "Building"), running.runningBuild(),
                "a running build is confirmed before its cancel drops it");
        assertFalse(running.canPause(), "ArangoDB cannot pause a build");
        assertNull(model.items().get(1).runningBuild(), "a queued job leaves at once");
    }

    @Test
    void anUpdatedBuildKeepsItsRowAndAFinishedOneStopsCounting() {
        builds.setAll(on(job(1, IndexJob.State.RUNNING, 40, "Building")));
        JobItem item = model.items().get(0);

        builds.setAll(on(job(1, IndexJob.State.DONE, 100, "Created as idx_1")));

        assertSame(item, model.items().get(0), "the same row, updated in place");
        assertEquals(1.0, item.fractionProperty().get());
        assertFalse(item.activeProperty().get());
        assertEquals("", model.summaryProperty().get());
    }

    @Test
    void cancelReachesTheQueueWithTheJobAsItIsNowAndClearFinishedBothPanes() {
        builds.setAll(on(job(7, IndexJob.State.QUEUED, 0, "Waiting")));
        JobItem item = model.items().get(0);
        builds.setAll(on(job(7, IndexJob.State.RUNNING, 5, "Building")));

        item.cancel();
        model.clearFinished();

        assertEquals(on(job(7, IndexJob.State.RUNNING, 5, "Building")), cancelled);
        assertEquals(2, cleared);
    }

    @Test
    void buildsOfTwoConnectionsAreBothListedWithTheirServer() {
        IndexJob one = job(1, IndexJob.State.RUNNING, 40, "Building");
        builds.setAll(new BackgroundBuild("http://old:8529", one, null),
                new BackgroundBuild("http://new:8529", job(1, IndexJob.State.QUEUED, 0, "Waiting"), null));

        assertEquals(2, model.items().size(), "same job id on two servers: two rows");
        assertEquals(List.of("http://old:8529", "http://new:8529"),
                model.items().stream().map(i -> i.serverProperty().get()).toList());
    }
}
