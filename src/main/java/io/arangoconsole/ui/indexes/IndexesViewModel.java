package io.arangoconsole.ui.indexes;

import io.arangoconsole.core.indexes.BuildWindow;
import io.arangoconsole.core.indexes.DiffRow;
import io.arangoconsole.core.indexes.DiffStatus;
import io.arangoconsole.core.indexes.IndexDiff;
import io.arangoconsole.core.indexes.IndexGatewayException;
import io.arangoconsole.core.indexes.IndexJob;
import io.arangoconsole.core.indexes.IndexPlan;
import io.arangoconsole.core.indexes.IndexPlanFile;
import io.arangoconsole.core.indexes.PlanStarts;
import io.arangoconsole.core.indexes.ProofQueries;
import io.arangoconsole.core.indexes.IndexService;
import io.arangoconsole.core.indexes.PlanFormatException;
import io.arangoconsole.core.insight.AdvicePlans;
import io.arangoconsole.core.insight.IndexUsage;
import io.arangoconsole.ui.common.Formats;
import io.arangoconsole.ui.common.TaskRunner;
import io.arangoconsole.ui.common.UiThread;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Indexes pane: the plan held against the primary, per collection; builds through the visible queue; drops;
 * loading and saving plans; the explain proof. Every server call and file access runs through {@link TaskRunner};
 * the queue's coalesced updates reach this model only through {@link UiThread}.
 */
public final class IndexesViewModel {
    private final TaskRunner tasks;
    private final UiThread ui;
    private final Runnable indexesChanged;
    private final ProofModel proof;
    private final WorkloadUsage usage;
    private final ObservableList<DiffRow> rows = FXCollections.observableArrayList();
    private final ObservableList<IndexJob> jobs = FXCollections.observableArrayList();
    private final ObservableList<BackgroundBuild> allBuilds = FXCollections.observableArrayList();
    private final ObjectProperty<DiffRow> selected = new SimpleObjectProperty<>(this, "selected");
    private final StringProperty planName = new SimpleStringProperty(this, "planName", "Default plan");
    private final StringProperty summary = new SimpleStringProperty(this, "summary", "");
    private final StringProperty error = new SimpleStringProperty(this, "error", "");
    private final StringProperty disabledReason = new SimpleStringProperty(this, "disabledReason",
            "Not connected.");
    private final StringProperty lastUpdated = new SimpleStringProperty(this, "lastUpdated", "");
    private final BooleanProperty busy = new SimpleBooleanProperty(this, "busy");
    private final BooleanBinding writable = disabledReason.isEmpty();
    private IndexesConnection connection;
    private String forbidden;
    private final BooleanProperty emptyPlan = new SimpleBooleanProperty(this, "emptyPlan");
    private final BooleanProperty adviceOffered = new SimpleBooleanProperty(this, "adviceOffered");
    private IndexPlan plan = IndexPlanFile.defaults();
    /** False until the plan of the current connection is known (its saved one, the seed, or the empty start). */
    private boolean planResolved;
    private java.time.ZoneId zone = java.time.ZoneId.systemDefault();

    /**
     * @param indexesChanged run on the UI thread after an index was built or dropped, so the stats that depend on
     *                       it refresh
     */
    public IndexesViewModel(TaskRunner tasks, UiThread ui, Runnable indexesChanged) {
        this.tasks = tasks;
        this.ui = ui;
        this.indexesChanged = indexesChanged;
        this.proof = new ProofModel(tasks);
        this.usage = new WorkloadUsage(tasks);
    }

    /** Shows which observed query shapes read each index, from {@code source} (blocking; read in the background). */
    public void useWorkloadUsage(Supplier<IndexUsage> source) {
        usage.use(source);
    }

    WorkloadUsage workloadUsage() {
        return usage;
    }

    /**
     * Adds a persistent index over {@code fields} to the connected database's plan (as advice proposes it), keeps
     * the plan and holds it against the server. FX thread. Returns what happened, in one sentence.
     */
    public String addToPlan(String collection, List<String> fields) {
        IndexesConnection on = connection;
        if (on == null || !planResolved) {
            return "The Indexes pane has not read this database's plan yet; try again in a moment.";
        }
        IndexPlan merged = AdvicePlans.merge(plan, List.of(new AdvicePlans.Advised(collection, fields)));
        String index = "[" + String.join(", ", fields) + "] on " + collection;
        if (merged.equals(plan)) {
            return index + " is already in the plan \"" + planName.get() + "\".";
        }
        usePlan(merged, planName.get());
        remember(on, merged);
        refresh();
        return "Added " + index + " to the plan \"" + planName.get() + "\" (Indexes pane).";
    }

    /** Switches to the index service of a new connection and shows its diff. */
    public void connect(IndexesConnection newConnection) {
        if (connection != null) {
            // the old queue keeps reporting to the Jobs pane: its builds go on against their server
            connection.service().queue().setBuildFinishedListener(null);
        }
        connection = newConnection;
        forbidden = null;
        IndexService service = newConnection.service();
        service.queue().setListener(list -> ui.execute(() -> onJobs(newConnection, list)));
        service.queue().setBuildFinishedListener(job -> ui.execute(() -> onBuildFinished(newConnection, job)));
        rows.clear();
        planResolved = false;
        jobs.setAll(service.queue().jobs());
        proof.connect(newConnection.proof(), newConnection.target());
        updateDisabled();
        refresh();
    }

    /** Holds the plan against the server again. */
    public void refresh() {
        IndexesConnection on = connection;
        if (on == null) {
            return;
        }
        IndexPlan wanted = plan;
        boolean resolved = planResolved;
        busy.set(true);
        usage.refresh();
        tasks.run("index diff", () -> {
            IndexPlan use = resolved ? wanted : PlanChoice.resolve(on);
            return new PlanChoice(use, on.service().diff(use, true));
        }, choice -> {
            busy.set(false);
            if (on == connection) {
                if (!resolved) {
                    usePlan(choice.plan(), PlanChoice.name(choice.plan()));
                }
                showDiff(choice.diff());
            }
        }, this::fail);
    }

    private void usePlan(IndexPlan newPlan, String name) {
        plan = newPlan;
        planResolved = true;
        planName.set(name);
        emptyPlan.set(PlanStarts.isEmptyStart(newPlan));
        adviceOffered.set(emptyPlan.get() && connection != null && connection.advisedPlan() != null);
    }

    /**
     * Makes the indexes the database has its plan (offered when a database starts with an empty plan), keeps it for
     * the profile and database, and holds it against the server.
     */
    public void startFromExisting() {
        IndexesConnection on = connection;
        if (on == null) {
            return;
        }
        IndexPlan existing = PlanStarts.fromExisting(rows.stream().filter(r -> r.existing() != null)
                .map(DiffRow::existing).toList());
        usePlan(existing, "From existing indexes");
        remember(on, existing);
        refresh();
    }

    /**
     * Makes the index advice of what the server ran the plan (offered with the empty start), keeps it for the
     * profile and database, and holds it against the server. Nothing advised: the empty start stays, and the pane
     * says why.
     */
    public void startFromAdvice() {
        IndexesConnection on = connection;
        if (on == null || on.advisedPlan() == null) {
            return;
        }
        busy.set(true);
        tasks.run("index advice", () -> on.advisedPlan().get(), advised -> {
            busy.set(false);
            if (on != connection) {
                return;
            }
            if (advised.collections().isEmpty()) {
                error.set("No index advice for this database: the queries its server logged need no new index.");
                return;
            }
            error.set("");
            usePlan(advised, "From index advice");
            remember(on, advised);
            refresh();
        }, this::fail);
    }

    private void remember(IndexesConnection on, IndexPlan kept) {
        if (on.plans() == null) {
            return;
        }
        tasks.run("keep index plan", () -> {
            on.plans().save(on.scope(), kept);
            return null;
        }, ignored -> { }, e -> error.set("Cannot keep the plan for this database: " + Formats.sentence(e)));
    }

    /** Queues the build of the selected planned index that does not exist yet ("Create"), redundant ones too. */
    public void createSelected() {
        DiffRow row = selected.get();
        if (!buildable(row) || !writable.get()) {
            return;
        }
        IndexService service = connection.service();
        tasks.run("queue index build", () -> service.create(row.spec()), job -> { }, this::fail);
    }

    /**
     * Queues the build of {@code spec} (e.g. an index the query advice proposes), as Create does for a planned one.
     *
     * @return null when queued, else why it cannot be built here (one sentence)
     */
    public String build(io.arangoconsole.core.indexes.IndexSpec spec) {
        if (connection == null || !writable.get()) {
            return connection == null ? "Not connected." : disabledReason.get();
        }
        IndexService service = connection.service();
        tasks.run("queue index build", () -> service.create(spec), job -> { }, this::fail);
        return null;
    }

    /** Queues every MISSING row; REDUNDANT ones are not built (another index serves them). */
    public void createAllMissing() {
        if (connection == null || !writable.get()) {
            return;
        }
        IndexService service = connection.service();
        IndexDiff diff = new IndexDiff(List.copyOf(rows));
        tasks.run("queue missing indexes", () -> service.createMissing(diff), queued -> { }, this::fail);
    }

    /**
     * Schedules every missing index for the window {@code text} ({@code 02:00-04:00}, local time, or
     * {@code under 50/s}, the server's request rate for 5 minutes): they wait
     * as SCHEDULED in the Jobs pane and build when the window opens. A window that does not parse is said in one
     * sentence and nothing is scheduled.
     */
    public void scheduleAllMissing(String text) {
        if (connection == null || !writable.get()) {
            return;
        }
        BuildWindow window;
        try {
            window = BuildWindow.parse(text, zone,
                    requestRate == null ? null : requestRate.apply(connection.server()));
        } catch (IllegalArgumentException e) {
            error.set(e.getMessage());
            return;
        }
        error.set("");
        IndexService service = connection.service();
        IndexDiff diff = new IndexDiff(List.copyOf(rows));
        tasks.run("schedule missing indexes", () -> service.scheduleMissing(diff, window), scheduled -> { },
                this::fail);
    }

    private java.util.function.Function<String, java.util.function.DoubleSupplier> requestRate;

    /**
     * The request rate of a server (by endpoint), for windows like {@code under 50/s}: a build reads the rate of
     * the server it was scheduled on (without it only time ranges are taken).
     */
    public void useRequestRate(java.util.function.Function<String, java.util.function.DoubleSupplier> rate) {
        this.requestRate = rate;
    }

    /** The zone of scheduled windows' local times (the machine's; tests set another). */
    void setZone(java.time.ZoneId zone) {
        this.zone = zone;
    }

    /** Drops the selected existing index (after the view's confirmation naming index and collection). */
    public void dropSelected() {
        DiffRow row = selected.get();
        if (row == null || !row.exists() || !writable.get()) {
            return;
        }
        IndexesConnection on = connection;
        IndexPlan wanted = plan;
        busy.set(true);
        tasks.run("drop index", () -> {
            on.service().drop(row.collection(), row.existing().id());
            return on.service().diff(wanted, true);
        }, diff -> {
            busy.set(false);
            showDiff(diff);
            indexesChanged.run();
        }, this::fail);
    }

    /** Cancels a job: a queued one leaves the queue, a running one has its hidden index dropped. */
    public void cancel(IndexJob job) {
        if (connection != null) {
            cancel(new BackgroundBuild(connection.server(), job, connection.service()));
        }
    }

    /** Cancels a build of any connection's queue (from the Jobs pane), on the server it runs against. */
    public void cancel(BackgroundBuild build) {
        IndexService service = build.service();
        if (build.job().state().finished()) {
            return;
        }
        tasks.run("cancel index build", () -> service.queue().cancel(build.job().id()), ok -> { }, this::fail);
    }

    /** Forgets finished jobs in the queue table and, for every connection, in the Jobs pane. */
    public void clearFinished() {
        allBuilds.removeIf(b -> b.job().state().finished());
        if (connection != null) {
            IndexService service = connection.service();
            tasks.run("clear finished builds", () -> {
                service.queue().clearFinished();
                return service.queue().jobs();
            }, jobs::setAll, this::fail);
        }
    }

    /** Reads a plan file in the background; a malformed one is refused with its line, column and field. */
    public void loadPlan(Path file) {
        busy.set(true);
        tasks.run("load index plan", () -> IndexPlanFile.read(file), loaded -> {
            busy.set(false);
            usePlan(loaded, String.valueOf(file.getFileName()));
            if (connection != null) {
                remember(connection, loaded);
            }
            refresh();
        }, e -> {
            busy.set(false);
            error.set(e instanceof PlanFormatException p ? "Plan refused: " + p.getMessage() + "."
                    : "Cannot read the plan: " + Formats.sentence(e));
        });
    }

    /** Writes the current plan in the background. */
    public void savePlan(Path file) {
        IndexPlan current = plan;
        tasks.run("save index plan", () -> {
            IndexPlanFile.write(file, current);
            return file;
        }, saved -> {
            planName.set(String.valueOf(saved.getFileName()));
            if (connection != null) {
                remember(connection, current);
            }
        }, e -> error.set("Cannot save the plan: " + Formats.sentence(e)));
    }

    /** Explains and times the key queries: "before" while planned indexes are missing, else "after". */
    public void runProof() {
        proof.run(rows.stream().anyMatch(r -> r.status() == DiffStatus.MISSING), rows.stream()
                .filter(r -> r.planned() != null)
                .map(r -> new ProofQueries.Target(r.collection(), r.fields())).distinct().toList());
    }

    private static boolean buildable(DiffRow row) {
        return row != null && row.planned() != null && !row.exists() && row.status() != DiffStatus.SKIPPED;
    }

    /**
     * Lists the builds of another queue (the Sync pane's builds of a source index) in {@link #allBuilds()} with
     * {@code server}, so the Jobs pane shows their progress and cancels them like this pane's own; the pane's queue
     * table keeps showing its connection only. May be called from any thread: updates arrive through the UI thread.
     */
    public void follow(String server, IndexService service) {
        service.queue().setListener(list -> ui.execute(() -> merge(server, service, list)));
    }

    private void onJobs(IndexesConnection on, List<IndexJob> list) {
        merge(on.server(), on.service(), list);
        if (on == connection) {
            jobs.setAll(list);
            updateDisabled();
        }
    }

    private void merge(String server, IndexService service, List<IndexJob> list) {
        List<BackgroundBuild> merged = new ArrayList<>();
        allBuilds.stream().filter(b -> b.service() != service).forEach(merged::add);
        list.forEach(j -> merged.add(new BackgroundBuild(server, j, service)));
        allBuilds.setAll(merged);
    }

    private void onBuildFinished(IndexesConnection on, IndexJob job) {
        if (on != connection) {
            return;
        }
        updateDisabled();
        if (job.state() == IndexJob.State.DONE) {
            indexesChanged.run();
        }
        refresh();
    }

    private void showDiff(IndexDiff diff) {
        DiffRow old = selected.get();
        rows.setAll(diff.rows());
        if (old != null) {
            selected.set(rows.stream().filter(r -> r.collection().equals(old.collection())
                    && r.fields().equals(old.fields())).findFirst().orElse(null));
        }
        error.set("");
        summary.set(summarize(diff.counts(), diff.rows().stream().filter(DiffRow::servedByPlannedCover).count()));
        lastUpdated.set("Updated " + Formats.clock(java.time.Instant.now()));
    }

    private static String summarize(Map<DiffStatus, Integer> counts, long servedByPlanned) {
        int inFlight = counts.get(DiffStatus.BUILDING) + counts.get(DiffStatus.QUEUED);
        return counts.get(DiffStatus.PRESENT) + " present, " + counts.get(DiffStatus.MISSING) + " missing"
                + (servedByPlanned > 0 ? " (" + servedByPlanned + " left to a planned compound)" : "") + ", "
                + (inFlight > 0 ? counts.get(DiffStatus.BUILDING) + " building, " + counts.get(DiffStatus.QUEUED)
                + " queued, " : "")
                + counts.get(DiffStatus.REDUNDANT) + " redundant, " + counts.get(DiffStatus.EXTRA) + " extra"
                + (counts.get(DiffStatus.SKIPPED) > 0 ? ", " + counts.get(DiffStatus.SKIPPED) + " skipped" : "");
    }

    private void updateDisabled() {
        String reason = connection == null ? "Not connected." : connection.writesDisabled() != null
                ? connection.writesDisabled() : connection.service().queue().disabledReason() != null
                ? connection.service().queue().disabledReason() : forbidden;
        disabledReason.set(reason == null ? "" : reason);
    }

    private void fail(Throwable e) {
        busy.set(false);
        error.set(Formats.sentence(e));
        if (e instanceof IndexGatewayException g && g.forbidden()) {
            forbidden = "Index changes are disabled: this user may not change indexes on the database (HTTP "
                    + g.status() + ").";
        }
        updateDisabled();
    }

    /** True while the database has the empty start plan and the connection can advise: the pane offers advice. */
    public ReadOnlyBooleanProperty adviceOfferedProperty() {
        return adviceOffered;
    }

    /** True while the database has the empty start plan: the pane offers to start from the existing indexes. */
    public ReadOnlyBooleanProperty emptyPlanProperty() {
        return emptyPlan;
    }

    public ObservableList<DiffRow> rows() {
        return rows;
    }

    /** The builds of every connection this session used, with their server, as last reported. */
    public ObservableList<BackgroundBuild> allBuilds() {
        return allBuilds;
    }

    /** Every job of the current connection's queue, finished ones included, as last reported. */
    public ObservableList<IndexJob> jobs() {
        return jobs;
    }

    public ProofModel proof() {
        return proof;
    }

    /** The row the user selected; the view keeps it in sync with the table. */
    public ObjectProperty<DiffRow> selectedProperty() {
        return selected;
    }

    public ReadOnlyStringProperty planNameProperty() {
        return planName;
    }

    /** {@code 3 present, 4 missing, 2 redundant, 0 extra}. */
    public ReadOnlyStringProperty summaryProperty() {
        return summary;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error;
    }

    /** Why creating and dropping are disabled (403, replica, not connected), empty while allowed. */
    public ReadOnlyStringProperty disabledReasonProperty() {
        return disabledReason;
    }

    public ReadOnlyStringProperty lastUpdatedProperty() {
        return lastUpdated;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    /** True when the selected row can be built now. */
    public BooleanBinding canCreateSelected() {
        return Bindings.createBooleanBinding(() -> writable.get() && buildable(selected.get()), writable, selected);
    }

    /** True when some planned index is missing and builds are allowed. */
    public BooleanBinding canCreateAll() {
        return Bindings.createBooleanBinding(() -> writable.get()
                && rows.stream().anyMatch(r -> r.status() == DiffStatus.MISSING), writable, rows);
    }

    /** True when the selected row is an index the server has. */
    public BooleanBinding canDropSelected() {
        return Bindings.createBooleanBinding(() -> writable.get() && selected.get() != null
                && selected.get().exists(), writable, selected);
    }
}
