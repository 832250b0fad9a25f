package io.arangoconsole.ui.sync;

import io.arangoconsole.core.catalog.ServerCatalog;
import io.arangoconsole.core.connection.ConnectionTarget;
import io.arangoconsole.core.sync.CheckpointPlace;
import io.arangoconsole.core.sync.CsvSource;
import io.arangoconsole.core.sync.StoredSpec;
import io.arangoconsole.core.sync.SourceIndexBuilder;
import io.arangoconsole.core.sync.SyncHistory;
import io.arangoconsole.core.sync.SyncJobs;
import io.arangoconsole.core.sync.SyncProgress;
import io.arangoconsole.core.sync.SyncResult;
import io.arangoconsole.core.sync.SyncSpec;
import io.arangoconsole.ui.common.Formats;
import io.arangoconsole.ui.common.TaskRunner;
import io.arangoconsole.ui.common.UiThread;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Sync pane: the form for a new job, the jobs panel (several jobs at once, live figures) and the history of
 * finished runs. Jobs run in {@link SyncJobs}; their progress reaches the UI thread through {@code ui}, at most one
 * pending update per job however fast the job reports.
 */
public final class SyncViewModel {

    private final SyncJobs jobs;
    private final SyncHistory history;
    private final TaskRunner tasks;
    private final Executor ui;
    private final ReadOnlyObjectProperty<ConnectionTarget> connection;
    private final SyncForm form = new SyncForm();
    private final SyncPickers pickers;
    private final ObservableList<SyncJobRow> jobRows = FXCollections.observableArrayList();
    private final ObservableList<SyncHistoryRow> historyRows = FXCollections.observableArrayList();
    private final BooleanProperty busy = new SimpleBooleanProperty(this, "busy");
    private final StringProperty error = new SimpleStringProperty(this, "error", "");
    private final ObjectProperty<Instant> lastUpdated = new SimpleObjectProperty<>(this, "lastUpdated");
    private final StringProperty notice = new SimpleStringProperty(this, "notice", "");
    private SourceIndexBuilder indexBuilder;
    private FileOpener opener = FileOpener.NONE;
    private boolean historyLoaded;

    /**
     * @param connection the console's current connection: the target of "primary" jobs
     * @param ui runs on the UI thread ({@link UiThread#fx()}; {@link UiThread#inline()} in tests)
     */
    public SyncViewModel(SyncJobs jobs, SyncHistory history, TaskRunner tasks, Executor ui,
                         ReadOnlyObjectProperty<ConnectionTarget> connection) {
        this(jobs, history, tasks, ui, connection, null, SavedSources.none());
    }

    /**
     * As above, with pickers: {@code catalog} lists what the source and target hold (null: no lists, fields are
     * typed), {@code saved} offers the saved connection profiles as sources.
     */
    public SyncViewModel(SyncJobs jobs, SyncHistory history, TaskRunner tasks, Executor ui,
                         ReadOnlyObjectProperty<ConnectionTarget> connection, ServerCatalog catalog,
                         SavedSources saved) {
        this.jobs = jobs;
        this.history = history;
        this.tasks = tasks;
        this.ui = ui;
        this.connection = connection;
        this.pickers = new SyncPickers(form, tasks, catalog, saved, connection::get);
    }

    /** Where the jobs started here keep their checkpoints (the user's convention, from the settings). */
    public void setCheckpoints(CheckpointPlace place) {
        form.checkpoints.set(place);
    }

    /** Lets the pane open a run's rejects file with the desktop's application for it. */
    public void setFileOpener(FileOpener fileOpener) {
        this.opener = fileOpener;
    }

    /** Opens the rejects file of {@code row} in the background; a failure says why in the error line. */
    public void openRejects(SyncJobRow row) {
        String file = row == null ? "" : row.rejectsFileProperty().get();
        if (file.isEmpty()) {
            return;
        }
        FileOpener using = opener;
        tasks.run("open rejects file", () -> {
            using.open(Path.of(file));
            return file;
        }, opened -> { }, this::fail);
    }

    /** Lets the pane offer to build a missing source index (through that server's index queue). */
    public void setIndexBuilder(SourceIndexBuilder builder) {
        this.indexBuilder = builder;
    }

    /**
     * What {@link #createSourceIndex} would build for {@code row}, as the confirmation shows it ("a persistent index
     * on [w, _key] of 'c' in database 'd' on the source server http://h:8529"); null when there is nothing to offer.
     */
    public String sourceIndexOffer(SyncJobRow row) {
        SyncSpec.ArangoCollection source = row == null ? null : row.unindexedSource();
        if (source == null || indexBuilder == null) {
            return null;
        }
        return "a persistent index on [" + row.watermarkAttribute() + ", _key] of '" + source.collection()
                + "' in database '" + source.endpoint().database() + "' on the source server "
                + source.endpoint().endpoint();
    }

    /** Builds the index {@link #sourceIndexOffer} describes, in the background; says how it ended. */
    public void createSourceIndex(SyncJobRow row) {
        String offer = sourceIndexOffer(row);
        if (offer == null) {
            return;
        }
        SyncSpec.ArangoCollection source = row.unindexedSource();
        List<String> fields = List.of(row.watermarkAttribute(), "_key");
        notice.set("Building " + offer + "...");
        tasks.run("build source index", () -> {
            indexBuilder.build(source.endpoint(), source.collection(), fields);
            return offer;
        }, built -> notice.set("Built " + built + ": the next incremental runs read only new records."),
                e -> {
                    notice.set("");
                    fail(e);
                });
    }

    /** What the last source index build did, for the status line. */
    public ReadOnlyStringProperty noticeProperty() {
        return notice;
    }

    /** Pane shown: loads the history and the saved profiles once, in the background. Jobs keep running hidden. */
    public void activate() {
        pickers.activate();
        if (!historyLoaded) {
            historyLoaded = true;
            busy.set(true);
            tasks.run("load sync history", history::entries, this::showHistory, this::fail);
        }
    }

    /** Pane hidden: nothing polls here, jobs go on. */
    public void deactivate() {
        // progress is pushed by the jobs, so there is no polling to stop
    }

    private void showHistory(List<SyncHistory.Entry> entries) {
        busy.set(false);
        // newest first, after the runs of this session that finished while loading
        List<SyncHistoryRow> loaded = new java.util.ArrayList<>();
        for (int i = entries.size() - 1; i >= 0; i--) {
            SyncResult r = entries.get(i).result();
            boolean shown = historyRows.stream().anyMatch(row -> row.result().jobId().equals(r.jobId())
                    && row.result().start().equals(r.start()));
            if (!shown) {
                StoredSpec stored = entries.get(i).spec();
                loaded.add(new SyncHistoryRow(r, stored == null ? null : stored.toSpec(this::withKnownPassword,
                        form.checkpoints.get())));
            }
        }
        historyRows.addAll(loaded);
        lastUpdated.set(Instant.now());
    }

    /** Starts the job the form describes; a form error shows in {@link #errorProperty()} and starts nothing. */
    public SyncJobRow start() {
        SyncSpec spec;
        try {
            spec = form.toSpec(connection.get());
        } catch (IllegalArgumentException e) {
            error.set(Formats.sentence(e));
            return null;
        }
        error.set("");
        SyncJobRow row = new SyncJobRow(JobNames.title(spec.source().describe(), spec.describeTarget()),
                spec.source().describe() + " \u2192 " + spec.describeTarget(), spec.target().endpoint());
        Consumer<SyncProgress> toUi = UiThread.latestOnly(ui, row::apply);
        SyncJobs.Handle handle;
        try {
            handle = jobs.start(spec, toUi);
        } catch (IllegalStateException e) {
            error.set(Formats.sentence(e));
            return null;
        }
        row.attach(handle);
        jobRows.add(0, row);
        handle.result().whenComplete((result, failure) -> ui.execute(() -> finished(row, spec, result, failure)));
        return row;
    }

    private void finished(SyncJobRow row, SyncSpec spec, SyncResult result, Throwable failure) {
        if (failure != null) {
            error.set(Formats.sentence(failure));
            return;
        }
        row.finish(result);
        historyRows.add(0, new SyncHistoryRow(result, spec));
        lastUpdated.set(Instant.now());
    }

    /**
     * A server of an earlier run with the password the console knows for it now: the current connection's, or the
     * one typed in the form for that source; else none (a server that wants one then says so when verifying).
     */
    private ConnectionTarget withKnownPassword(ConnectionTarget server) {
        ConnectionTarget current = connection.get();
        if (current != null && current.endpoint().equals(server.endpoint()) && current.user().equals(server.user())) {
            return new ConnectionTarget(server.endpoint(), server.user(), current.password(), server.database(),
                    server.label());
        }
        if (form.sourceUrl.get().strip().equals(server.endpoint()) && form.sourceUser.get().equals(server.user())) {
            return new ConnectionTarget(server.endpoint(), server.user(), form.sourcePassword.get(),
                    server.database(), server.label());
        }
        return server;
    }

    /** Removes ended jobs from the jobs panel (they stay in the history). */
    public void clearFinished() {
        jobRows.removeIf(r -> r.stateProperty().get().isFinal());
    }

    /** Compares source and target of a run of this session again, in the background. */
    public void verifyNow(SyncHistoryRow row) {
        if (row.spec() == null) {
            error.set("This run was recorded without its settings (by an earlier version): start the sync again "
                    + "to verify it.");
            return;
        }
        row.showVerification("verifying...");
        Consumer<String> announce = UiThread.latestOnly(ui, row::showVerification);
        tasks.run("verify sync", () -> jobs.verify(row.spec(), announce),
                v -> row.showVerification(v.equal() ? "equal (checked now)" : "differs: " + String.join(", ",
                        v.firstDifferingKeys()) + " (checked now)"),
                e -> row.showVerificationFailed(Formats.sentence(e)));
    }

    /** The user picked a source file; a CSV file's header is read in the background to list its columns. */
    public void chooseSourceFile(Path file) {
        form.sourceFile.set(file);
        form.csvColumns.clear();
        if (file == null || !form.isCsv()) {
            return;
        }
        if (form.targetCollection.get().isBlank()) {
            String name = file.getFileName().toString();
            form.targetCollection.set(name.substring(0, name.lastIndexOf('.')).replaceAll("[^A-Za-z0-9_-]", "_"));
        }
        tasks.run("read CSV header", () -> CsvSource.header(file),
                names -> names.forEach(n -> form.csvColumns.add(new CsvColumn(n))), this::fail);
    }

    private void fail(Throwable e) {
        busy.set(false);
        error.set(Formats.sentence(e));
    }

    public SyncForm form() {
        return form;
    }

    /** The form's pickers: saved sources, databases, collections and watermark candidates. */
    public SyncPickers pickers() {
        return pickers;
    }

    public ObservableList<SyncJobRow> jobs() {
        return jobRows;
    }

    public ObservableList<SyncHistoryRow> history() {
        return historyRows;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error;
    }

    public ReadOnlyObjectProperty<Instant> lastUpdatedProperty() {
        return lastUpdated;
    }
}
