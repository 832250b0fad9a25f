package io.arangoconsole.ui.sync;

import io.arangoconsole.core.sync.SyncJobs;
import io.arangoconsole.core.sync.SyncProgress;
import io.arangoconsole.core.sync.SyncResult;
import io.arangoconsole.core.sync.SyncSpec;
import io.arangoconsole.core.sync.SyncState;
import io.arangoconsole.ui.common.Formats;
import java.util.Locale;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** One job of the jobs panel: its live figures as text for the table, and its pause/resume/cancel commands. */
public final class SyncJobRow {

    private SyncJobs.Handle handle;
    private boolean lacksIndex;
    private final String title;
    private final String description;
    private final String server;
    private final DoubleProperty fraction = new SimpleDoubleProperty(this, "fraction", -1);
    private final StringProperty done = new SimpleStringProperty(this, "done", "");
    private final StringProperty doneInFull = new SimpleStringProperty(this, "doneInFull", "");
    private final StringProperty rate = new SimpleStringProperty(this, "rate", "");
    private final StringProperty eta = new SimpleStringProperty(this, "eta", "");
    private final StringProperty errors = new SimpleStringProperty(this, "errors", "0");
    private final StringProperty watermark = new SimpleStringProperty(this, "watermark", "");
    private final StringProperty status = new SimpleStringProperty(this, "status", "queued");
    private final StringProperty rejectsFile = new SimpleStringProperty(this, "rejectsFile", "");
    private final ObjectProperty<SyncState> state = new SimpleObjectProperty<>(this, "state", SyncState.PENDING);

    /** {@code title} for the Job column, {@code description} (source and target in full) for its tooltip. */
    SyncJobRow(String title, String description) {
        this(title, description, "");
    }

    /** ... and {@code server}, the target's endpoint, for the Jobs pane's Server column. */
    SyncJobRow(String title, String description, String server) {
        this.title = title;
        this.description = description;
        this.server = server;
    }

    /**
     * The source collection of a database job that said it has no index for its {@code (watermark, _key)} order,
     * so that the pane can offer to build it; null otherwise.
     */
    public SyncSpec.ArangoCollection unindexedSource() {
        SyncJobs.Handle h = handle;
        if (h == null || !(h.spec().source() instanceof SyncSpec.ArangoCollection source)) {
            return null;
        }
        return lacksIndex ? source : null;
    }

    /** The watermark attribute of the job. */
    public String watermarkAttribute() {
        return handle == null ? null : handle.spec().config().watermark();
    }

    /** Set right after the job is queued; the row exists first so that no early update is lost. */
    void attach(SyncJobs.Handle jobHandle) {
        this.handle = jobHandle;
    }

    /** Applies a progress update; ignored once the job has ended, so a late update cannot undo the end. */
    void apply(SyncProgress p) {
        if (state.get().isFinal()) {
            return;
        }
        fraction.set(p.fraction());
        done.set(p.estimatedTotal() < 0 ? Formats.count(p.done())
                : Formats.count(p.done()) + " of " + Formats.count(p.estimatedTotal()));
        doneInFull.set(done.get() + " documents read, " + Formats.count(p.errors()) + " rejected"
                + (p.currentWatermark() == null ? "" : "; watermark at " + p.currentWatermark().asText()));
        // no rate while paused: nothing moves, and the last rate would read as if it still did
        rate.set(p.state() == SyncState.PAUSED ? "" : Formats.rate(p.docsPerSecond()));
        // no ETA while paused: the job is not moving towards its end
        eta.set(p.eta() == null || p.state().isFinal() || p.state() == SyncState.PAUSED ? ""
                : Formats.duration(p.eta()));
        errors.set(Formats.count(p.errors()));
        watermark.set(p.currentWatermark() == null ? "" : p.currentWatermark().asText());
        status.set(describe(p.state(), p.message()));
        state.set(p.state());
        if (p.message() != null && p.message().contains("the source has no index on [")) {
            lacksIndex = true; // kept after the run: the offer still holds for the next one
        }
    }

    /** Shows the run's outcome. */
    void finish(SyncResult r) {
        fraction.set(r.state() == SyncState.SUCCEEDED ? 1 : fraction.get());
        // what landed is what a DBA looks for; read and rejected are one hover away (and Rejected has a column)
        done.set(Formats.count(r.written()) + " written");
        doneInFull.set(Formats.count(r.read()) + " read, " + Formats.count(r.written()) + " written, "
                + Formats.count(r.rejected()) + " rejected" + (watermark.get().isEmpty() ? ""
                : "; watermark at " + watermark.get()));
        errors.set(Formats.count(r.rejected()));
        eta.set("");
        // the job's state says where its rejects are (the Rejects button copies or opens the file)
        status.set(describe(r.state(), r.message()) + r.rejectsNote());
        rejectsFile.set(r.rejectsNote().isEmpty() ? "" : r.rejectsFile());
        state.set(r.state());
    }

    /** The file holding this run's rejects and duplicate lines once it ended with any; else empty. */
    public ReadOnlyStringProperty rejectsFileProperty() {
        return rejectsFile;
    }

    /** "running", "paused", "retrying: ...; retrying in 2 s (3 of 8).", "failed: ..."; no "cancelled: cancelled". */
    private static String describe(SyncState state, String message) {
        String word = state.name().toLowerCase(Locale.ROOT);
        if (message == null || message.isBlank()) {
            return word;
        }
        return message.toLowerCase(Locale.ROOT).startsWith(word.substring(0, 5)) ? message : word + ": " + message;
    }

    /** Stops between batches. */
    public void pause() {
        handle.pause();
    }

    /** Continues a paused job. */
    public void resume() {
        handle.resume();
    }

    /** Ends the job after the batch in flight; the next run resumes from its checkpoint. */
    public void cancel() {
        handle.cancel();
    }

    public String title() {
        return title;
    }

    /** Source and target in full, e.g. {@code http://db1:8529/demo/va_table → http://db2:8529/demo/va_table}. */
    /** The target's endpoint. */
    public String server() {
        return server;
    }

    public String description() {
        return description;
    }

    /** 0..1, or -1 while the total is unknown (an indeterminate bar). */
    public ReadOnlyDoubleProperty fractionProperty() {
        return fraction;
    }

    public ReadOnlyStringProperty doneProperty() {
        return done;
    }

    /** {@link #doneProperty()} in full, for its tooltip: "1,200 read, 1,198 written, 2 rejected". */
    public ReadOnlyStringProperty doneInFullProperty() {
        return doneInFull;
    }

    public ReadOnlyStringProperty rateProperty() {
        return rate;
    }

    public ReadOnlyStringProperty etaProperty() {
        return eta;
    }

    public ReadOnlyStringProperty errorsProperty() {
        return errors;
    }

    public ReadOnlyStringProperty watermarkProperty() {
        return watermark;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status;
    }

    public ReadOnlyObjectProperty<SyncState> stateProperty() {
        return state;
    }
}
