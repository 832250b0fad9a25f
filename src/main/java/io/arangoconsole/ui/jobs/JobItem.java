package io.arangoconsole.ui.jobs;

import io.arangoconsole.core.indexes.IndexJob;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * One background job in the Jobs pane, whatever started it (a sync, an index build): its live figures as text and
 * its commands. The commands a kind of job does not have are null.
 */
public final class JobItem {

    /** What started the job. */
    public enum Kind {
        SYNC("Sync"), INDEX_BUILD("Index build"), SHARD_MOVE("Shard move");

        private final String display;

        Kind(String display) {
            this.display = display;
        }

        public String display() {
            return display;
        }
    }

    private final Kind kind;
    final StringProperty title = new SimpleStringProperty(this, "title", "");
    final StringProperty description = new SimpleStringProperty(this, "description", "");
    /** 0..1, or -1 while the total is unknown (an indeterminate bar). */
    final DoubleProperty fraction = new SimpleDoubleProperty(this, "fraction", -1);
    final StringProperty progress = new SimpleStringProperty(this, "progress", "");
    final StringProperty detail = new SimpleStringProperty(this, "detail", "");
    final StringProperty server = new SimpleStringProperty(this, "server", "");
    final StringProperty rejected = new SimpleStringProperty(this, "rejected", "");
    final BooleanProperty queued = new SimpleBooleanProperty(this, "queued", false);
    /** Waiting for its window (a scheduled index build): counted apart from the queued ones. */
    final BooleanProperty scheduled = new SimpleBooleanProperty(this, "scheduled", false);
    final StringProperty state = new SimpleStringProperty(this, "state", "");
    final BooleanProperty active = new SimpleBooleanProperty(this, "active", true);
    final BooleanProperty paused = new SimpleBooleanProperty(this, "paused", false);
    private final Runnable pause;
    private final Runnable resume;
    private final Runnable cancel;
    /** The build as it is now when this is a running index build, whose cancel drops its work; else null. */
    final ObjectProperty<IndexJob> runningBuild = new SimpleObjectProperty<>(this, "runningBuild");

    JobItem(Kind kind, Runnable pause, Runnable resume, Runnable cancel) {
        this.kind = kind;
        this.pause = pause;
        this.resume = resume;
        this.cancel = cancel;
    }

    public Kind kind() {
        return kind;
    }

    public boolean canPause() {
        return pause != null;
    }

    /** Pauses a running job, resumes a paused one. */
    public void togglePause() {
        if (paused.get()) {
            resume.run();
        } else {
            pause.run();
        }
    }

    public void cancel() {
        cancel.run();
    }

    public ReadOnlyStringProperty titleProperty() {
        return title;
    }

    /** The job in full (source and target, index and collection), for the tooltip. */
    public ReadOnlyStringProperty descriptionProperty() {
        return description;
    }

    public ReadOnlyDoubleProperty fractionProperty() {
        return fraction;
    }

    /** "1,500 of 20,000", "40%". */
    public ReadOnlyStringProperty progressProperty() {
        return progress;
    }

    /** The server the job writes to (an index build's primary, a sync's target). */
    public ReadOnlyStringProperty serverProperty() {
        return server;
    }

    /** Lines or documents a sync rejected; empty for builds. */
    public ReadOnlyStringProperty rejectedProperty() {
        return rejected;
    }

    /** True while the job waits for its turn (counted apart from running ones). */
    public ReadOnlyBooleanProperty queuedProperty() {
        return queued;
    }

    /** Rate, ETA, watermark or elapsed time, as far as the kind of job has them. */
    public ReadOnlyStringProperty detailProperty() {
        return detail;
    }

    public ReadOnlyStringProperty stateProperty() {
        return state;
    }

    /** True until the job has ended. */
    public ReadOnlyBooleanProperty activeProperty() {
        return active;
    }

    public ReadOnlyBooleanProperty pausedProperty() {
        return paused;
    }

    /** A running index build, which the view confirms before cancelling (it drops the partly built index). */
    public IndexJob runningBuild() {
        return runningBuild.get();
    }
}
