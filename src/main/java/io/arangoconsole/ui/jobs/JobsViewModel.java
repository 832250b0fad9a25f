package io.arangoconsole.ui.jobs;

import io.arangoconsole.core.indexes.IndexJob;
import io.arangoconsole.core.sync.SyncState;
import io.arangoconsole.ui.common.Formats;
import io.arangoconsole.ui.sync.SyncJobRow;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/**
 * Every background job of the console in one list, whichever pane started it: the syncs of the Sync pane (live, with
 * pause, resume and cancel) and the index builds of the Indexes pane's queue (with cancel), plus a one-line summary
 * for the status bar. Follows the panes' own lists; lives on the FX thread like them.
 */
public final class JobsViewModel {

    private final ObservableList<SyncJobRow> syncs;
    private final ObservableList<IndexJob> builds;
    private final Consumer<IndexJob> cancelBuild;
    private final Runnable clearFinishedSyncs;
    private final Runnable clearFinishedBuilds;
    private final Map<SyncJobRow, JobItem> syncItems = new IdentityHashMap<>();
    private final Map<Long, JobItem> buildItems = new HashMap<>();
    private final ObservableList<JobItem> items = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");

    /**
     * @param cancelBuild cancels a build in the Indexes pane's queue (a running one is dropped: confirm first)
     */
    public JobsViewModel(ObservableList<SyncJobRow> syncs, ObservableList<IndexJob> builds,
                         Consumer<IndexJob> cancelBuild, Runnable clearFinishedSyncs, Runnable clearFinishedBuilds) {
        this.syncs = syncs;
        this.builds = builds;
        this.cancelBuild = cancelBuild;
        this.clearFinishedSyncs = clearFinishedSyncs;
        this.clearFinishedBuilds = clearFinishedBuilds;
        syncs.addListener((ListChangeListener<SyncJobRow>) c -> rebuild());
        builds.addListener((ListChangeListener<IndexJob>) c -> rebuild());
        rebuild();
    }

    /** The jobs, newest sync first, then the index queue in its order. */
    public ObservableList<JobItem> items() {
        return items;
    }

    /** "2 background jobs running, 1 paused", "1 background job paused", or empty when none is under way. */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** Removes ended jobs here and in their panes (syncs stay in the Sync pane's history). */
    public void clearFinished() {
        clearFinishedSyncs.run();
        clearFinishedBuilds.run();
    }

    private void rebuild() {
        List<JobItem> now = new ArrayList<>();
        for (SyncJobRow row : syncs) {
            now.add(syncItems.computeIfAbsent(row, this::syncItem));
        }
        syncItems.keySet().retainAll(new ArrayList<>(syncs));
        List<Long> ids = new ArrayList<>();
        for (IndexJob job : builds) {
            JobItem item = buildItems.computeIfAbsent(job.id(), id -> buildItem(job));
            update(item, job);
            now.add(item);
            ids.add(job.id());
        }
        buildItems.keySet().retainAll(ids);
        if (!now.equals(items)) {
            items.setAll(now);
        }
        recount();
    }

    private JobItem syncItem(SyncJobRow row) {
        JobItem item = new JobItem(JobItem.Kind.SYNC, row::pause, row::resume, row::cancel);
        item.title.set(row.title());
        item.description.set(row.description());
        item.fraction.bind(row.fractionProperty());
        item.progress.bind(row.doneProperty());
        item.detail.bind(Bindings.createStringBinding(() -> join(row.rateProperty().get(),
                        prefixed("ETA ", row.etaProperty().get()), errors(row.errorsProperty().get()),
                        prefixed("at ", row.watermarkProperty().get())),
                row.rateProperty(), row.etaProperty(), row.errorsProperty(), row.watermarkProperty()));
        item.state.bind(row.statusProperty());
        item.active.bind(Bindings.createBooleanBinding(() -> !row.stateProperty().get().isFinal(),
                row.stateProperty()));
        item.paused.bind(row.stateProperty().isEqualTo(SyncState.PAUSED));
        item.active.addListener((obs, was, is) -> recount());
        item.paused.addListener((obs, was, is) -> recount());
        return item;
    }

    private JobItem buildItem(IndexJob first) {
        return new JobItem(JobItem.Kind.INDEX_BUILD, null, null, () -> builds.stream()
                .filter(j -> j.id() == first.id() && !j.state().finished()).findFirst().ifPresent(cancelBuild));
    }

    private static void update(JobItem item, IndexJob job) {
        item.title.set(job.describe());
        item.description.set("Index on " + job.describe() + ", built in the background on the primary");
        boolean unknown = job.state() == IndexJob.State.RUNNING && job.percent() <= 0;
        item.fraction.set(unknown ? -1 : job.state() == IndexJob.State.DONE ? 1 : job.percent() / 100);
        item.progress.set(unknown || job.state() == IndexJob.State.QUEUED ? ""
                : String.format(Locale.ROOT, "%.0f%%", job.state() == IndexJob.State.DONE ? 100 : job.percent()));
        item.detail.set(join(prefixed("elapsed ", job.elapsed().isZero() ? "" : Formats.duration(job.elapsed())),
                prefixed("ETA ", Formats.duration(job.eta()))));
        String state = job.state().name().toLowerCase(Locale.ROOT);
        item.state.set(job.message() == null || job.message().isBlank() ? state : state + ": " + job.message());
        item.active.set(!job.state().finished());
        item.runningBuild.set(job.state() == IndexJob.State.RUNNING ? job : null);
    }

    private void recount() {
        long active = items.stream().filter(i -> i.active.get()).count();
        long paused = items.stream().filter(i -> i.active.get() && i.paused.get()).count();
        long running = active - paused;
        List<String> parts = new ArrayList<>();
        if (running > 0) {
            parts.add(running + (running == 1 ? " background job running" : " background jobs running"));
        }
        if (paused > 0) {
            parts.add(running > 0 ? paused + " paused" : paused + (paused == 1 ? " background job paused"
                    : " background jobs paused"));
        }
        summary.set(String.join(", ", parts));
    }

    private static String errors(String count) {
        return count == null || count.isEmpty() || "0".equals(count) ? "" : count + " errors";
    }

    private static String prefixed(String prefix, String value) {
        return value == null || value.isEmpty() ? "" : prefix + value;
    }

    private static String join(String... parts) {
        StringBuilder out = new StringBuilder();
        for (String p : parts) {
            if (p != null && !p.isEmpty()) {
                out.append(out.length() == 0 ? "" : " \u00b7 ").append(p);
            }
        }
        return out.toString();
    }
}
