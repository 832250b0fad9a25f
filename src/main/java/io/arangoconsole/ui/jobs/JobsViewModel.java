package io.arangoconsole.ui.jobs;

import io.arangoconsole.core.cluster.ShardMove;
import io.arangoconsole.core.indexes.IndexJob;
import io.arangoconsole.core.sync.SyncState;
import io.arangoconsole.ui.indexes.BackgroundBuild;
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
    private final ObservableList<BackgroundBuild> builds;
    private final Consumer<BackgroundBuild> cancelBuild;
    private final Runnable clearFinishedSyncs;
    private final Runnable clearFinishedBuilds;
    private final Map<SyncJobRow, JobItem> syncItems = new IdentityHashMap<>();
    private final Map<String, JobItem> buildItems = new HashMap<>();
    private final ObservableList<JobItem> items = FXCollections.observableArrayList();
    private final Map<ShardMoveRow, JobItem> moveItems = new IdentityHashMap<>();
    private ShardMoveJobs moves;
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");

    /**
     * @param builds      the index builds of every connection used in this session, with their server
     * @param cancelBuild cancels a build in its queue (a running one is dropped: confirm first)
     */
    public JobsViewModel(ObservableList<SyncJobRow> syncs, ObservableList<BackgroundBuild> builds,
                         Consumer<BackgroundBuild> cancelBuild, Runnable clearFinishedSyncs, Runnable clearFinishedBuilds) {
        this.syncs = syncs;
        this.builds = builds;
        this.cancelBuild = cancelBuild;
        this.clearFinishedSyncs = clearFinishedSyncs;
        this.clearFinishedBuilds = clearFinishedBuilds;
        syncs.addListener((ListChangeListener<SyncJobRow>) c -> rebuild());
        builds.addListener((ListChangeListener<BackgroundBuild>) c -> rebuild());
        rebuild();
    }

    /** Lists the shard moves executed from the Cluster pane too, after the index builds. */
    public void followMoves(ShardMoveJobs shardMoves) {
        this.moves = shardMoves;
        shardMoves.rows().addListener((ListChangeListener<ShardMoveRow>) c -> rebuild());
        rebuild();
    }

    /** The jobs, newest sync first, then the index queue in its order, then shard moves. */
    public ObservableList<JobItem> items() {
        return items;
    }

    /**
     * "1 background job running, 4 queued, 2 scheduled, 1 paused", "1 background job paused", or empty when none is
     * under way: queued jobs are not counted as running, builds waiting for their window not as queued.
     */
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
        List<String> ids = new ArrayList<>();
        for (BackgroundBuild build : builds) {
            JobItem item = buildItems.computeIfAbsent(build.key(), id -> buildItem(build));
            update(item, build);
            now.add(item);
            ids.add(build.key());
        }
        buildItems.keySet().retainAll(ids);
        if (moves != null) {
            for (ShardMoveRow row : moves.rows()) {
                now.add(moveItems.computeIfAbsent(row, this::moveItem));
            }
            moveItems.keySet().retainAll(new ArrayList<>(moves.rows()));
        }
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
        item.server.set(row.server());
        item.detail.bind(Bindings.createStringBinding(() -> join(row.rateProperty().get(),
                        prefixed("ETA ", row.etaProperty().get()), prefixed("at ", row.watermarkProperty().get())),
                row.rateProperty(), row.etaProperty(), row.watermarkProperty()));
        item.rejected.bind(row.errorsProperty());
        item.queued.bind(row.stateProperty().isEqualTo(SyncState.PENDING));
        item.state.bind(row.statusProperty());
        item.active.bind(Bindings.createBooleanBinding(() -> !row.stateProperty().get().isFinal(),
                row.stateProperty()));
        item.paused.bind(row.stateProperty().isEqualTo(SyncState.PAUSED));
        item.active.addListener((obs, was, is) -> recount());
        item.paused.addListener((obs, was, is) -> recount());
        item.queued.addListener((obs, was, is) -> recount());
        return item;
    }

    private JobItem moveItem(ShardMoveRow row) {
        JobItem item = new JobItem(JobItem.Kind.SHARD_MOVE, null, null, () -> moves.cancel(row));
        ShardMove m = row.move();
        item.title.set(m.shard() + ": " + m.from() + " \u2192 " + m.to() + (m.isLeader() ? " (leader)" : ""));
        item.description.set("Shard " + m.shard() + " of database " + m.database() + " moved from " + m.from()
                + " to " + m.to() + ", agency job " + (row.id() == null ? "none" : row.id()));
        item.server.set(row.target().endpoint());
        ShardMoveRows.show(item, row.jobProperty().get());
        row.jobProperty().addListener((obs, was, now) -> {
            ShardMoveRows.show(item, now);
            recount();
        });
        return item;
    }

    private JobItem buildItem(BackgroundBuild first) {
        return new JobItem(JobItem.Kind.INDEX_BUILD, null, null, () -> builds.stream()
                .filter(b -> b.key().equals(first.key()) && !b.job().state().finished()).findFirst()
                .ifPresent(cancelBuild));
    }

    private static void update(JobItem item, BackgroundBuild build) {
        IndexJob job = build.job();
        item.server.set(build.server());
        boolean waiting = job.state() == IndexJob.State.QUEUED || job.state() == IndexJob.State.SCHEDULED;
        item.queued.set(waiting);
        item.scheduled.set(job.state() == IndexJob.State.SCHEDULED);
        item.title.set(job.describe());
        item.description.set("Index on " + job.describe() + ", built in the background on " + build.server());
        boolean unknown = job.state() == IndexJob.State.RUNNING && job.percent() <= 0;
        item.fraction.set(unknown ? -1 : job.state() == IndexJob.State.DONE ? 1 : job.percent() / 100);
        item.progress.set(unknown || waiting ? ""
                : Formats.progress(job.state() == IndexJob.State.DONE ? 100 : job.percent(), job.shards()));
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
        long scheduled = items.stream().filter(i -> i.active.get() && !i.paused.get() && i.scheduled.get()).count();
        long queued = items.stream().filter(i -> i.active.get() && !i.paused.get() && i.queued.get()).count()
                - scheduled;
        long running = active - paused - queued - scheduled;
        List<String> parts = new ArrayList<>();
        for (long[] n : new long[][] {{running, 0}, {queued, 1}, {scheduled, 3}, {paused, 2}}) {
            String word = n[1] == 0 ? "running" : n[1] == 1 ? "queued" : n[1] == 3 ? "scheduled" : "paused";
            if (n[0] > 0) {
                parts.add(parts.isEmpty() ? n[0] + (n[0] == 1 ? " background job " : " background jobs ") + word
                        : n[0] + " " + word);
            }
        }
        summary.set(String.join(", ", parts));
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
